import { notDependedOn, uniqueComponents } from './collect';
import { registryPage } from './registry-links';
import { component, SoupParseError, type ParsedSoup } from './types';

interface Entry {
  line: number;
  specifiers: string[];
  version: string;
  dependencies: [string, string][];
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
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (indent === 0) {
      if (!body.endsWith(':')) throw new SoupParseError(`yarn.lock line ${line}`, 'an entry header should end with ":"');
      current = { line, specifiers: body.slice(0, -1).split(/,\s*/).map(unquote), version: '', dependencies: [] };
      entries.push(current);
      inDependencies = false;
      return;
    }
    if (!current) throw new SoupParseError(`yarn.lock line ${line}`, 'indented line before the first entry');
    const entry: Entry = current;
    if (indent === 2) {
      inDependencies = body === 'dependencies:' || body === 'optionalDependencies:';
      const [key, value] = keyValue(body);
      if (key === 'version') entry.version = value;
      return;
    }
    if (indent >= 4 && inDependencies) entry.dependencies.push(keyValue(body));
  });
  return entries;
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
  const components = entries.map((e) => {
    const name = nameOfSpecifier(e.specifiers[0] ?? '');
    return component({ name, version: e.version, ecosystem: 'npm', direct: roots.has(keyOf(e)), website: registryPage('npm', name) });
  });
  return { format: 'yarn-v1', components: uniqueComponents(components), notes: [] };
}
