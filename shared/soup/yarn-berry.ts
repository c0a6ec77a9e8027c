import { optionalParents, uniqueComponents } from './collect';
import { isObject, type JsonObject } from './json-input';
import { registryPage } from './registry-links';
import { component, SoupParseError, type ParsedSoup, type SoupComponent } from './types';
import { parseYamlDocument, scalarText } from './yaml-input';
import { nameOfSpecifier } from './yarn-v1';

/** `lodash@npm:4.17.21` → `lodash`; the protocol after the name's `@` says where it came from. */
function nameOfResolution(resolution: string): string {
  const at = resolution.indexOf('@', 1);
  return at > 0 ? resolution.slice(0, at) : resolution;
}

/** `os=linux & cpu=x64` → `linux x64`: the platform a build is locked for. */
function platformOfConditions(conditions: string): string {
  return conditions
    .split('&')
    .map((c) => c.split('=')[1]?.trim() ?? '')
    .filter((v) => v !== '')
    .join(' ');
}

/** The names an entry marks optional: `optionalDependencies`, or `dependenciesMeta: {name: {optional: true}}`. */
function optionalNames(entry: JsonObject): string[] {
  const meta = isObject(entry.dependenciesMeta)
    ? Object.entries(entry.dependenciesMeta)
        .filter(([, m]) => isObject(m) && scalarText(m.optional) === 'true')
        .map(([n]) => n)
    : [];
  return [...(isObject(entry.optionalDependencies) ? Object.keys(entry.optionalDependencies) : []), ...meta];
}

/**
 * Yarn 2+ ("berry") lockfile: YAML with a `__metadata` block. Workspace entries are the project itself;
 * the packages they list are the direct ones. Berry records no dev flag, so none is marked dev.
 * `conditions` marks a platform build; the entry marking it optional is its parent.
 */
export function parseYarnBerry(text: string): ParsedSoup {
  const doc = parseYamlDocument(text, 'yarn.lock');
  if (!isObject(doc.__metadata)) throw new SoupParseError('yarn.lock', 'no __metadata block: not a Yarn 2+ lockfile');
  const direct = new Set<string>();
  const packages: { key: string; name: string; version: string; platform: string }[] = [];
  const optional: [string, string[]][] = [];
  for (const [key, entry] of Object.entries(doc)) {
    if (key === '__metadata') continue;
    const where = `yarn.lock entry "${key}"`;
    if (!isObject(entry)) throw new SoupParseError(where, 'should be a mapping');
    const resolution = scalarText(entry.resolution);
    if (!resolution) throw new SoupParseError(where, 'has no resolution');
    if (resolution.includes('@workspace:')) {
      if (isObject(entry.dependencies)) for (const name of Object.keys(entry.dependencies)) direct.add(name);
      continue;
    }
    const version = scalarText(entry.version);
    if (!version) throw new SoupParseError(where, 'has no version');
    packages.push({ key: nameOfSpecifier(key.split(/,\s*/)[0] ?? key), name: nameOfResolution(resolution), version, platform: platformOfConditions(scalarText(entry.conditions)) });
    optional.push([nameOfResolution(resolution), optionalNames(entry)]);
  }
  const parents = optionalParents(optional);
  const components: SoupComponent[] = packages.map((p) =>
    component({
      name: p.name,
      version: p.version,
      ecosystem: 'npm',
      direct: direct.has(p.key) || direct.has(p.name),
      website: registryPage('npm', p.name),
      platform: p.platform,
      optionalOf: parents.get(p.name) ?? '',
    }),
  );
  return { format: 'yarn-berry', components: uniqueComponents(components), notes: [] };
}
