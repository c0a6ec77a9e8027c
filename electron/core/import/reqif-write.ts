import { prefixedRichText } from '../../../shared/text/rich-text';
import { escapeXml, textToXhtml } from './xml-text';

/** One requirement as the ReqIF export writes it: plain strings, the text as XHTML. */
export interface ReqifRecord {
  key: string;
  lastChange: string;
  values: Record<string, string>;
  /** The XHTML column's value as sanitised rich text, written as it is instead of the plain value's lines. */
  richText?: string;
}

/** A place in a document's tree: a section with its title, or a record by key, each with what nests under it. */
export type ReqifTreeNode = { section: string; key: string; children: ReqifTreeNode[] } | { record: string; children: ReqifTreeNode[] };

/** One document (SPECIFICATION) and its tree. */
export interface ReqifOutline {
  title: string;
  nodes: ReqifTreeNode[];
}

/** A relation between two records by key, named by its type. */
export interface ReqifLink {
  from: string;
  to: string;
  type: string;
}

export interface ReqifDocument {
  title: string;
  createdAt: string;
  /** Column names in order; the one named `xhtmlColumn` is written as XHTML, the rest as STRING. */
  columns: readonly string[];
  xhtmlColumn: string;
  records: readonly ReqifRecord[];
  /** Documents with their sections and nesting; records no document holds follow in one more, named `title`. */
  documents?: readonly ReqifOutline[];
  relations?: readonly ReqifLink[];
}

const TOOL = 'Cairn';
const NS = 'http://www.omg.org/spec/ReqIF/20110401/reqif.xsd';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** An XML ID from any text: letters, digits, '-' and '_' only, never starting with a digit. */
const xmlId = (prefix: string, text: string) => `${prefix}-${text.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Every section in a tree, depth first. */
function sectionsIn(nodes: readonly ReqifTreeNode[]): { section: string; key: string }[] {
  return nodes.flatMap((n) => [...('section' in n ? [{ section: n.section, key: n.key }] : []), ...sectionsIn(n.children)]);
}

/**
 * ReqIF 1.2 with one SPEC-OBJECT-TYPE whose attributes are the columns, one SPEC-OBJECT per record, a
 * Section type (ReqIF.ChapterName) for headings, one SPECIFICATION per document with its tree, and the
 * relations under their own type names. Attribute names follow the DOORS convention where one exists
 * (ReqIF.ForeignID, ReqIF.Name, ReqIF.Text), so other tools map them without help.
 */
export function writeReqif(doc: ReqifDocument): string {
  const at = escapeXml(doc.createdAt, true);
  const defId = (column: string) => xmlId('AD', column);
  const attributeDefs = doc.columns
    .map((column) =>
      column === doc.xhtmlColumn
        ? `          <ATTRIBUTE-DEFINITION-XHTML IDENTIFIER="${defId(column)}" LONG-NAME="${escapeXml(column, true)}" LAST-CHANGE="${at}"><TYPE><DATATYPE-DEFINITION-XHTML-REF>DT-XHTML</DATATYPE-DEFINITION-XHTML-REF></TYPE></ATTRIBUTE-DEFINITION-XHTML>`
        : `          <ATTRIBUTE-DEFINITION-STRING IDENTIFIER="${defId(column)}" LONG-NAME="${escapeXml(column, true)}" LAST-CHANGE="${at}"><TYPE><DATATYPE-DEFINITION-STRING-REF>DT-STRING</DATATYPE-DEFINITION-STRING-REF></TYPE></ATTRIBUTE-DEFINITION-STRING>`,
    )
    .join('\n');
  const objects = doc.records
    .map((record) => {
      const values = doc.columns
        .map((column) => {
          const value = record.values[column] ?? '';
          return column === doc.xhtmlColumn
            ? `<ATTRIBUTE-VALUE-XHTML><DEFINITION><ATTRIBUTE-DEFINITION-XHTML-REF>${defId(column)}</ATTRIBUTE-DEFINITION-XHTML-REF></DEFINITION><THE-VALUE>${record.richText ? prefixedRichText(record.richText) : textToXhtml(value)}</THE-VALUE></ATTRIBUTE-VALUE-XHTML>`
            : `<ATTRIBUTE-VALUE-STRING THE-VALUE="${escapeXml(value, true)}"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>${defId(column)}</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION></ATTRIBUTE-VALUE-STRING>`;
        })
        .join('');
      return `      <SPEC-OBJECT IDENTIFIER="${xmlId('SO', record.key)}" LAST-CHANGE="${escapeXml(record.lastChange, true)}"><TYPE><SPEC-OBJECT-TYPE-REF>SOT-REQUIREMENT</SPEC-OBJECT-TYPE-REF></TYPE><VALUES>${values}</VALUES></SPEC-OBJECT>`;
    })
    .join('\n');
  const placed = new Set<string>();
  const collect = (nodes: readonly ReqifTreeNode[]): void =>
    nodes.forEach((n) => {
      if ('record' in n) placed.add(n.record);
      collect(n.children);
    });
  for (const d of doc.documents ?? []) collect(d.nodes);
  const rest = doc.records.filter((r) => !placed.has(r.key)).map((r): ReqifTreeNode => ({ record: r.key, children: [] }));
  const documents = [...(doc.documents ?? []), ...(rest.length > 0 || !doc.documents?.length ? [{ title: doc.title, nodes: rest }] : [])];
  const sections = documents.flatMap((d) => sectionsIn(d.nodes));
  const sectionObjects = sections
    .map(
      (s) =>
        `      <SPEC-OBJECT IDENTIFIER="${xmlId('SEC', s.key)}" LAST-CHANGE="${at}"><TYPE><SPEC-OBJECT-TYPE-REF>SOT-SECTION</SPEC-OBJECT-TYPE-REF></TYPE><VALUES><ATTRIBUTE-VALUE-STRING THE-VALUE="${escapeXml(s.section, true)}"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>AD-CHAPTER</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION></ATTRIBUTE-VALUE-STRING></VALUES></SPEC-OBJECT>`,
    )
    .join('\n');
  const tree = (nodes: readonly ReqifTreeNode[], depth: number): string =>
    nodes
      .map((n) => {
        const key = 'record' in n ? xmlId('SO', n.record) : xmlId('SEC', n.key);
        const children = n.children.length > 0 ? `<CHILDREN>\n${tree(n.children, depth + 1)}\n${'  '.repeat(depth)}</CHILDREN>` : '';
        return `${'  '.repeat(depth)}<SPEC-HIERARCHY IDENTIFIER="${xmlId('SH', key)}" LAST-CHANGE="${at}"><OBJECT><SPEC-OBJECT-REF>${key}</SPEC-OBJECT-REF></OBJECT>${children}</SPEC-HIERARCHY>`;
      })
      .join('\n');
  const specifications = documents
    .map(
      (d, i) => `        <SPECIFICATION IDENTIFIER="SPEC-${i + 1}" LONG-NAME="${escapeXml(d.title, true)}" LAST-CHANGE="${at}">
          <TYPE><SPECIFICATION-TYPE-REF>ST-SRS</SPECIFICATION-TYPE-REF></TYPE>${d.nodes.length > 0 ? `\n          <CHILDREN>\n${tree(d.nodes, 6)}\n          </CHILDREN>` : ''}
        </SPECIFICATION>`,
    )
    .join('\n');
  const relationTypes = [...new Set((doc.relations ?? []).map((r) => r.type))];
  const relationTypeDefs = relationTypes
    .map((t) => `\n        <SPEC-RELATION-TYPE IDENTIFIER="${xmlId('SRT', t)}" LONG-NAME="${escapeXml(t, true)}" LAST-CHANGE="${at}"/>`)
    .join('');
  const relations = (doc.relations ?? [])
    .map(
      (r, i) =>
        `        <SPEC-RELATION IDENTIFIER="REL-${i + 1}" LAST-CHANGE="${at}"><TYPE><SPEC-RELATION-TYPE-REF>${xmlId('SRT', r.type)}</SPEC-RELATION-TYPE-REF></TYPE><SOURCE><SPEC-OBJECT-REF>${xmlId('SO', r.from)}</SPEC-OBJECT-REF></SOURCE><TARGET><SPEC-OBJECT-REF>${xmlId('SO', r.to)}</SPEC-OBJECT-REF></TARGET></SPEC-RELATION>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<REQ-IF xmlns="${NS}" xmlns:xhtml="${XHTML_NS}">
  <THE-HEADER>
    <REQ-IF-HEADER IDENTIFIER="HEADER">
      <CREATION-TIME>${at}</CREATION-TIME>
      <REQ-IF-TOOL-ID>${TOOL}</REQ-IF-TOOL-ID>
      <REQ-IF-VERSION>1.0</REQ-IF-VERSION>
      <SOURCE-TOOL-ID>${TOOL}</SOURCE-TOOL-ID>
      <TITLE>${escapeXml(doc.title)}</TITLE>
    </REQ-IF-HEADER>
  </THE-HEADER>
  <CORE-CONTENT>
    <REQ-IF-CONTENT>
      <DATATYPES>
        <DATATYPE-DEFINITION-STRING IDENTIFIER="DT-STRING" LONG-NAME="Text" LAST-CHANGE="${at}" MAX-LENGTH="100000"/>
        <DATATYPE-DEFINITION-XHTML IDENTIFIER="DT-XHTML" LONG-NAME="Formatted text" LAST-CHANGE="${at}"/>
      </DATATYPES>
      <SPEC-TYPES>
        <SPEC-OBJECT-TYPE IDENTIFIER="SOT-REQUIREMENT" LONG-NAME="Software requirement" LAST-CHANGE="${at}">
          <SPEC-ATTRIBUTES>
${attributeDefs}
          </SPEC-ATTRIBUTES>
        </SPEC-OBJECT-TYPE>
        <SPEC-OBJECT-TYPE IDENTIFIER="SOT-SECTION" LONG-NAME="Section" LAST-CHANGE="${at}">
          <SPEC-ATTRIBUTES>
            <ATTRIBUTE-DEFINITION-STRING IDENTIFIER="AD-CHAPTER" LONG-NAME="ReqIF.ChapterName" LAST-CHANGE="${at}"><TYPE><DATATYPE-DEFINITION-STRING-REF>DT-STRING</DATATYPE-DEFINITION-STRING-REF></TYPE></ATTRIBUTE-DEFINITION-STRING>
          </SPEC-ATTRIBUTES>
        </SPEC-OBJECT-TYPE>
        <SPECIFICATION-TYPE IDENTIFIER="ST-SRS" LONG-NAME="Software requirements specification" LAST-CHANGE="${at}"/>${relationTypeDefs}
      </SPEC-TYPES>
      <SPEC-OBJECTS>
${[objects, sectionObjects].filter(Boolean).join('\n')}
      </SPEC-OBJECTS>${relations ? `\n      <SPEC-RELATIONS>\n${relations}\n      </SPEC-RELATIONS>` : ''}
      <SPECIFICATIONS>
${specifications}
      </SPECIFICATIONS>
    </REQ-IF-CONTENT>
  </CORE-CONTENT>
</REQ-IF>
`;
}
