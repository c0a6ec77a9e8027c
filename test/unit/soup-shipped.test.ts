import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSoupFile } from '../../shared/soup/detect';
import { isTypeOnly, platformGroupText, shippedSoup } from '../../shared/soup/shipped';

const fixture = (name: string) => readFileSync(`test/fixtures/soup/platform/${name}`, 'utf8');
/** The SOUP items a file gives, each with the platform it is limited to, and what was set aside. */
function shipped(name: string) {
  const s = shippedSoup(parseSoupFile(fixture(name)).components);
  return {
    items: s.components.map((c) => `${c.name}${c.platform ? ` [${c.platform}]` : ''}`),
    dev: s.dev,
    typesOnly: s.typesOnly,
    groups: s.platformGroups.map((g) => `${g.parent}: ${g.builds.map((b) => `${b.name} (${b.platform})`).join(', ')}`),
  };
}

const ESBUILD_GROUP = 'esbuild: @esbuild/darwin-arm64 (darwin arm64), @esbuild/linux-x64 (linux x64), @esbuild/win32-x64 (win32 x64)';

describe('SOUP that matches what ships', () => {
  it('npm: type declarations are not SOUP, esbuild carries its platform builds, a parentless platform package keeps its platform', () => {
    expect(shipped('package-lock.json')).toEqual({ items: ['csstype', 'esbuild', 'fsevents [darwin]', 'react'], dev: 1, typesOnly: 1, groups: [ESBUILD_GROUP] });
  });

  it('pnpm: the same, from os/cpu and the snapshot optional dependencies', () => {
    expect(shipped('pnpm-lock.yaml')).toEqual({ items: ['esbuild', 'react'], dev: 1, typesOnly: 1, groups: [ESBUILD_GROUP] });
  });

  it('yarn berry: platform from conditions, parent from dependenciesMeta', () => {
    expect(shipped('yarn-berry.lock')).toEqual({ items: ['esbuild', 'react'], dev: 0, typesOnly: 1, groups: [ESBUILD_GROUP] });
  });

  it('yarn v1: no os or cpu in the file, so an optional dependency named for an OS is the platform build', () => {
    expect(shipped('yarn-v1.lock')).toEqual({
      items: ['esbuild', 'react'],
      dev: 0,
      typesOnly: 1,
      groups: ['esbuild: @esbuild/darwin-arm64 (darwin arm64), @esbuild/linux-x64 (linux x64), @esbuild/win32-x64 (win32 x64)'],
    });
  });

  it('poetry and requirements.txt: stubs are not SOUP; a package limited by a marker keeps its platform and stays an item', () => {
    expect(shipped('poetry.lock')).toEqual({ items: ['click', 'colorama [Windows]'], dev: 0, typesOnly: 2, groups: [] });
    expect(shipped('requirements.txt')).toEqual({ items: ['click', 'colorama [Windows]', 'pywin32 [win32]', 'requests'], dev: 0, typesOnly: 1, groups: [] });
  });

  it('knows type-only packages by their registry conventions, and nothing else', () => {
    expect(isTypeOnly({ name: '@types/node', ecosystem: 'npm' })).toBe(true);
    expect(isTypeOnly({ name: 'types-requests', ecosystem: 'pypi' })).toBe(true);
    expect(isTypeOnly({ name: 'pandas-stubs', ecosystem: 'pypi' })).toBe(true);
    expect(isTypeOnly({ name: 'typescript', ecosystem: 'npm' })).toBe(false);
    expect(isTypeOnly({ name: 'types', ecosystem: 'pypi' })).toBe(false);
    expect(isTypeOnly({ name: '@types/node', ecosystem: 'pypi' })).toBe(false);
  });

  it('says in words which builds a package carries', () => {
    const [group] = shippedSoup(parseSoupFile(fixture('package-lock.json')).components).platformGroups;
    expect(group && platformGroupText(group)).toBe('esbuild 0.25.0: its 3 builds for darwin arm64, linux x64, win32 x64 belong to it and are not listed apart');
  });
});

describe("this repository's own package-lock.json", () => {
  it('imports only what the app ships: no dev, no type declarations', () => {
    const parsed = parseSoupFile(readFileSync('package-lock.json', 'utf8'));
    const s = shippedSoup(parsed.components);
    expect(s.components.some((c) => isTypeOnly(c) || c.dev)).toBe(false);
    expect(s.components.map((c) => c.name)).toEqual(expect.arrayContaining(['react', 'zod', 'better-sqlite3', 'pdfmake']));
    expect(s.components.map((c) => c.name)).not.toContain('esbuild');
    expect(s.typesOnly).toBeGreaterThan(0);
    expect(s.components.length + s.typesOnly + s.dev + s.platformGroups.reduce((n, g) => n + g.builds.length, 0)).toBe(parsed.components.length);
  });
});
