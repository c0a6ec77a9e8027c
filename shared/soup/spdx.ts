import { reachable, uniqueComponents } from './collect';
import { isObject, parseJsonDocument, requiredString, stringAt, type JsonObject } from './json-input';
import { asserted, purlEcosystem } from './purl';
import { component, SoupParseError, type ParsedSoup } from './types';

// Relationship types read as "the related element depends on this one" (SPDX 2.3 §11.1).
const DEPENDENCY_OF = new Set(['DEPENDENCY_OF', 'OPTIONAL_DEPENDENCY_OF', 'PREREQUISITE_FOR', 'RUNTIME_DEPENDENCY_OF', 'PROVIDED_DEPENDENCY_OF']);
const DEV_DEPENDENCY_OF = new Set(['DEV_DEPENDENCY_OF', 'BUILD_DEPENDENCY_OF', 'TEST_DEPENDENCY_OF', 'DEV_TOOL_OF', 'BUILD_TOOL_OF', 'TEST_TOOL_OF']);

/** `Organization: Acme (mail)` or `Person: Ann` → the name alone. */
function supplierName(value: string): string {
  return asserted(value)
    .replace(/^(Organization|Person|Tool):\s*/, '')
    .replace(/\s*\([^)]*\)\s*$/, '');
}

function purlOf(p: JsonObject): string {
  const refs = Array.isArray(p.externalRefs) ? p.externalRefs.filter(isObject) : [];
  const ref = refs.find((r) => r.referenceType === 'purl' && typeof r.referenceLocator === 'string');
  return ref ? (ref.referenceLocator as string) : '';
}

/** Edges "X depends on Y", split into runtime and development ones. */
function dependencyGraph(relationships: JsonObject[]) {
  const runtime = new Map<string, string[]>();
  const any = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, from: string, to: string) => map.set(from, [...(map.get(from) ?? []), to]);
  for (const r of relationships) {
    const element = String(r.spdxElementId);
    const related = String(r.relatedSpdxElement);
    const type = String(r.relationshipType);
    if (type === 'DEPENDS_ON') [runtime, any].forEach((m) => add(m, element, related));
    else if (DEPENDENCY_OF.has(type)) [runtime, any].forEach((m) => add(m, related, element));
    else if (DEV_DEPENDENCY_OF.has(type)) add(any, related, element);
  }
  return { runtime, any };
}

/**
 * SPDX JSON 2.3 (2.2 reads the same). Every package except the ones the document describes (the
 * product itself). Direct ones are those the described package depends on; a package only reachable
 * through development relationships is dev. Concluded licence first, else declared.
 */
export function parseSpdx(text: string): ParsedSoup {
  const doc = parseJsonDocument(text, 'SPDX document');
  if (!isObject(doc) || typeof doc.spdxVersion !== 'string') throw new SoupParseError('spdxVersion', 'not an SPDX document');
  if (!/^SPDX-2\.[23]$/.test(doc.spdxVersion)) throw new SoupParseError('spdxVersion', `${doc.spdxVersion} is not supported (SPDX-2.3 is)`);
  if (!Array.isArray(doc.packages)) throw new SoupParseError('packages', 'should be a list');
  const relationships = Array.isArray(doc.relationships) ? doc.relationships.filter(isObject) : [];
  const roots = new Set<string>(Array.isArray(doc.documentDescribes) ? doc.documentDescribes.map(String) : []);
  for (const r of relationships) if (r.spdxElementId === 'SPDXRef-DOCUMENT' && r.relationshipType === 'DESCRIBES') roots.add(String(r.relatedSpdxElement));
  const graph = dependencyGraph(relationships);
  const direct = new Set([...roots].flatMap((root) => graph.any.get(root) ?? []));
  const runtime = reachable(roots, graph.runtime);
  const hasGraph = graph.any.size > 0;
  const components = doc.packages.flatMap((p: unknown, index) => {
    const where = `packages[${index}]`;
    if (!isObject(p)) throw new SoupParseError(where, 'should be an object');
    const id = requiredString(p, 'SPDXID', where);
    if (roots.has(id)) return [];
    const name = requiredString(p, 'name', where);
    const version = stringAt(p, 'versionInfo', where);
    if (!version) throw new SoupParseError(`${where} (${name})`, '"versionInfo" is missing: a SOUP item needs its version');
    const licence = asserted(stringAt(p, 'licenseConcluded', where)) || asserted(stringAt(p, 'licenseDeclared', where));
    return [
      component({
        name,
        version,
        ecosystem: purlEcosystem(purlOf(p)) || 'other',
        licence,
        supplier: supplierName(stringAt(p, 'supplier', where)) || supplierName(stringAt(p, 'originator', where)),
        direct: direct.has(id),
        dev: hasGraph && !runtime.has(id),
        website: asserted(stringAt(p, 'homepage', where)),
      }),
    ];
  });
  return { format: 'spdx', components: uniqueComponents(components), notes: [] };
}
