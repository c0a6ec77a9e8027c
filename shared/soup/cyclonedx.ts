import { uniqueComponents } from './collect';
import { isObject, objectAt, parseJsonDocument, requiredString, stringAt, type JsonObject } from './json-input';
import { asserted, purlEcosystem } from './purl';
import { component, SoupParseError, type ParsedSoup, type SoupComponent } from './types';

const SUPPORTED = ['1.4', '1.5', '1.6'];

function licenceOf(c: JsonObject, where: string): string {
  const list = c.licenses;
  if (list === undefined) return '';
  if (!Array.isArray(list)) throw new SoupParseError(where, '"licenses" should be a list');
  const names = list.filter(isObject).map((choice) => {
    if (typeof choice.expression === 'string') return choice.expression;
    const licence = objectAt(choice, 'license', where);
    return stringAt(licence, 'id', where) || stringAt(licence, 'name', where);
  });
  return names.filter(Boolean).join(' AND ');
}

/** Supplier, else manufacturer (1.6), else the author text, else the publisher. */
function supplierOf(c: JsonObject, where: string): string {
  for (const key of ['supplier', 'manufacturer']) {
    const party = c[key];
    if (isObject(party) && typeof party.name === 'string' && party.name.trim()) return party.name.trim();
  }
  return stringAt(c, 'author', where) || stringAt(c, 'publisher', where);
}

function websiteOf(c: JsonObject): string {
  const refs = Array.isArray(c.externalReferences) ? c.externalReferences.filter(isObject) : [];
  for (const type of ['website', 'vcs', 'issue-tracker']) {
    const ref = refs.find((r) => r.type === type && typeof r.url === 'string');
    if (ref) return ref.url as string;
  }
  return '';
}

function isDev(c: JsonObject): boolean {
  if (c.scope === 'excluded') return true;
  const props = Array.isArray(c.properties) ? c.properties.filter(isObject) : [];
  return props.some((p) => p.name === 'cdx:npm:package:development' && p.value === 'true');
}

/** A scoped or grouped name as its ecosystem writes it: `@babel/core`, `org.slf4j:slf4j-api`. */
function fullName(c: JsonObject, ecosystem: string, where: string): string {
  const name = requiredString(c, 'name', where);
  const group = stringAt(c, 'group', where);
  if (!group) return name;
  return ecosystem === 'maven' ? `${group}:${name}` : `${group}/${name}`;
}

/**
 * CycloneDX JSON 1.4–1.6. Components nest (a component can list its own); all are read, except the
 * BOM's own subject in `metadata.component`. Direct ones are those the subject's `dependsOn` names.
 */
export function parseCycloneDx(text: string): ParsedSoup {
  const doc = parseJsonDocument(text, 'CycloneDX SBOM');
  if (!isObject(doc) || doc.bomFormat !== 'CycloneDX') throw new SoupParseError('bomFormat', 'not a CycloneDX SBOM');
  const spec = stringAt(doc, 'specVersion', 'specVersion');
  if (!SUPPORTED.includes(spec)) throw new SoupParseError('specVersion', `CycloneDX ${spec || '(none)'} is not supported (${SUPPORTED.join(', ')} are)`);
  const subject = objectAt(objectAt(doc, 'metadata', 'metadata'), 'component', 'metadata');
  const subjectRef = stringAt(subject, 'bom-ref', 'metadata.component');
  const dependencies = Array.isArray(doc.dependencies) ? doc.dependencies.filter(isObject) : [];
  const rootEntry = dependencies.find((d) => d.ref === subjectRef);
  const directRefs = new Set(rootEntry && Array.isArray(rootEntry.dependsOn) ? rootEntry.dependsOn.map(String) : []);
  const out: SoupComponent[] = [];
  const walk = (list: unknown, path: string): void => {
    if (list === undefined) return;
    if (!Array.isArray(list)) throw new SoupParseError(path, 'should be a list');
    list.forEach((c: unknown, index) => {
      const where = `${path}[${index}]`;
      if (!isObject(c)) throw new SoupParseError(where, 'should be an object');
      const purl = stringAt(c, 'purl', where);
      const ecosystem = purlEcosystem(purl) || 'other';
      const name = fullName(c, ecosystem, where);
      const version = stringAt(c, 'version', where);
      if (!version) throw new SoupParseError(`${where} (${name})`, '"version" is missing: a SOUP item needs its version');
      const ref = stringAt(c, 'bom-ref', where);
      out.push(
        component({
          name,
          version,
          ecosystem,
          licence: asserted(licenceOf(c, where)),
          supplier: supplierOf(c, where),
          direct: directRefs.has(ref),
          dev: isDev(c),
          website: websiteOf(c),
        }),
      );
      walk(c.components, `${where}.components`);
    });
  };
  walk(doc.components, 'components');
  return { format: 'cyclonedx', components: uniqueComponents(out), notes: [] };
}
