import { escapeXml, textToXhtml } from './xml-text';

/** One requirement as the ReqIF export writes it: plain strings, the text as XHTML. */
export interface ReqifRecord {
  key: string;
  lastChange: string;
  values: Record<string, string>;
}

export interface ReqifDocument {
  title: string;
  createdAt: string;
  /** Column names in order; the one named `xhtmlColumn` is written as XHTML, the rest as STRING. */
  columns: readonly string[];
  xhtmlColumn: string;
  records: readonly ReqifRecord[];
}

const TOOL = 'Cairn';
const NS = 'http://www.omg.org/spec/ReqIF/20110401/reqif.xsd';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** An XML ID from any text: letters, digits, '-' and '_' only, never starting with a digit. */
const xmlId = (prefix: string, text: string) => `${prefix}-${text.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * ReqIF 1.2 with one SPEC-OBJECT-TYPE whose attributes are the columns, one SPEC-OBJECT per record and one
 * SPECIFICATION listing them in order. Attribute names follow the DOORS convention where one exists
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
            ? `<ATTRIBUTE-VALUE-XHTML><DEFINITION><ATTRIBUTE-DEFINITION-XHTML-REF>${defId(column)}</ATTRIBUTE-DEFINITION-XHTML-REF></DEFINITION><THE-VALUE>${textToXhtml(value)}</THE-VALUE></ATTRIBUTE-VALUE-XHTML>`
            : `<ATTRIBUTE-VALUE-STRING THE-VALUE="${escapeXml(value, true)}"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>${defId(column)}</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION></ATTRIBUTE-VALUE-STRING>`;
        })
        .join('');
      return `      <SPEC-OBJECT IDENTIFIER="${xmlId('SO', record.key)}" LAST-CHANGE="${escapeXml(record.lastChange, true)}"><TYPE><SPEC-OBJECT-TYPE-REF>SOT-REQUIREMENT</SPEC-OBJECT-TYPE-REF></TYPE><VALUES>${values}</VALUES></SPEC-OBJECT>`;
    })
    .join('\n');
  const hierarchy = doc.records
    .map((record) => `          <SPEC-HIERARCHY IDENTIFIER="${xmlId('SH', record.key)}" LAST-CHANGE="${at}"><OBJECT><SPEC-OBJECT-REF>${xmlId('SO', record.key)}</SPEC-OBJECT-REF></OBJECT></SPEC-HIERARCHY>`)
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
        <SPECIFICATION-TYPE IDENTIFIER="ST-SRS" LONG-NAME="Software requirements specification" LAST-CHANGE="${at}"/>
      </SPEC-TYPES>
      <SPEC-OBJECTS>
${objects}
      </SPEC-OBJECTS>
      <SPECIFICATIONS>
        <SPECIFICATION IDENTIFIER="SPEC-SRS" LONG-NAME="${escapeXml(doc.title, true)}" LAST-CHANGE="${at}">
          <TYPE><SPECIFICATION-TYPE-REF>ST-SRS</SPECIFICATION-TYPE-REF></TYPE>
          <CHILDREN>
${hierarchy}
          </CHILDREN>
        </SPECIFICATION>
      </SPECIFICATIONS>
    </REQ-IF-CONTENT>
  </CORE-CONTENT>
</REQ-IF>
`;
}
