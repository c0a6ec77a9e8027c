import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

// Each source's count is worked out here straight from the file, independently of the parsers, and
// compared with what the import adds: every shipped (non-development) package at its exact version,
// less type declarations (`@types/*`: nothing of them ships) and, where the file marks them, the
// platform builds another shipped package pulls in as optional (counted under that package).

const fixture = (name: string) => readFileSync(`test/fixtures/soup/${name}`, 'utf8');

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

async function importAll(content: string, source: string) {
  const preview = await f.ok('soup.previewImport', { content, source });
  const result = await f.ok('soup.applyImport', { content, source, token: preview.token });
  const list = await f.ok('soup.list', {});
  return { preview, result, imported: new Set(list.items.map((s) => `${s.name}@${s.version}`)) };
}

type Json = Record<string, unknown>;

describe('importing real tool output', () => {
  it('package-lock.json: every non-dev package version of the packages map, platform builds under their parent', async () => {
    const lock = JSON.parse(fixture('package-lock.json')) as { packages: Record<string, Json> };
    const nameOf = (path: string, entry: Json) => (entry.name as string | undefined) ?? path.split('node_modules/').pop() ?? '';
    const optionalOfShipped = new Set(Object.values(lock.packages).flatMap((e) => (!e.dev && e.optionalDependencies ? Object.keys(e.optionalDependencies as Json) : [])));
    const shipped = new Set<string>();
    const dev = new Set<string>();
    const types = new Set<string>();
    const builds = new Set<string>();
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path || entry.link) continue;
      const name = nameOf(path, entry);
      const key = `${name}@${entry.version as string}`;
      if (entry.dev) dev.add(key);
      else if (name.startsWith('@types/')) types.add(key);
      else if ((entry.os || entry.cpu) && optionalOfShipped.has(name)) builds.add(key);
      else shipped.add(key);
    }
    const { result, imported } = await importAll(fixture('package-lock.json'), 'package-lock.json');
    // Before, esbuild's 26 platform binaries, fsevents (rollup's macOS build) and @types/react were items of their own: 108.
    expect({ added: result.added, skippedTypes: result.skippedTypes, groupedPlatform: result.groupedPlatform }).toEqual({ added: 80, skippedTypes: 1, groupedPlatform: 27 });
    expect(result.added).toBe(shipped.size);
    expect(imported).toEqual(shipped);
    expect(result.skipped).toBe([...dev].filter((d) => !shipped.has(d)).length);
    expect(result.skippedTypes).toBe(types.size);
    expect(result.groupedPlatform).toBe(builds.size);
    expect([...imported].filter((k) => k.startsWith('esbuild@'))).toHaveLength(1);
    const zod = (await f.ok('soup.list', {})).items.find((s) => s.name === 'zod');
    expect(zod).toMatchObject({ direct: true, ecosystem: 'npm', licence: 'MIT', version: (lock.packages['node_modules/zod'] as Json).version });
  });

  it('CycloneDX from npm sbom: every component not flagged as development', async () => {
    const bom = JSON.parse(fixture('npm-sbom.cdx.json')) as { components: Json[] };
    const isDev = (c: Json) => ((c.properties as Json[] | undefined) ?? []).some((p) => p.name === 'cdx:npm:package:development' && p.value === 'true');
    const shipped = new Set(bom.components.filter((c) => !isDev(c) && !(c.name as string).startsWith('@types/')).map((c) => `${c.name as string}@${c.version as string}`));
    const { result, imported } = await importAll(fixture('npm-sbom.cdx.json'), 'sbom');
    expect(result.added).toBe(shipped.size);
    expect(imported).toEqual(shipped);
  });

  it('SPDX from npm sbom: every package except the described one, minus those only development relationships reach', async () => {
    const doc = JSON.parse(fixture('npm-sbom.spdx.json')) as { packages: Json[]; relationships: Json[]; documentDescribes: string[] };
    const dependsOn = new Map<string, string[]>();
    for (const r of doc.relationships) {
      if (!['DEPENDENCY_OF', 'OPTIONAL_DEPENDENCY_OF', 'PREREQUISITE_FOR'].includes(r.relationshipType as string)) continue;
      const parent = r.relatedSpdxElement as string;
      dependsOn.set(parent, [...(dependsOn.get(parent) ?? []), r.spdxElementId as string]);
    }
    const runtime = new Set<string>();
    const walk = (id: string) => {
      if (runtime.has(id)) return;
      runtime.add(id);
      (dependsOn.get(id) ?? []).forEach(walk);
    };
    doc.documentDescribes.forEach(walk);
    const shipped = new Set(
      doc.packages
        .filter((p) => runtime.has(p.SPDXID as string) && !doc.documentDescribes.includes(p.SPDXID as string) && !(p.name as string).startsWith('@types/'))
        .map((p) => `${p.name as string}@${p.versionInfo as string}`),
    );
    const { result, imported } = await importAll(fixture('npm-sbom.spdx.json'), 'spdx');
    expect(result.added).toBe(shipped.size);
    expect(imported).toEqual(shipped);
  });

  it.each([
    ['yarn-v1.lock', (t: string) => t.match(/^\s{2}version "/gm)?.length ?? 0],
    ['yarn-berry.lock', (t: string) => (t.match(/^\s{2}resolution: "/gm)?.length ?? 0) - (t.match(/@workspace:/g)?.length ?? 0) / 2],
    ['poetry.lock', (t: string) => (t.match(/^\[\[package\]\]/gm)?.length ?? 0) - (t.match(/^category = "dev"/gm)?.length ?? 0)],
    ['requirements.txt', (t: string) => t.match(/^[A-Za-z][\w.-]*(\[[^\]]*\])?==/gm)?.length ?? 0],
  ])('%s: as many components as the file locks', async (name, count) => {
    const text = fixture(name);
    const { result } = await importAll(text, name);
    expect(result.added).toBe(count(text));
  });

  it('pnpm-lock.yaml: the packages map less the dev-only typescript, exact versions', async () => {
    const { result, imported } = await importAll(fixture('pnpm-lock.yaml'), 'pnpm');
    expect(result).toMatchObject({ added: 5, skipped: 1 });
    expect(imported).toEqual(new Set(['js-tokens@4.0.0', 'loose-envify@1.4.0', 'react@18.2.0', 'react-dom@18.2.0', 'scheduler@0.23.0']));
  });
});

describe('bad files', () => {
  it.each([
    ['truncated package-lock', () => fixture('package-lock.json').slice(0, 5000), /package-lock\.json/],
    ['truncated CycloneDX', () => fixture('npm-sbom.cdx.json').slice(0, 20_000), /CycloneDX SBOM/],
    ['yarn entry without version', () => fixture('yarn-v1.lock').replace('  version "0.4.0"\n', ''), /yarn\.lock line \d+ \(asynckit@\^0\.4\.0\)/],
    ['not a dependency file', () => 'Hello, this is a README.\nIt has sentences.', /not a dependency file/],
  ])('%s: refused with the line or element, nothing written', async (_name, make, message) => {
    const before = await f.auditCount();
    const error = await f.fails('soup.previewImport', { content: make(), source: 'x' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'content' });
    expect(error.message).toMatch(message);
    const applied = await f.fails('soup.applyImport', { content: make(), source: 'x', token: 'a'.repeat(64) });
    expect(applied.code).toBe('invalid_input');
    expect(await f.auditCount()).toBe(before);
    expect((await f.ok('soup.list', { includeRemoved: true })).items).toEqual([]);
  });
});
