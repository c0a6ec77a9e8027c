import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../support/document-text';
import { CoreFixture } from './core-fixture';

/**
 * Issue 16, one toolchain: every document of the sample that names a tool with a version names the same one
 * (the development plan, the SOUP list from the lockfile, the verification records, the test report, the
 * release record's build environment). "Xcode 16" and "Xcode 16.1" agree; "React Native 0.76" in the plan
 * and react-native 0.73.6 in the SOUP list do not.
 */
const TOOLS: Record<string, RegExp> = {
  'React Native': /\breact[ -]native (\d+(?:\.\d+)*)/gi,
  Xcode: /\bXcode (\d+(?:\.\d+)*)/g,
  Vitest: /\bVitest (\d+(?:\.\d+)*)/g,
  TypeScript: /\bTypeScript (\d+(?:\.\d+)*)/g,
  'Node.js': /\bNode(?:\.js)? (\d+(?:\.\d+)*)/g,
};

let f: CoreFixture;
let texts: { docKey: string; text: string }[] = [];
beforeAll(async () => {
  f = new CoreFixture();
  await f.sample();
  const documents = await f.ok('documents.list', {});
  texts = await Promise.all(documents.map(async (d) => ({ docKey: d.docKey, text: textOf((await f.ok('documents.get', { documentId: d.id })).live.content) })));
});
afterAll(() => f.dispose());

/** Two versions agree when one is the other with fewer components: 16 and 16.1, 0.73 and 0.73.6. */
const agree = (a: string, b: string) => {
  const [x, y] = [a.split('.'), b.split('.')];
  return x.slice(0, y.length).join('.') === y.slice(0, x.length).join('.');
};

describe('the sample’s toolchain', () => {
  it.each(Object.entries(TOOLS))('names one version of %s in every document', (_tool, pattern) => {
    const mentions = texts.flatMap(({ docKey, text }) => [...text.matchAll(pattern)].map((m) => ({ docKey, version: m[1] ?? '' })));
    expect(mentions.length).toBeGreaterThan(0);
    const clashes = mentions.flatMap((a) => mentions.filter((b) => !agree(a.version, b.version)).map((b) => `${a.docKey} ${a.version} ≠ ${b.docKey} ${b.version}`));
    expect(clashes).toEqual([]);
  });
});
