import { humanIdProblem } from './fields';
import { IMPORT_FIELDS, squash, type ImportField } from './mapping';

type Mapping = Partial<Record<ImportField, string>>;

/**
 * Column names different tools use for each field, squashed (see `squash`). The ReqIF Implementation Guide's
 * standard names (ReqIF.ForeignID, ReqIF.Name, ReqIF.Text, ReqIF.ChapterName, ReqIF.Description,
 * ReqIF.Category) arrive as foreignid, name, text, chaptername, description, category; DOORS writes
 * "Object Identifier", "Object Heading" and "Object Text"; Capella the same standard names without the dot;
 * StrictDoc UID, TITLE, STATEMENT; Enterprise Architect Name, Alias, Notes, Stereotype; spreadsheets anything.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  humanId: ['id', 'foreignid', 'identifier', 'reqid', 'requirementid', 'key', 'number', 'objectidentifier', 'polarionid', 'uid', 'alias'],
  title: ['title', 'name', 'summary', 'shorttext'],
  text: ['text', 'description', 'requirement', 'requirementtext', 'statement', 'body', 'details', 'objecttext', 'content'],
  type: ['type', 'category', 'kind', 'requirementtype', 'classification', 'stereotype'],
  source: ['source', 'origin', 'sourcetype'],
  sourceRef: ['sourceref', 'sourcereference', 'userneed', 'userneedid', 'systemrequirement', 'parent', 'derivedfrom', 'tracesto'],
  rationale: ['rationale', 'reason', 'justification', 'why'],
  acceptanceCriteria: ['acceptancecriteria', 'acceptancecriterion', 'acceptance', 'fitcriterion', 'passcriteria'],
  verificationMethod: ['verificationmethod', 'verification', 'verifiedby', 'verifymethod', 'testmethod'],
  status: ['status', 'state', 'workflowstatus', 'lifecyclestate'],
  items: ['softwareitem', 'softwareitems', 'item', 'items', 'component', 'allocatedto', 'allocation', 'module'],
  heading: ['chaptername', 'heading', 'objectheading', 'sectiontitle', 'section'],
};

/** Proposes a mapping from column names alone; each field takes the first column that names it, each column feeds one field. */
export function proposeMapping(columns: readonly string[]): Mapping {
  const mapping: Mapping = {};
  const taken = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    for (const synonym of SYNONYMS[field]) {
      const column = columns.find((c) => !taken.has(c) && squash(c) === synonym);
      if (column !== undefined) {
        mapping[field] = column;
        taken.add(column);
        break;
      }
    }
  }
  return mapping;
}

/** A column as the reader found it: its name and datatype (ReqIF STRING, XHTML, ENUMERATION …, or "text" for CSV). */
export interface SourceColumn {
  name: string;
  kind: string;
}

export interface MappingProposal {
  mapping: Mapping;
  /** Why the proposal differs from what the names alone suggest, for the preview. */
  notes: string[];
}

/** Kinds that can hold requirement text; numbers, dates, enumerations and our IDENTIFIER cannot. */
const TEXT_KINDS = new Set(['STRING', 'XHTML', 'text']);

/** Our pseudo-column holding each ReqIF SPEC-OBJECT's IDENTIFIER (see reqif-read). */
const IDENTIFIER_COLUMN = 'IDENTIFIER';

/** The first value of `column` that is empty, invalid or repeated among `rows`, described; null when every value can be an ID. */
function idProblem(column: string, rows: readonly { where: string; cells: Record<string, string> }[]): string | null {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const value = (row.cells[column] ?? '').trim();
    if (!value) return `${row.where} has no "${column}"`;
    if (humanIdProblem(value)) return `"${value}" (${row.where}) cannot be an ID`;
    const earlier = seen.get(value);
    if (earlier) return `"${column}" repeats "${value}" (${earlier} and ${row.where})`;
    seen.set(value, row.where);
  }
  return null;
}

/**
 * The mapping Cairn offers for a file with no saved one, from names first and then from the data:
 * - text: a column named as text, else the string or XHTML column with the most text (tools that call it "Notes");
 * - ID: when the file has SPEC-OBJECT IDENTIFIERs, the foreign ID only where every requirement has its own,
 *   else the IDENTIFIER (a copied object keeps its foreign ID but gets a new IDENTIFIER). A CSV keeps the
 *   named ID column even when it repeats, so the import refuses the file and names both rows.
 */
export function proposeImportMapping(columns: readonly SourceColumn[], rows: readonly { where: string; cells: Record<string, string> }[]): MappingProposal {
  const names = columns.map((c) => c.name);
  const mapping = proposeMapping(names.filter((n) => n !== IDENTIFIER_COLUMN));
  const notes: string[] = [];
  if (!mapping.text) {
    const taken = new Set(Object.values(mapping));
    const volume = (name: string) => rows.reduce((sum, r) => sum + (r.cells[name]?.length ?? 0), 0);
    const best = columns
      .filter((c) => TEXT_KINDS.has(c.kind) && !taken.has(c.name) && c.name !== IDENTIFIER_COLUMN && volume(c.name) > 0)
      .sort((a, b) => volume(b.name) - volume(a.name))[0];
    if (best) {
      mapping.text = best.name;
      notes.push(`No column is named as requirement text; "${best.name}" holds the most text, so it is proposed.`);
    }
  }
  if (!names.includes(IDENTIFIER_COLUMN)) return { mapping, notes };
  const text = mapping.text;
  const requirements = text ? rows.filter((r) => (r.cells[text] ?? '').trim()) : [];
  const named = mapping.humanId;
  const problem = named ? idProblem(named, requirements) : 'no column is named as the ID';
  if (problem) {
    const fallback = idProblem(IDENTIFIER_COLUMN, requirements) ? undefined : IDENTIFIER_COLUMN;
    if (fallback) mapping.humanId = fallback;
    else delete mapping.humanId;
    notes.push(`${problem[0]?.toUpperCase()}${problem.slice(1)}: ${fallback ? "each SPEC-OBJECT's IDENTIFIER is proposed as the ID instead" : 'new IDs (REQ-n) are proposed'}.`);
  }
  return { mapping, notes };
}
