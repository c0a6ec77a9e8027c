import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { parseSoupFile } from '../../shared/soup/detect';
import { createInput } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';

const PACKAGES = 2_000;
const DIRECT = 60;

/** A package-lock.json v3 of `count` packages, some nested, some dev-only, as a large app's lockfile looks. */
export function generatedLockfile(count: number, bump = 0): string {
  const packages: Record<string, object> = { '': { name: 'bench-app', dependencies: Object.fromEntries(Array.from({ length: DIRECT }, (_, i) => [`pkg-${i}`, '^1.0.0'])) } };
  for (let i = 0; i < count; i += 1) {
    // Every 20th package sits nested under another, every 7th is dev-only; `bump` moves every 10th version.
    const path = i % 20 === 19 ? `node_modules/pkg-${i - 1}/node_modules/pkg-${i}` : `node_modules/pkg-${i}`;
    const patch = i % 10 === 0 ? bump : 0;
    packages[path] = {
      version: `1.${i % 13}.${patch}`,
      license: i % 3 ? 'MIT' : 'Apache-2.0',
      resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.0.0.tgz`,
      ...(i % 7 === 6 ? { dev: true } : {}),
    };
  }
  return JSON.stringify({ name: 'bench-app', lockfileVersion: 3, requires: true, packages }, null, 2);
}

/** SOUP import of a 2,000-package lockfile: parse, preview, apply; then a re-import with version moves. Against raw inserts of the same rows. */
export const soupBench: Bench = {
  name: 'soup import of a 2,000-package lockfile',
  async run(ctx) {
    const dir = ctx.scratch('soup');
    const content = generatedLockfile(PACKAGES);
    const parsed = await timed(() => parseSoupFile(content));
    const shipped = parsed.value.components.filter((c) => !c.dev);

    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as T;
    };
    await call('project.create', createInput(join(dir, 'soup.cairn')));
    const source = 'bench/package-lock.json';
    const preview = await timed(() => call<{ token: string }>('soup.previewImport', { content, source }));
    const apply = await timed(() => call('soup.applyImport', { content, source, token: preview.value.token }));
    const newer = generatedLockfile(PACKAGES, 1);
    const rePreview = await timed(() => call<{ token: string; versionChanged: unknown[] }>('soup.previewImport', { content: newer, source }));
    const reApply = await timed(() => call('soup.applyImport', { content: newer, source, token: rePreview.value.token }));
    const list = await timed(() => call<{ items: unknown[] }>('soup.list', {}));
    await core.close();

    // The same rows into the same table shape with plain better-sqlite3: no parsing, diff, audit or trace.
    const raw = new Database(join(dir, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec(
      'CREATE TABLE soup (id INTEGER PRIMARY KEY AUTOINCREMENT, human_id TEXT NOT NULL UNIQUE, name TEXT, ecosystem TEXT, version TEXT, licence TEXT, direct INTEGER, created_at TEXT) STRICT',
    );
    const insert = raw.prepare('INSERT INTO soup (human_id, name, ecosystem, version, licence, direct, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const at = new Date().toISOString();
    const plain = await timed(() =>
      raw.transaction(() => shipped.forEach((c, i) => insert.run(`SOUP-${i + 1}`, c.name, c.ecosystem, c.version, c.licence, c.direct ? 1 : 0, at)))(),
    );
    raw.close();

    const applyTotal = preview.ms + apply.ms;
    figure(`parse (${(content.length / 1e6).toFixed(2)} MB, ${parsed.value.components.length} components)`, parsed.ms, 'ms');
    figure('soup.previewImport (parse + diff against the list)', preview.ms, 'ms');
    figure(`soup.applyImport (${shipped.length} added, one audit row each)`, apply.ms, 'ms');
    figure(`re-import preview (${rePreview.value.versionChanged.length} version changes)`, rePreview.ms, 'ms');
    figure('re-import apply', reApply.ms, 'ms');
    figure(`soup.list (${list.value.items.length} items with class and missing fields)`, list.ms, 'ms');
    figure(`raw better-sqlite3 insert of the same ${shipped.length} rows`, plain.ms, 'ms', `preview + apply = ${(applyTotal / plain.ms).toFixed(1)}× raw`);
  },
};
