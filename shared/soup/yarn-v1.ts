import { notDependedOn, optionalParents, uniqueComponents } from './collect';
import { registryPage } from './registry-links';
import { component, SoupParseError, type ParsedSoup } from './types';

interface Entry {
  line: number;
  specifiers: string[];
  version: string;
  dependencies: [string, string][];
  optional: string[];
}

const unquote = (s: string) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);

/** `@scope/name@^1.0.0` → `@scope/name`: the name ends at the last `@` that is not the scope's. */
export function nameOfSpecifier(specifier: string): string {
  const at = specifier.lastIndexOf('@');
  return at > 0 ? specifier.slice(0, at) : specifier;
}

/** Splits `key value` or `key "value"` as yarn v1 writes them. */
function keyValue(text: string): [string, string] {
  const match = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.*)$/.exec(text);
  if (!match) return [unquote(text), ''];
  return [unquote(match[1] as string), unquote((match[2] as string).trim())];
}

function readEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  let inDependencies = false;
  let inOptional = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (indent === 0) {
      if (!body.endsWith(':')) throw new SoupParseError(`yarn.lock line ${line}`, 'an entry header should end with ":"');
      current = { line, specifiers: body.slice(0, -1).split(/,\s*/).map(unquote), version: '', dependencies: [], optional: [] };
      entries.push(current);
      inDependencies = false;
      return;
    }
    if (!current) throw new SoupParseError(`yarn.lock line ${line}`, 'indented line before the first entry');
    const entry: Entry = current;
    if (indent === 2) {
      inDependencies = body === 'dependencies:' || body === 'optionalDependencies:';
      inOptional = body === 'optionalDependencies:';
      const [key, value] = keyValue(body);
      if (key === 'version') entry.version = value;
      return;
    }
    if (indent >= 4 && inDependencies) entry.dependencies.push(keyValue(body));
    if (indent >= 4 && inOptional) entry.optional.push(keyValue(body)[0]);
  });
  return entries;
}

const OPERATING_SYSTEMS = ['linux', 'darwin', 'win32', 'windows', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'android', 'aix'];

/**
 * Yarn 1 keeps no `os` or `cpu`: an optional dependency named for an operating system
 * (`@esbuild/linux-x64`, `fsevents-darwin`) is taken as a platform build, its platform read from the name.
 */
function platformInName(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const parts = base.split('-');
  const at = parts.findIndex((p) => OPERATING_SYSTEMS.includes(p));
  return at < 0 ? '' : parts.slice(at).join(' ');
}

/**
 * Yarn 1's own lockfile format. It records no root package and no dev flag, so a package counts as
 * direct when no other locked package depends on it, and none is marked dev.
 */
export function parseYarnV1(text: string): ParsedSoup {
  const entries = readEntries(text);
  const bySpecifier = new Map<string, Entry>();
  for (const entry of entries) {
    if (!entry.version) throw new SoupParseError(`yarn.lock line ${entry.line} (${entry.specifiers[0] ?? ''})`, 'the entry has no version');
    for (const s of entry.specifiers) bySpecifier.set(s, entry);
  }
  const keyOf = (e: Entry) => `${nameOfSpecifier(e.specifiers[0] ?? '')}@${e.version}`;
  const edges = new Map<string, string[]>();
  for (const entry of entries) {
    const targets = entry.dependencies.map(([name, range]) => bySpecifier.get(`${name}@${range}`)).filter((e): e is Entry => e !== undefined);
    edges.set(keyOf(entry), [...(edges.get(keyOf(entry)) ?? []), ...targets.map(keyOf)]);
  }
  const roots = notDependedOn(entries.map(keyOf), edges);
  const parents = optionalParents(entries.map((e) => [nameOfSpecifier(e.specifiers[0] ?? ''), e.optional]));
  const components = entries.map((e) => {
    const name = nameOfSpecifier(e.specifiers[0] ?? '');
    const parent = parents.get(name) ?? '';
    return component({
      name,
      version: e.version,
      ecosystem: 'npm',
      direct: roots.has(keyOf(e)),
      website: registryPage('npm', name),
      platform: parent ? platformInName(name) : '',
      optionalOf: parent,
    });
  });
  return { format: 'yarn-v1', components: uniqueComponents(components), notes: [] };
}
