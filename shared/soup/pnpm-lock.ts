import { optionalParents, platformLabel, reachable, uniqueComponents } from './collect';
import { isObject, type JsonObject } from './json-input';
import { registryPage } from './registry-links';
import { component, SoupParseError, type ParsedSoup } from './types';
import { parseYamlDocument, scalarText } from './yaml-input';

/** `/@s/pkg@1.2.3(react@18.2.0)` (v6) or `@s/pkg@1.2.3` (v9) → name and version, peer suffix dropped. */
function splitKey(key: string): { name: string; version: string } | null {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  const at = bare.lastIndexOf('@');
  if (at <= 0) return null;
  return { name: bare.slice(0, at), version: bare.slice(at + 1) };
}

const nodeOf = (name: string, version: string) => `${name}@${version.replace(/\(.*$/, '')}`;

/** Dependency maps of one importer or snapshot as graph nodes; linked workspace folders are skipped. */
function dependencyNodes(entry: JsonObject, fields: readonly string[]): string[] {
  const nodes: string[] = [];
  for (const field of fields) {
    const deps = entry[field];
    if (!isObject(deps)) continue;
    for (const [name, value] of Object.entries(deps)) {
      const version = isObject(value) ? scalarText(value.version) : scalarText(value);
      if (version && !version.startsWith('link:')) nodes.push(nodeOf(name, version));
    }
  }
  return nodes;
}

const RUNTIME = ['dependencies', 'optionalDependencies'] as const;
const ALL = [...RUNTIME, 'devDependencies'] as const;

/**
 * pnpm-lock.yaml, lockfile versions 6 to 9. Importers (the project's packages) name the direct ones;
 * a package is dev when it cannot be reached from any importer's runtime dependencies. `os` and `cpu`
 * mark a platform build; the package listing it under `optionalDependencies` is its parent.
 */
export function parsePnpmLock(text: string): ParsedSoup {
  const doc = parseYamlDocument(text, 'pnpm-lock.yaml');
  const lockVersion = Number.parseFloat(scalarText(doc.lockfileVersion));
  if (!(lockVersion >= 6)) throw new SoupParseError('pnpm-lock.yaml lockfileVersion', `version ${scalarText(doc.lockfileVersion) || 'missing'} is not supported (6 to 9 are)`);
  // Before v9 a single-package project keeps its dependency maps at the top level instead of under importers.
  const importers = isObject(doc.importers) ? Object.values(doc.importers).filter(isObject) : [doc];
  const packages = isObject(doc.packages) ? doc.packages : {};
  const snapshots = isObject(doc.snapshots) ? doc.snapshots : packages;
  const edges = new Map<string, string[]>();
  const optional: [string, string[]][] = [];
  for (const [key, entry] of Object.entries(snapshots)) {
    const parts = splitKey(key);
    if (!parts || !isObject(entry)) throw new SoupParseError(`pnpm-lock.yaml snapshot "${key}"`, 'is not a name@version entry');
    const node = nodeOf(parts.name, parts.version);
    edges.set(node, [...(edges.get(node) ?? []), ...dependencyNodes(entry, RUNTIME)]);
    if (isObject(entry.optionalDependencies)) optional.push([parts.name, Object.keys(entry.optionalDependencies)]);
  }
  const parents = optionalParents(optional);
  const direct = new Set(importers.flatMap((i) => dependencyNodes(i, ALL)));
  const runtime = reachable(
    importers.flatMap((i) => dependencyNodes(i, RUNTIME)),
    edges,
  );
  const components = Object.entries(packages).map(([key, entry]) => {
    const parts = splitKey(key);
    const where = `pnpm-lock.yaml package "${key}"`;
    if (!parts || !parts.version) throw new SoupParseError(where, 'is not a name@version entry');
    const info = isObject(entry) ? entry : {};
    const node = nodeOf(parts.name, parts.version);
    const licence = scalarText(info.license);
    return component({
      name: parts.name,
      version: parts.version,
      ecosystem: 'npm',
      licence,
      direct: direct.has(node),
      dev: !runtime.has(node),
      website: registryPage('npm', parts.name),
      platform: platformLabel(info.os, info.cpu),
      optionalOf: parents.get(parts.name) ?? '',
    });
  });
  return { format: 'pnpm-lock', components: uniqueComponents(components), notes: [] };
}
