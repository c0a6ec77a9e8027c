import { optionalParents, platformLabel, uniqueComponents } from './collect';
import { isObject, objectAt, parseJsonDocument, stringAt, type JsonObject } from './json-input';
import { registryPage } from './registry-links';
import { component, SoupParseError, type ParsedSoup, type SoupComponent } from './types';

const ROOT_DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'] as const;

/** The package name a packages-map key installs, e.g. `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameFromPath(path: string): string {
  const at = path.lastIndexOf('node_modules/');
  return path.slice(at + 'node_modules/'.length);
}

function licenceOf(entry: JsonObject, where: string): string {
  const value = entry.license;
  if (isObject(value)) return stringAt(value, 'type', where);
  return stringAt(entry, 'license', where);
}

/** Names the root package lists itself, in any of its dependency fields. */
function rootDependencyNames(root: JsonObject): Set<string> {
  const names = new Set<string>();
  for (const field of ROOT_DEPENDENCY_FIELDS) for (const name of Object.keys(objectAt(root, field, 'packages[""]'))) names.add(name);
  return names;
}

/**
 * npm's package-lock.json, lockfile versions 2 and 3 (the `packages` map npm 7+ writes). Direct means a
 * top-level install the root package asks for; `dev: true` marks build/test-only packages. Workspace
 * folders and links are the project's own code, not SOUP, and are passed over. `os` and `cpu` mark a
 * platform build; the package listing it under `optionalDependencies` is its parent.
 */
export function parseNpmLock(text: string): ParsedSoup {
  const doc = parseJsonDocument(text, 'package-lock.json');
  if (!isObject(doc)) throw new SoupParseError('package-lock.json', 'the top level should be an object');
  const version = doc.lockfileVersion;
  if (version !== 2 && version !== 3) {
    throw new SoupParseError('lockfileVersion', `version ${String(version)} is not supported: regenerate the lockfile with npm 7 or later (versions 2 and 3)`);
  }
  const packages = objectAt(doc, 'packages', 'package-lock.json');
  const root = packages[''];
  const direct = isObject(root) ? rootDependencyNames(root) : new Set<string>();
  const parents = optionalParents(
    Object.entries(packages).flatMap(([path, entry]) =>
      path !== '' && isObject(entry) && isObject(entry.optionalDependencies) ? [[nameFromPath(path), Object.keys(entry.optionalDependencies)] as [string, string[]]] : [],
    ),
  );
  const components: SoupComponent[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (path === '' || !path.includes('node_modules/')) continue;
    const where = `packages["${path}"]`;
    if (!isObject(entry)) throw new SoupParseError(where, 'should be an object');
    if (entry.link === true) continue;
    const name = stringAt(entry, 'name', where) || nameFromPath(path);
    const pkgVersion = stringAt(entry, 'version', where);
    if (!pkgVersion) throw new SoupParseError(where, '"version" is missing');
    const topLevel = path === `node_modules/${name}`;
    components.push(
      component({
        name,
        version: pkgVersion,
        ecosystem: 'npm',
        licence: licenceOf(entry, where),
        direct: topLevel && direct.has(name),
        dev: entry.dev === true,
        website: registryPage('npm', name),
        platform: platformLabel(entry.os, entry.cpu),
        optionalOf: parents.get(name) ?? '',
      }),
    );
  }
  return { format: 'npm-lock', components: uniqueComponents(components), notes: [] };
}
