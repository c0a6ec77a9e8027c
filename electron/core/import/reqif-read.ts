import { attr, child, childrenByPrefix, list, refIn, textOf, type XmlNode } from './reqif-nodes';
import { hierarchy, relations, type ReqifRelation } from './reqif-structure';
import { sanitiseRichText } from '../../../shared/text/rich-text';
import { xhtmlToText } from './xml-text';
import { readXmlTree, XmlSyntaxError } from './xml-tree';

export type { ReqifRelation } from './reqif-structure';

/**
 * Reads ReqIF 1.2 as the tools write it, in one parse: attribute definitions per SPEC-OBJECT-TYPE (STRING,
 * XHTML, ENUMERATION, INTEGER, REAL, BOOLEAN, DATE), LONG-NAMEs that may be missing (the IDENTIFIER stands
 * in), values keyed by their definition, the specifications' trees and the relations. Each SPEC-OBJECT
 * becomes one row of named cells, in the order the specifications list them. No DTD is ever read: a
 * DOCTYPE or entity declaration is refused outright.
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
  /** The sanitised XHTML of each rich-text cell, by column; its plain reading is in `cells`. */
  rich: Record<string, string>;
  /** The object above this one in its specification's tree; null at the top or when no specification lists it. */
  parent: string | null;
  /** The SPECIFICATION listing it ('' when none does). */
  specification: string;
}

export interface ReqifTable {
  sourceTool: string;
  columns: ReqifColumn[];
  rows: ReqifRow[];
  relations: ReqifRelation[];
  /** What was read although the file is not quite as ReqIF says, each naming what and where. */
  warnings: string[];
}

/** Our own pseudo-column for each SPEC-OBJECT's IDENTIFIER, offered as the ID when the file has no better one. */
export const IDENTIFIER_COLUMN = 'IDENTIFIER';

/** Rich text stays raw XHTML until it is sanitised and read as lines. */
const keepsRaw = (local: string, parent: string) => local === 'THE-VALUE' && parent === 'ATTRIBUTE-VALUE-XHTML';

function refuseDtd(xml: string): void {
  const head = xml.slice(0, 4096);
  if (/<!DOCTYPE/i.test(head) || /<!ENTITY/i.test(xml)) throw new ReqifError('The file declares a DOCTYPE or entities; ReqIF needs neither, and Cairn does not read them.');
}

function parse(xml: string): XmlNode {
  refuseDtd(xml);
  let tree: XmlNode;
  try {
    tree = readXmlTree(xml, keepsRaw);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new ReqifError(error.message);
    throw error;
  }
  const root = child(tree, 'REQ-IF');
  if (!root) throw new ReqifError('This is XML but not ReqIF: there is no REQ-IF element.');
  return root;
}

interface Definition {
  column: string;
  kind: string;
}

interface Definitions {
  /** Every attribute definition by IDENTIFIER; equal names share a column. */
  all: Map<string, Definition>;
  /** Which definitions each SPEC-OBJECT-TYPE declares. */
  byType: Map<string, Set<string>>;
}

function definitions(content: XmlNode): Definitions {
  const all = new Map<string, Definition>();
  const byType = new Map<string, Set<string>>();
  for (const type of list(child(content, 'SPEC-TYPES')?.['SPEC-OBJECT-TYPE'])) {
    const declared = new Set<string>();
    byType.set(attr(type, 'IDENTIFIER'), declared);
    for (const { kind, node } of childrenByPrefix(child(type, 'SPEC-ATTRIBUTES'), 'ATTRIBUTE-DEFINITION-')) {
      const id = attr(node, 'IDENTIFIER');
      if (!id) throw new ReqifError(`An ATTRIBUTE-DEFINITION-${kind} of SPEC-OBJECT-TYPE "${attr(type, 'IDENTIFIER')}" has no IDENTIFIER.`);
      all.set(id, { column: attr(node, 'LONG-NAME').trim() || id, kind });
      declared.add(id);
    }
  }
  return { all, byType };
}

/** Enumeration literals by IDENTIFIER: their LONG-NAME, else the OTHER-CONTENT text, else the IDENTIFIER (KEY is only a number). */
function enumLiterals(content: XmlNode): Map<string, string> {
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

function valueText(kind: string, value: XmlNode, literals: Map<string, string>): string {
  if (kind === 'ENUMERATION') {
    const refs = list(child(value, 'VALUES')?.['ENUM-VALUE-REF']).map((r) => textOf(r));
    return refs.map((r) => literals.get(r) ?? r).join(', ');
  }
  return attr(value, 'THE-VALUE');
}

/**
 * Values whose definition the object's own type does not declare. Real exports do this (DOORS with OLE
 * text, types trimmed by a filter): the value is kept, under the definition's name when another type
 * declares it and under its IDENTIFIER otherwise, and one warning per definition says so.
 */
class StrayValues {
  private readonly seen = new Map<string, { kind: string; column: string; first: string; count: number; elsewhere: boolean }>();

  note(ref: string, kind: string, column: string, object: string, elsewhere: boolean): void {
    const entry = this.seen.get(ref) ?? { kind, column, first: object, count: 0, elsewhere };
    entry.count += 1;
    this.seen.set(ref, entry);
  }

  warnings(): string[] {
    return [...this.seen].map(([ref, s]) => {
      const where = s.count === 1 ? `SPEC-OBJECT "${s.first}"` : `${s.count} SPEC-OBJECTs (first "${s.first}")`;
      const why = s.elsewhere ? 'which its SPEC-OBJECT-TYPE does not declare' : 'which no SPEC-OBJECT-TYPE defines';
      return `${where}: an ATTRIBUTE-VALUE-${s.kind} refers to attribute definition "${ref}", ${why}; the value is kept as column "${s.column}".`;
    });
  }
}

export function readReqif(xml: string): ReqifTable {
  const root = parse(xml);
  const header = child(child(root, 'THE-HEADER'), 'REQ-IF-HEADER');
  const sourceTool = textOf(header?.['SOURCE-TOOL-ID']) || textOf(header?.['REQ-IF-TOOL-ID']);
  const content = child(child(root, 'CORE-CONTENT'), 'REQ-IF-CONTENT');
  if (!content) throw new ReqifError('The REQ-IF element has no CORE-CONTENT > REQ-IF-CONTENT.');
  const defs = definitions(content);
  const literals = enumLiterals(content);
  const places = hierarchy(content);
  const stray = new StrayValues();
  const extraColumns = new Map<string, ReqifColumn>();

  const byId = new Map<string, ReqifRow>();
  for (const object of list(child(content, 'SPEC-OBJECTS')?.['SPEC-OBJECT'])) {
    const identifier = attr(object, 'IDENTIFIER');
    if (!identifier) throw new ReqifError(`A SPEC-OBJECT (number ${byId.size + 1}) has no IDENTIFIER.`);
    if (byId.has(identifier)) throw new ReqifError(`SPEC-OBJECT "${identifier}" appears twice.`);
    const declared = defs.byType.get(refIn(child(object, 'TYPE')));
    const cells: Record<string, string> = { [IDENTIFIER_COLUMN]: identifier };
    const rich: Record<string, string> = {};
    const longName = attr(object, 'LONG-NAME');
    if (longName) cells['LONG-NAME'] = longName;
    for (const { kind, node } of childrenByPrefix(child(object, 'VALUES'), 'ATTRIBUTE-VALUE-')) {
      const ref = refIn(child(node, 'DEFINITION'));
      const def = defs.all.get(ref);
      const column = def?.column ?? ref;
      if (!def || !declared?.has(ref)) {
        stray.note(ref, kind, column, identifier, def !== undefined);
        if (!def && !extraColumns.has(column)) extraColumns.set(column, { name: column, kind });
      }
      if (kind === 'XHTML') {
        // Read from the sanitised markup, so the plain text never holds what a script element carried.
        rich[column] = sanitiseRichText(typeof node['THE-VALUE'] === 'string' ? node['THE-VALUE'] : '');
        cells[column] = xhtmlToText(rich[column]);
      } else cells[column] = valueText(kind, node, literals);
    }
    const place = places.get(identifier);
    byId.set(identifier, { identifier, cells, rich, parent: place?.parent ?? null, specification: place?.specification ?? '' });
  }

  // Objects the specifications list come first, in their order; any others follow in file order.
  const ordered = new Set<ReqifRow>();
  for (const id of places.keys()) {
    const row = byId.get(id);
    if (row) ordered.add(row);
  }
  for (const row of byId.values()) ordered.add(row);

  const columns = new Map<string, ReqifColumn>([[IDENTIFIER_COLUMN, { name: IDENTIFIER_COLUMN, kind: 'IDENTIFIER' }]]);
  if ([...ordered].some((r) => 'LONG-NAME' in r.cells)) columns.set('LONG-NAME', { name: 'LONG-NAME', kind: 'STRING' });
  for (const def of defs.all.values()) if (!columns.has(def.column)) columns.set(def.column, { name: def.column, kind: def.kind });
  for (const extra of extraColumns.values()) if (!columns.has(extra.name)) columns.set(extra.name, extra);

  const known = (id: string) => byId.has(id);
  const links = relations(content);
  const dangling = links.filter((r) => !known(r.source) || !known(r.target));
  const warnings = [
    ...stray.warnings(),
    ...dangling.map((r) => `A "${r.type}" relation from "${r.source}" to "${r.target}" names an object the file does not hold; it is left out.`),
  ];
  return { sourceTool, columns: [...columns.values()], rows: [...ordered], relations: links.filter((r) => known(r.source) && known(r.target)), warnings };
}
