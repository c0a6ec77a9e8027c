import { parse, TomlError } from 'smol-toml';
import { notDependedOn, uniqueComponents } from './collect';
import { isObject, lineTooDeep, MAX_JSON_DEPTH, nestingDepth, tooDeep } from './json-input';
import { registryPage } from './registry-links';
import { normalisePythonName, platformOfMarker } from './requirements-txt';
import { component, SoupParseError, type ParsedSoup } from './types';

/** Parses the lock; inline arrays and tables are checked for depth before parsing, dotted tables after. */
function readToml(text: string): Record<string, unknown> {
  const deep = lineTooDeep(text, MAX_JSON_DEPTH, `"'`);
  if (deep !== null) throw tooDeep(`poetry.lock line ${deep}`);
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep('poetry.lock');
    if (error instanceof TomlError) throw new SoupParseError(`poetry.lock line ${error.line}`, `not valid TOML (${error.message.split('\n')[0] ?? ''})`);
    throw error;
  }
  if (nestingDepth(doc) > MAX_JSON_DEPTH) throw tooDeep('poetry.lock');
  return doc;
}

/**
 * Poetry's poetry.lock (TOML, `[[package]]` tables). Dev packages are the ones in the old `dev`
 * category or, since Poetry 2, in no `main` group. The lock does not say which packages the project
 * asked for, so a package no other locked package depends on counts as direct. A package's `markers`
 * may limit it to a platform.
 */
export function parsePoetryLock(text: string): ParsedSoup {
  const doc = readToml(text);
  const packages = doc.package;
  if (!Array.isArray(packages)) throw new SoupParseError('poetry.lock', 'no [[package]] tables');
  const entries = packages.map((p: unknown, index) => {
    const where = `poetry.lock [[package]] #${index + 1}`;
    if (!isObject(p) || typeof p.name !== 'string' || !p.name) throw new SoupParseError(where, 'has no name');
    if (typeof p.version !== 'string' || !p.version) throw new SoupParseError(`${where} (${p.name})`, 'has no version');
    const groups = Array.isArray(p.groups) ? p.groups : null;
    const dev = p.category === 'dev' || (groups !== null && !groups.includes('main'));
    const dependencies = isObject(p.dependencies) ? Object.keys(p.dependencies).map(normalisePythonName) : [];
    return { name: p.name, key: normalisePythonName(p.name), version: p.version, dev, dependencies, platform: typeof p.markers === 'string' ? platformOfMarker(p.markers) : '' };
  });
  const edges = new Map(entries.map((e) => [e.key, e.dependencies]));
  const roots = notDependedOn(
    entries.map((e) => e.key),
    edges,
  );
  const components = entries.map((e) =>
    component({ name: e.name, version: e.version, ecosystem: 'pypi', direct: roots.has(e.key), dev: e.dev, website: registryPage('pypi', e.key), platform: e.platform }),
  );
  return { format: 'poetry-lock', components: uniqueComponents(components), notes: [] };
}
