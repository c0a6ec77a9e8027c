import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, type DocumentDetail } from '../../shared/api/documents-types';
import { instructionsIn } from '../../shared/documents/instruction-text';
import { SCOPE_QUESTIONS } from '../../shared/qms/scope';
import { CHECKLISTS } from '../../shared/reviews/checklists';
import { RISK_PLAN_FIELD_TEXT } from '../../shared/risk/plan-fields';
import { textOf } from '../support/document-text';
import { sampleWithEveryDocumentType } from '../support/every-document-type';
import type { CoreFixture } from './core-fixture';

// Signed documents state facts; the app's instructions (which screen to open, what to list, what Cairn does)
// never belong in them. Every document type is gathered from the sample project and read as text.

let f: CoreFixture;
let documents: DocumentDetail[] = [];
beforeAll(async () => {
  f = await sampleWithEveryDocumentType();
  documents = await Promise.all((await f.ok('documents.list', {})).map((d) => f.ok('documents.get', { documentId: d.id })));
}, 120_000);
afterAll(() => f.dispose());

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
