import type { SoupComponent } from './types';

/**
 * One component per name and version: a lockfile can hold the same package at the same version in
 * several places (nested node_modules, several importers). Direct wins over transitive, runtime over dev,
 * and the first non-empty licence, supplier and website are kept.
 */
export function uniqueComponents(components: Iterable<SoupComponent>): SoupComponent[] {
  const byKey = new Map<string, SoupComponent>();
  for (const c of components) {
    const key = `${c.ecosystem}\u0000${c.name}\u0000${c.version}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...c });
      continue;
    }
    seen.direct ||= c.direct;
    seen.dev &&= c.dev;
    seen.licence ||= c.licence;
    seen.supplier ||= c.supplier;
    seen.website ||= c.website;
    seen.platform ||= c.platform;
    seen.optionalOf ||= c.optionalOf;
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** Every node reachable from `roots` along `edges` (node → the nodes it depends on). */
export function reachable(roots: Iterable<string>, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as string;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const next of edges.get(node) ?? []) if (!seen.has(next)) stack.push(next);
  }
  return seen;
}

/**
 * When a file does not say which packages the project names itself (yarn v1, poetry.lock), the ones no
 * other package depends on must be direct: nothing else would have put them in the lockfile.
 */
export function notDependedOn(nodes: Iterable<string>, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const depended = new Set<string>();
  for (const targets of edges.values()) for (const t of targets) depended.add(t);
  return new Set([...nodes].filter((n) => !depended.has(n)));
}

/** The operating systems and processors a lock entry names (`os: [linux], cpu: [x64]`) as one label, '' when none. */
export function platformLabel(...lists: unknown[]): string {
  return lists
    .flatMap((l) => (Array.isArray(l) ? l : typeof l === 'string' && l !== '' ? [l] : []))
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
}

/** For each package named as an optional dependency, the first package naming it so. */
export function optionalParents(entries: Iterable<[parent: string, optional: Iterable<string>]>): Map<string, string> {
  const parents = new Map<string, string>();
  for (const [parent, names] of entries) for (const name of names) if (!parents.has(name)) parents.set(name, parent);
  return parents;
}
