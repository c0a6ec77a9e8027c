import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, type DocumentDetail } from '../../shared/api/documents-types';
import type { ContentSection, DocumentContent } from '../../shared/documents/content';
import { instructionsIn } from '../../shared/documents/instruction-text';
import { SCOPE_QUESTIONS } from '../../shared/qms/scope';
import { CHECKLISTS } from '../../shared/reviews/checklists';
import { RISK_PLAN_FIELD_TEXT } from '../../shared/risk/plan-fields';
import { CoreFixture } from './core-fixture';

// Signed documents state facts; the app's instructions (which screen to open, what to list, what Cairn does)
// never belong in them. Every document type is gathered from the sample project and read as text.

let f: CoreFixture;
let documents: DocumentDetail[] = [];
beforeAll(async () => {
  f = new CoreFixture();
  await f.sample();
  const held = new Set((await f.ok('documents.list', {})).map((d) => d.type));
  // The types the sample does not hold yet, so every type is read.
  if (!held.has('detailed-design')) await f.ok('documents.create', { type: 'detailed-design' });
  if (!held.has('release-record')) await f.ok('documents.create', { type: 'release-record', version: '1.0.0' });
  for (const type of ['training-record', 'capa-log', 'audit-reports', 'management-reviews', 'supplier-list'] as const)
    if (!held.has(type)) await f.ok('documents.create', { type });
  documents = await Promise.all((await f.ok('documents.list', {})).map((d) => f.ok('documents.get', { documentId: d.id })));
}, 120_000);
afterAll(() => f.dispose());

function sectionText(s: ContentSection): string[] {
  const blocks = s.blocks.flatMap((b) => {
    if (b.kind === 'paragraph') return [b.text];
    if (b.kind === 'list') return b.items;
    if (b.kind === 'keyValue') return b.rows.flat();
    if (b.kind === 'table') return [...b.columns.map((c) => c.header), ...b.rows.flat(), b.emptyText ?? ''];
    return [b.description];
  });
  return [s.heading, ...blocks, ...(s.subsections ?? []).flatMap(sectionText)];
}

const textOf = (c: DocumentContent) => [c.title, c.purpose, ...c.sections.flatMap(sectionText)].join('\n');

/** The app's own guidance: the hints and help texts its wizards show beside the fields. */
const APP_GUIDANCE = [
  ...Object.values(RISK_PLAN_FIELD_TEXT).map((t) => t.hint),
  ...SCOPE_QUESTIONS.map((q) => q.help),
  ...Object.values(CHECKLISTS).flatMap((c) => c.questions.map((q) => q.help)),
];

describe('no instruction text in any document', () => {
  it('covers every document type', () => {
    expect(new Set(documents.map((d) => d.type))).toEqual(new Set(DOCUMENT_TYPES));
  });

  it('finds no on-screen instruction and no wizard guidance in any document’s text', () => {
    const found = documents.flatMap((d) => {
      const text = textOf(d.live.content);
      return [...instructionsIn(text), ...APP_GUIDANCE.filter((g) => text.includes(g)).map((g) => `guidance “${g}”`)].map((x) => `${d.docKey}: ${x}`);
    });
    expect(found).toEqual([]);
  });

  it('the scan itself catches the instructions the auditor found', () => {
    expect(instructionsIn('No review has been recorded yet. Record the clause 5.4.4 checklist on the Architecture screen.')).toHaveLength(1);
    expect(instructionsIn('For this decision Cairn treats a failure of the software as certain.')).toHaveLength(1);
    expect(instructionsIn('List each external measure relied on, with evidence.')).toHaveLength(1);
  });
});
