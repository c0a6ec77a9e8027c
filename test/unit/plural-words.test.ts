import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Wording (issue 17): texts people read say "1 step" and "2 steps", never "1 step(s)". The screens, the
// shared rules and the documents count through plural() (shared/domain/words.ts); this scan keeps it so.

const ROOT = join(__dirname, '..', '..');
const SCANNED = ['renderer/src', 'shared', 'electron/core/documents'];

/** The parts of a line people read: string and template literals (without their `${…}` code) and JSX text (code such as `a >= b;` is not). */
const textsOf = (line: string): string[] =>
  [...line.matchAll(/'[^']*'|`[^`]*`|[>}][^<>{}]+[<{]/g)]
    .map((m) => m[0])
    .filter((text) => /^['`]/.test(text) || !/[=;]/.test(text))
    .map((text) => text.replace(/\$\{[^}]*\}/g, ''));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('counted nouns', () => {
  it('no text on screen or in a document writes a plural as "(s)"', () => {
    const found = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line: line.trim(), at: `${relative(ROOT, file)}:${index + 1}` }))
        .filter(({ line }) => !line.startsWith('//') && !line.startsWith('*') && textsOf(line).some((text) => /[a-z]\(s\)/.test(text)))
        .map(({ line, at }) => `${at}: ${line}`),
    );
    expect(found).toEqual([]);
  });
});
