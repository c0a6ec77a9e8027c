import type { SoupComponent } from './types';

/** Platform builds folded into the package that pulls them in: one SOUP item, its platforms noted. */
export interface PlatformGroup {
  parent: string;
  version: string;
  builds: { name: string; version: string; platform: string }[];
}

/** What of a dependency file is SOUP, and what was set aside and why. */
export interface ShippedSoup {
  components: SoupComponent[];
  /** Needed only to build or test. */
  dev: number;
  /** Type declarations only: erased when the code is compiled, nothing of them ships. */
  typesOnly: number;
  platformGroups: PlatformGroup[];
}

/**
 * Packages that hold nothing but type declarations for a checker: DefinitelyTyped's `@types/*` on npm,
 * typeshed's `types-*` and the `*-stubs` convention on PyPI (PEP 561).
 */
export function isTypeOnly(c: Pick<SoupComponent, 'name' | 'ecosystem'>): boolean {
  if (c.ecosystem === 'npm') return c.name.startsWith('@types/');
  if (c.ecosystem === 'pypi') return /^types-./i.test(c.name) || /.-stubs$/i.test(c.name);
  return false;
}

/**
 * The SOUP a dependency file describes (IEC 62304 3.29: software that is part of the medical device):
 * development-only and type-only packages are left out, and the platform-specific builds a package pulls
 * in as optional dependencies (esbuild's @esbuild/linux-x64 and its 25 siblings) are grouped under that
 * package, since they are one piece of SOUP built for each platform. A platform build whose parent is
 * not in the list stays an item of its own, its platform shown.
 */
export function shippedSoup(all: readonly SoupComponent[]): ShippedSoup {
  const runtime = all.filter((c) => !c.dev);
  const kept = runtime.filter((c) => !isTypeOnly(c));
  const parents = new Map(kept.filter((c) => c.platform === '').map((c) => [`${c.ecosystem}\u0000${c.name}`, c]));
  const groups = new Map<SoupComponent, PlatformGroup>();
  const components: SoupComponent[] = [];
  for (const c of kept) {
    const parent = c.platform !== '' && c.optionalOf !== '' ? parents.get(`${c.ecosystem}\u0000${c.optionalOf}`) : undefined;
    if (!parent) {
      components.push(c);
      continue;
    }
    const group = groups.get(parent) ?? { parent: parent.name, version: parent.version, builds: [] };
    group.builds.push({ name: c.name, version: c.version, platform: c.platform });
    groups.set(parent, group);
  }
  return { components, dev: all.length - runtime.length, typesOnly: runtime.length - kept.length, platformGroups: [...groups.values()] };
}

/** A platform group in words, for the import preview and the audit trail. */
export function platformGroupText(g: PlatformGroup): string {
  const platforms = [...new Set(g.builds.map((b) => b.platform))].sort();
  return `${g.parent} ${g.version}: ${g.builds.length === 1 ? 'its build' : `its ${g.builds.length} builds`} for ${platforms.join(', ')} belong to it and are not listed apart`;
}
