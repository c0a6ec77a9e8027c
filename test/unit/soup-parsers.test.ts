import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSoupFormat, parseSoupFile } from '../../shared/soup/detect';
import { SoupParseError } from '../../shared/soup/types';

const fixture = (name: string) => readFileSync(`test/fixtures/soup/${name}`, 'utf8');
const summary = (text: string) => parseSoupFile(text).components.map((c) => `${c.name}@${c.version}${c.direct ? ' direct' : ''}${c.dev ? ' dev' : ''}`);
const failure = (text: string): SoupParseError => {
  try {
    parseSoupFile(text);
  } catch (error) {
    if (error instanceof SoupParseError) return error;
    throw error;
  }
  throw new Error('parsed without complaint');
};

describe('format detection reads the content, not the name', () => {
  it.each([
    ['package-lock.json', 'npm-lock'],
    ['npm-sbom.cdx.json', 'cyclonedx'],
    ['npm-sbom.spdx.json', 'spdx'],
    ['yarn-v1.lock', 'yarn-v1'],
    ['yarn-berry.lock', 'yarn-berry'],
    ['pnpm-lock.yaml', 'pnpm-lock'],
    ['requirements.txt', 'requirements-txt'],
    ['poetry.lock', 'poetry-lock'],
  ])('%s → %s', (file, format) => expect(detectSoupFormat(fixture(file))).toBe(format));

  it('knows nothing else', () => {
    expect(detectSoupFormat('{"name": "not a lock"}')).toBeNull();
    expect(detectSoupFormat('Dear team,\nplease find attached…')).toBeNull();
  });
});

describe('npm package-lock.json', () => {
  const lock = (packages: object, version = 3) => JSON.stringify({ lockfileVersion: version, packages });
  it('reads nested and scoped installs, aliases, dev flags and licences; passes over links and workspaces', () => {
    const text = lock({
      '': { dependencies: { '@s/a': '^1', b: '^2' }, devDependencies: { t: '^1' } },
      'node_modules/@s/a': { version: '1.0.0', license: 'MIT' },
      'node_modules/b': { version: '2.0.0', license: { type: 'ISC' } },
      'node_modules/b/node_modules/@s/a': { version: '0.9.0' },
      'node_modules/alias': { name: 'real-name', version: '3.0.0' },
      'node_modules/t': { version: '1.0.0', dev: true },
      'node_modules/ws': { resolved: 'packages/ws', link: true },
      'packages/ws': { version: '0.0.1' },
    });
    expect(summary(text)).toEqual(['@s/a@0.9.0', '@s/a@1.0.0 direct', 'b@2.0.0 direct', 'real-name@3.0.0', 't@1.0.0 direct dev']);
    expect(parseSoupFile(text).components.find((c) => c.name === 'b')?.licence).toBe('ISC');
  });
  it('refuses lockfile version 1 and names the entry without a version', () => {
    expect(failure(lock({}, 1)).where).toBe('lockfileVersion');
    expect(failure(lock({ 'node_modules/x': { license: 'MIT' } })).where).toBe('packages["node_modules/x"]');
  });
  it('names the line of a syntax error', () => {
    expect(failure('{\n "lockfileVersion": 3,\n "packages": {\n  "node_modules/x": {"version": "1"},,\n }\n}').where).toBe('package-lock.json line 4');
  });
});

describe('yarn.lock', () => {
  it('v1: versions, and direct for packages nothing else depends on', () => {
    expect(summary(fixture('yarn-v1.lock'))).toContain('axios@1.6.2 direct');
    expect(summary(fixture('yarn-v1.lock'))).toContain('form-data@4.0.0');
  });
  it('v1: a header without its colon names the line', () => {
    expect(failure('# yarn lockfile v1\n\nlodash@^4.17.21\n  version "4.17.21"\n').where).toBe('yarn.lock line 3');
  });
  it('berry: the workspace names the direct ones and is not itself SOUP', () => {
    expect(summary(fixture('yarn-berry.lock'))).toEqual([
      '@fastify/helmet@11.1.1 direct',
      'fastify@4.24.3 direct',
      'fastify-plugin@4.5.1',
      'helmet@7.1.0',
      'typescript@5.3.2 direct',
    ]);
  });
  it('berry: an entry with no resolution is named', () => {
    expect(failure('__metadata:\n  version: 8\n\n"a@npm:^1":\n  version: 1.0.0\n').where).toBe('yarn.lock entry "a@npm:^1"');
  });
});

describe('pnpm-lock.yaml', () => {
  it('v9: importers name direct ones; dev is what only dev dependencies reach', () => {
    expect(summary(fixture('pnpm-lock.yaml'))).toEqual([
      'js-tokens@4.0.0',
      'loose-envify@1.4.0',
      'react@18.2.0 direct',
      'react-dom@18.2.0 direct',
      'scheduler@0.23.0',
      'typescript@5.3.3 direct dev',
    ]);
  });
  it('v6 with top-level dependencies and peer suffixes', () => {
    const v6 = [
      "lockfileVersion: '6.0'",
      'dependencies:',
      '  react-dom:',
      '    specifier: ^18.2.0',
      '    version: 18.2.0(react@18.2.0)',
      'packages:',
      '  /react-dom@18.2.0(react@18.2.0):',
      '    dependencies:',
      '      react: 18.2.0',
      '  /react@18.2.0:',
      '    dev: false',
    ].join('\n');
    expect(summary(v6)).toEqual(['react@18.2.0', 'react-dom@18.2.0 direct']);
  });
  it('a YAML syntax error and an old lockfile are named', () => {
    expect(failure("lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {resolution: [\n").where).toMatch(/^pnpm-lock\.yaml line \d+$/);
    expect(failure('lockfileVersion: 5.4\npackages: {}\n').where).toBe('pnpm-lock.yaml lockfileVersion');
  });
});

describe('requirements.txt', () => {
  it('pins with extras, markers and hashes; pip-compile via comments decide direct; includes and unpinned lines reported', () => {
    const parsed = parseSoupFile(fixture('requirements.txt'));
    expect(summary(fixture('requirements.txt'))).toEqual([
      'certifi@2023.11.17',
      'charset-normalizer@3.3.2',
      'cryptography@41.0.7 direct',
      'idna@3.6',
      'numpy@1.26.2 direct',
      'requests@2.31.0 direct',
      'scipy@1.11.4 direct',
      'urllib3@2.1.0',
    ]);
    expect(parsed.notes).toEqual([
      'line 7: "-r requirements-base.txt" is an option or include; it was not followed',
      'line 8: "--index-url https://pypi.org/simple" is an option or include; it was not followed',
      'line 28: "pydantic>=2.5" does not pin one version (use ==); skipped',
    ]);
  });
  it('a line that is no requirement is named', () => {
    expect(failure('flask==3.0.0\nthis is not ok!\n').where).toBe('requirements.txt line 2');
  });
});

describe('poetry.lock', () => {
  it('dev category and groups; direct for packages nothing depends on', () => {
    expect(summary(fixture('poetry.lock'))).toEqual(['annotated-types@0.6.0', 'fastapi@0.104.1 direct', 'pydantic@2.5.2', 'pytest@7.4.3 direct dev', 'typing-extensions@4.8.0']);
    const v2 = '[[package]]\nname = "black"\nversion = "24.1.0"\ngroups = ["dev"]\n\n[[package]]\nname = "idna"\nversion = "3.6"\ngroups = ["main"]\n';
    expect(summary(v2)).toEqual(['black@24.1.0 direct dev', 'idna@3.6 direct']);
  });
  it('a TOML error names the line; a package without version is named', () => {
    expect(failure('[[package]]\nname = "a"\nversion = \n').where).toBe('poetry.lock line 3');
    expect(failure('[[package]]\nname = "a"\n').where).toBe('poetry.lock [[package]] #1 (a)');
  });
});

describe('CycloneDX JSON', () => {
  const bom = (extra: object) => JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', metadata: { component: { 'bom-ref': 'root', name: 'app' } }, ...extra });
  it('nested components, groups, licences, supplier, website and direct from the root dependsOn', () => {
    const text = bom({
      components: [
        {
          'bom-ref': 'a',
          group: 'org.slf4j',
          name: 'slf4j-api',
          version: '2.0.9',
          purl: 'pkg:maven/org.slf4j/slf4j-api@2.0.9',
          supplier: { name: 'QOS.ch' },
          licenses: [{ license: { id: 'MIT' } }],
          externalReferences: [{ type: 'website', url: 'https://www.slf4j.org' }],
          components: [{ name: 'inner', version: '1.0', purl: 'pkg:maven/x/inner@1.0', licenses: [{ expression: 'Apache-2.0 OR MIT' }] }],
        },
      ],
      dependencies: [{ ref: 'root', dependsOn: ['a'] }],
    });
    const [inner, outer] = parseSoupFile(text).components;
    expect(outer).toMatchObject({ name: 'org.slf4j:slf4j-api', ecosystem: 'maven', supplier: 'QOS.ch', licence: 'MIT', website: 'https://www.slf4j.org', direct: true });
    expect(inner).toMatchObject({ name: 'inner', licence: 'Apache-2.0 OR MIT', direct: false });
  });
  it('refuses other spec versions and names a component without version', () => {
    expect(failure(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.2' })).where).toBe('specVersion');
    expect(
      failure(
        bom({
          components: [
            { name: 'ok', version: '1' },
            { name: 'x', components: [] },
          ],
        }),
      ).where,
    ).toBe('components[1] (x)');
    expect(failure(bom({ components: [{ name: 'a', version: '1', components: [{ version: '2' }] }] })).where).toBe('components[0].components[0]');
  });
});

describe('SPDX JSON', () => {
  const doc = (packages: object[], relationships: object[] = []) =>
    JSON.stringify({
      spdxVersion: 'SPDX-2.3',
      SPDXID: 'SPDXRef-DOCUMENT',
      documentDescribes: ['SPDXRef-root'],
      packages: [{ SPDXID: 'SPDXRef-root', name: 'app', versionInfo: '1.0.0' }, ...packages],
      relationships,
    });
  it('leaves out the described package; concluded before declared licence; supplier without its prefix', () => {
    const text = doc(
      [
        {
          SPDXID: 'SPDXRef-a',
          name: 'a',
          versionInfo: '1.0.0',
          licenseConcluded: 'NOASSERTION',
          licenseDeclared: 'MIT',
          supplier: 'Organization: Acme (dev@acme.example)',
          homepage: 'https://a.example',
        },
        { SPDXID: 'SPDXRef-b', name: 'b', versionInfo: '2.0.0', licenseConcluded: 'BSD-3-Clause', externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:pypi/b@2.0.0' }] },
        { SPDXID: 'SPDXRef-t', name: 't', versionInfo: '3.0.0' },
      ],
      [
        { spdxElementId: 'SPDXRef-a', relatedSpdxElement: 'SPDXRef-root', relationshipType: 'DEPENDENCY_OF' },
        { spdxElementId: 'SPDXRef-a', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-b' },
        { spdxElementId: 'SPDXRef-t', relatedSpdxElement: 'SPDXRef-root', relationshipType: 'DEV_DEPENDENCY_OF' },
      ],
    );
    const [a, b, t] = parseSoupFile(text).components;
    expect(a).toMatchObject({ name: 'a', licence: 'MIT', supplier: 'Acme', website: 'https://a.example', direct: true, dev: false, ecosystem: 'other' });
    expect(b).toMatchObject({ licence: 'BSD-3-Clause', ecosystem: 'pypi', direct: false, dev: false });
    expect(t).toMatchObject({ direct: true, dev: true });
  });
  it('names a package without a version and refuses SPDX 3', () => {
    expect(failure(doc([{ SPDXID: 'SPDXRef-x', name: 'x' }])).where).toBe('packages[1] (x)');
    expect(failure(JSON.stringify({ spdxVersion: 'SPDX-3.0', packages: [] })).where).toBe('spdxVersion');
  });
});
