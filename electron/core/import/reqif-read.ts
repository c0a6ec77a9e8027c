import { XMLValidator } from 'fast-xml-parser';
import { safeXmlParser } from './safe-xml-parser';
import { decodeXmlEntities, xhtmlToText } from './xml-text';

/**
 * Reads ReqIF 1.2 as the tools write it: attribute definitions per SPEC-OBJECT-TYPE (STRING, XHTML,
 * ENUMERATION, INTEGER, REAL, BOOLEAN, DATE), LONG-NAMEs that may be missing (the IDENTIFIER stands in),
 * values keyed by their definition. Each SPEC-OBJECT becomes one row of named cells, in the order the
 * specifications list them. No DTD is ever read: a DOCTYPE or entity declaration is refused outright.
 */

export class ReqifError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReqifError';
  }
}

export interface ReqifColumn {
  name: string;
  kind: string;
}

export interface ReqifRow {
  identifier: string;
  cells: Record<string, string>;
}

export interface ReqifTable {
  sourceTool: string;
  columns: ReqifColumn[];
  rows: ReqifRow[];
}

type Node = Record<string, unknown>;

/** Our own pseudo-column for each SPEC-OBJECT's IDENTIFIER, offered as the ID when the file has no better one. */
export const IDENTIFIER_COLUMN = 'IDENTIFIER';

const parser = safeXmlParser({
  // Rich text stays raw XHTML until xhtmlToText turns it into lines.
  stopNodes: ['*.ATTRIBUTE-VALUE-XHTML.THE-VALUE'],
});

const list = (value: unknown): Node[] => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node]);
const child = (node: Node | undefined, name: string): Node | undefined => list(node?.[name])[0];
const attr = (node: Node | undefined, name: string): string => decodeXmlEntities(String(node?.[`@${name}`] ?? ''));
const textOf = (value: unknown): string => (typeof value === 'string' ? decodeXmlEntities(value).trim() : typeof value === 'object' && value ? textOf((value as Node)['#text']) : '');

/** Every child element whose name starts with `prefix` (ATTRIBUTE-VALUE-…), with the suffix as its kind. */
function childrenByPrefix(node: Node | undefined, prefix: string): { kind: string; node: Node }[] {
  if (!node) return [];
  return Object.keys(node)
    .filter((key) => key.startsWith(prefix))
    .flatMap((key) => list(node[key]).map((n) => ({ kind: key.slice(prefix.length), node: n })));
}

/** The first `…-REF` child's text, e.g. DEFINITION > ATTRIBUTE-DEFINITION-STRING-REF. */
function refIn(node: Node | undefined): string {
  if (!node) return '';
  const key = Object.keys(node).find((k) => k.endsWith('-REF'));
  return key ? textOf(list(node[key])[0] ?? node[key]) : '';
}

function refuseDtd(xml: string): void {
  const head = xml.slice(0, 4096);
  if (/<!DOCTYPE/i.test(head) || /<!ENTITY/i.test(xml)) throw new ReqifError('The file declares a DOCTYPE or entities; ReqIF needs neither, and Cairn does not read them.');
}

function parse(xml: string): Node {
  refuseDtd(xml);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ReqifError(`Not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const root = child(parser.parse(xml) as Node, 'REQ-IF');
  if (!root) throw new ReqifError('This is XML but not ReqIF: there is no REQ-IF element.');
  return root;
}

interface Definition {
  column: string;
  kind: string;
}

/** Attribute definitions of every SPEC-OBJECT-TYPE, keyed by IDENTIFIER; equal names share a column. */
function definitions(content: Node): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  for (const type of list(child(content, 'SPEC-TYPES')?.['SPEC-OBJECT-TYPE'])) {
    for (const { kind, node } of childrenByPrefix(child(type, 'SPEC-ATTRIBUTES'), 'ATTRIBUTE-DEFINITION-')) {
      const id = attr(node, 'IDENTIFIER');
      if (!id) throw new ReqifError(`An ATTRIBUTE-DEFINITION-${kind} of SPEC-OBJECT-TYPE "${attr(type, 'IDENTIFIER')}" has no IDENTIFIER.`);
      defs.set(id, { column: attr(node, 'LONG-NAME').trim() || id, kind });
    }
  }
  return defs;
}

/** Enumeration literals by IDENTIFIER: their LONG-NAME, else the OTHER-CONTENT text, else the IDENTIFIER (KEY is only a number). */
function enumLiterals(content: Node): Map<string, string> {
  const literals = new Map<string, string>();
  for (const type of list(child(content, 'DATATYPES')?.['DATATYPE-DEFINITION-ENUMERATION'])) {
    for (const value of list(child(type, 'SPECIFIED-VALUES')?.['ENUM-VALUE'])) {
      const other = attr(child(child(value, 'PROPERTIES'), 'EMBEDDED-VALUE'), 'OTHER-CONTENT').trim();
      const id = attr(value, 'IDENTIFIER');
      literals.set(id, attr(value, 'LONG-NAME').trim() || other || id);
    }
  }
  return literals;
}

/** SPEC-OBJECT identifiers in the order the specifications' hierarchies list them, depth first. */
function hierarchyOrder(content: Node): string[] {
  const order: string[] = [];
  const walk = (children: Node | undefined) => {
    for (const h of list(children?.['SPEC-HIERARCHY'])) {
      const ref = refIn(child(h, 'OBJECT'));
      if (ref) order.push(ref);
      walk(child(h, 'CHILDREN'));
    }
  };
  for (const spec of list(child(content, 'SPECIFICATIONS')?.SPECIFICATION)) walk(child(spec, 'CHILDREN'));
  return order;
}

function valueText(kind: string, value: Node, literals: Map<string, string>): string {
  if (kind === 'XHTML') return xhtmlToText(typeof value['THE-VALUE'] === 'string' ? value['THE-VALUE'] : '');
  if (kind === 'ENUMERATION') {
    const refs = list(child(value, 'VALUES')?.['ENUM-VALUE-REF']).map((r) => textOf(r));
    return refs.map((r) => literals.get(r) ?? r).join(', ');
  }
  return attr(value, 'THE-VALUE');
}

export function readReqif(xml: string): ReqifTable {
  const root = parse(xml);
  const header = child(child(root, 'THE-HEADER'), 'REQ-IF-HEADER');
  const sourceTool = textOf(header?.['SOURCE-TOOL-ID']) || textOf(header?.['REQ-IF-TOOL-ID']);
  const content = child(child(root, 'CORE-CONTENT'), 'REQ-IF-CONTENT');
  if (!content) throw new ReqifError('The REQ-IF element has no CORE-CONTENT > REQ-IF-CONTENT.');
  const defs = definitions(content);
  const literals = enumLiterals(content);

  const byId = new Map<string, ReqifRow>();
  for (const object of list(child(content, 'SPEC-OBJECTS')?.['SPEC-OBJECT'])) {
    const identifier = attr(object, 'IDENTIFIER');
    if (!identifier) throw new ReqifError(`A SPEC-OBJECT (number ${byId.size + 1}) has no IDENTIFIER.`);
    if (byId.has(identifier)) throw new ReqifError(`SPEC-OBJECT "${identifier}" appears twice.`);
    const cells: Record<string, string> = { [IDENTIFIER_COLUMN]: identifier };
    const longName = attr(object, 'LONG-NAME');
    if (longName) cells['LONG-NAME'] = longName;
    for (const { kind, node } of childrenByPrefix(child(object, 'VALUES'), 'ATTRIBUTE-VALUE-')) {
      const ref = refIn(child(node, 'DEFINITION'));
      const def = defs.get(ref);
      if (!def) throw new ReqifError(`SPEC-OBJECT "${identifier}": an ATTRIBUTE-VALUE-${kind} refers to attribute definition "${ref}", which no SPEC-OBJECT-TYPE defines.`);
      cells[def.column] = valueText(kind, node, literals);
    }
    byId.set(identifier, { identifier, cells });
  }

  // Objects the specifications list come first, in their order; any others follow in file order.
  const ordered = new Set<ReqifRow>();
  for (const id of hierarchyOrder(content)) {
    const row = byId.get(id);
    if (row) ordered.add(row);
  }
  for (const row of byId.values()) ordered.add(row);

  const columns = new Map<string, ReqifColumn>([[IDENTIFIER_COLUMN, { name: IDENTIFIER_COLUMN, kind: 'IDENTIFIER' }]]);
  if ([...ordered].some((r) => 'LONG-NAME' in r.cells)) columns.set('LONG-NAME', { name: 'LONG-NAME', kind: 'STRING' });
  for (const def of defs.values()) if (!columns.has(def.column)) columns.set(def.column, { name: def.column, kind: def.kind });
  return { sourceTool, columns: [...columns.values()], rows: [...ordered] };
}
