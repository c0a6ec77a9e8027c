import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';

// ESLint's import-x/no-cycle fails on a cycle of value imports; this also counts `import type`, which
// that rule skips: a type cycle still ties two areas into one, and turns into a value cycle with the
// first constant moved across it.

const ROOTS = ['electron', 'shared', 'renderer/src'];

/**
 * Type-only cycles between a shared rule and its helper that were here when this test came; the list may
 * only shrink (move the shared type into a module of its own to take one off).
 */
const KNOWN_TYPE_CYCLES = [
  ['shared/regulatory/classification-rationale.ts', 'shared/regulatory/classification.ts'],
  ['shared/regulatory/mdr-class.ts', 'shared/regulatory/mdr-rationale.ts'],
  ['shared/reviews/checklists.ts', 'shared/reviews/unit-checklist.ts'],
  ['shared/api/soup-types.ts', 'shared/soup/required-fields.ts'],
];
const SOURCE = /\.(ts|tsx|mjs)$/;
const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'/gms;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.mts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((path) => SOURCE.test(path) && existsSync(path)) ?? null;
}

/** Strongly connected groups of two or more files (Tarjan), each as paths relative to the repository. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(relative(REPO_ROOT, member));
    } while (member !== node);
    if (group.length > 1) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it('form no cycle, type-only imports included', () => {
    const files = ROOTS.flatMap((root) => sourceFiles(join(REPO_ROOT, root)));
    const graph = new Map(
      files.map((file) => {
        const text = readFileSync(file, 'utf8');
        const targets = [...text.matchAll(STATIC_IMPORT)].map((m) => resolveImport(file, m[1]!)).filter((t): t is string => t !== null);
        return [file, targets];
      }),
    );
    expect(files.length).toBeGreaterThan(300);
    const found = cycles(graph);
    const known = new Set(KNOWN_TYPE_CYCLES.map((group) => group.join(' ')));
    expect(found.filter((group) => !known.has(group.join(' ')))).toEqual([]);
    // A cycle taken off must leave the list too, so it cannot come back unnoticed.
    expect(KNOWN_TYPE_CYCLES.filter((group) => !found.some((f) => f.join(' ') === group.join(' ')))).toEqual([]);
  });
});
