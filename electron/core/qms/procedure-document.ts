import type { Block, ContentSection, DocumentContent } from '../../../shared/documents/content';
import { clauseTitle, compareClauses } from '../../../shared/qms/clauses';
import { applies, type QmsFacts } from '../../../shared/qms/facts';
import { neededProcedures } from '../../../shared/qms/procedure-set';
import { procedureClauses, type ProcedureDef } from '../../../shared/qms/procedure-types';
import { recordRef } from '../documents/canonical';

/**
 * Turns a section's text into blocks: paragraphs are separated by blank lines, and consecutive lines
 * starting with "- " form a list, so the team writes plain text and the PDF still shows structure.
 */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let prose: string[] = [];
    let items: string[] = [];
    const flushProse = () => {
      if (prose.length) blocks.push({ kind: 'paragraph', text: prose.join(' ') });
      prose = [];
    };
    const flushItems = () => {
      if (items.length) blocks.push({ kind: 'list', items });
      items = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith('- ')) {
        flushProse();
        items.push(line.slice(2).trim());
      } else {
        flushItems();
        prose.push(line);
      }
    }
    flushProse();
    flushItems();
  }
  return blocks;
}

export interface ProcedureSource {
  def: ProcedureDef;
  facts: QmsFacts;
  /** Each section's text as it stands, by section id. */
  texts: ReadonlyMap<string, string>;
}

const CLAUSE_LINE = 'ISO 13485:2016: ';
const clauseLine = (clauses: readonly string[]): Block => ({ kind: 'paragraph', text: `${CLAUSE_LINE}${clauses.join(', ')}` });
/** A section whose every clause is out of scope names none rather than an empty list. */
const clauseLines = (clauses: readonly string[]): Block[] => (clauses.length > 0 ? [clauseLine(clauses)] : []);

/** The clauses a procedure claims: those in the company's scope only, so no document answers a clause the manual leaves out. */
const claimed = (f: QmsFacts, clauses: readonly string[]) => clauses.filter((c) => applies(f, c));

/** The clauses a procedure document says its sections answer, read back from its content (issued or live). */
export function claimedClauses(content: DocumentContent): string[] {
  const lines = content.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'paragraph' && b.text.startsWith(CLAUSE_LINE) ? [b.text.slice(CLAUSE_LINE.length)] : []));
  return [...new Set(lines.flatMap((l) => l.split(', ')).filter((c) => c !== ''))];
}

/** The quality manual's generated parts: the clauses not applied with their justification, and the procedure set. */
function manualSections(facts: QmsFacts): ContentSection[] {
  return [
    {
      heading: 'Clauses not applied',
      blocks: [
        clauseLine(['4.2.2']),
        {
          kind: 'table',
          columns: [
            { header: 'Clause', width: 10 },
            { header: 'Title', width: 30 },
            { header: 'Decision', width: 15 },
            { header: 'Justification', width: 45 },
          ],
          rows: [...facts.outOfScope]
            .sort((a, b) => compareClauses(a.clause, b.clause))
            .map((d) => [d.clause, clauseTitle(d.clause), d.status === 'excluded' ? 'Excluded' : 'Not applicable', d.justification]),
          emptyText: 'Every clause of ISO 13485:2016 applies.',
        },
      ],
    },
    {
      heading: 'Procedure set',
      blocks: [
        clauseLine(['4.2.1']),
        {
          kind: 'table',
          columns: [
            { header: 'ID', width: 14 },
            { header: 'Procedure', width: 40 },
            { header: 'Clauses answered', width: 46 },
          ],
          rows: neededProcedures(facts)
            .filter((p) => p.kind === 'sop')
            .map((p) => [p.key, p.title, claimed(facts, procedureClauses(p)).sort(compareClauses).join(', ')]),
        },
      ],
    },
  ];
}

/** The mapping auditors look for: each clause and the sections of this document that answer it. */
function mappingSection(def: ProcedureDef, facts: QmsFacts): ContentSection {
  const clauses = claimed(facts, procedureClauses(def)).sort(compareClauses);
  return {
    heading: 'Mapping of ISO 13485:2016 clauses to sections',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'Clause', width: 12 },
          { header: 'Title', width: 44 },
          { header: 'Answered in', width: 44 },
        ],
        rows: clauses.map((c) => [
          c,
          clauseTitle(c),
          def.sections
            .filter((s) => s.clauses.includes(c))
            .map((s) => s.heading)
            .join('; '),
        ]),
      },
    ],
  };
}

/** A procedure as a controlled document: its sections in the team's words (or Cairn's), with clauses named. */
export function buildProcedureDocument({ def, facts, texts }: ProcedureSource): DocumentContent {
  const sections: ContentSection[] = def.sections.map((s) => ({ heading: s.heading, blocks: [...clauseLines(claimed(facts, s.clauses)), ...textBlocks(texts.get(s.id) ?? '')] }));
  if (def.kind === 'manual') sections.splice(1, 0, ...manualSections(facts));
  sections.push(mappingSection(def, facts));
  return {
    docKey: def.key,
    title: def.title,
    orientation: 'portrait',
    purpose: def.purpose(facts),
    sections,
    records: [
      recordRef(`qms:${def.key}:purpose`, 'purpose', 'Purpose', def.purpose(facts)),
      recordRef(`qms:${def.key}:clauses`, 'clauses', 'Clauses answered', claimed(facts, procedureClauses(def))),
      ...def.sections.map((s) => recordRef(`qms:${def.key}:${s.id}`, 'procedure section', s.heading, texts.get(s.id) ?? '')),
      ...(def.kind === 'manual'
        ? [
            recordRef('qms:scope', 'scope', 'Clauses not applied', facts.outOfScope),
            recordRef(
              'qms:set',
              'procedure set',
              'Procedure set',
              neededProcedures(facts).map((p) => p.key),
            ),
          ]
        : []),
    ],
  };
}
