import type { SignedReview } from '../../../../shared/api/reviews-types';
import type { RecordSignature } from '../../../../shared/api/signature-types';
import type { Block, ContentSection, DocumentContent } from '../../../../shared/documents/content';
import { CHECKLISTS, REVIEW_ANSWER_LABELS, REVIEW_KINDS, REVIEW_RESULT_LABELS, REVIEW_RESULTS } from '../../../../shared/reviews/checklists';
import { UNIT_CHECK_LABELS, UNIT_CHECK_OUTCOME_LABELS, type UnitCheck } from '../../../../shared/reviews/unit-checks';
import { recordRef } from '../canonical';

export const VERIFICATION_RECORDS_KEY = 'VERIFICATION-RECORDS';

export interface VerificationRecordsInput {
  productName: string;
  /** Newest first, as the list gives them; the document lists them oldest first. */
  reviews: SignedReview[];
  /** "UNIT-007 FEV1 computation" for each unit a record names. */
  unitLabels: Map<number, string>;
}

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 19)} UTC`;

/** The manifestation 21 CFR 11.50 asks for, and a plain warning when the record changed after signing. */
function signatureText(s: RecordSignature): string {
  return `${s.signerName} (${s.signerRole}), ${s.meaning}, ${when(s.signedAt)}${s.current ? '' : ' — the record has changed since; this signature no longer covers it'}`;
}

function checkRow(c: UnitCheck): string[] {
  const figures = c.measuredPercent !== null ? `${c.measuredPercent}% measured, ${c.requiredPercent}% required` : '';
  return [UNIT_CHECK_LABELS[c.check], UNIT_CHECK_OUTCOME_LABELS[c.outcome], c.tool || '—', [figures, c.detail].filter(Boolean).join('; ') || '—'];
}

function reviewSection(review: SignedReview, unitLabels: Map<number, string>): ContentSection {
  const checklist = CHECKLISTS[review.kind];
  const unit = review.unit;
  const facts: [string, string][] = [
    ['Checklist', `${checklist.title} (IEC 62304 ${checklist.clause})`],
    ['Scope', review.scope || 'Not stated'],
    ...(unit
      ? ([
          ['Unit', `${unitLabels.get(unit.unitId) ?? `Software item ${unit.unitId}`}, class ${unit.unitClass}`],
          ['Commit or pull request', unit.changeRef],
          ['Anomalies raised', unit.anomalies.length ? unit.anomalies.join('; ') : 'None'],
        ] as [string, string][])
      : []),
    ['Result', REVIEW_RESULT_LABELS[review.result]],
    ['Reviewer', review.reviewerName],
    ['Recorded', when(review.recordedAt)],
    ['Signature', review.signatures.length ? review.signatures.map(signatureText).join('\n') : 'Not signed (recorded before reviews were signed)'],
  ];
  const blocks: Block[] = [{ kind: 'keyValue', rows: facts }];
  if (unit) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Check', width: 18 },
        { header: 'Result', width: 12 },
        { header: 'Tool or reviewer', width: 25 },
        { header: 'Outcome', width: 45 },
      ],
      rows: unit.checks.map(checkRow),
    });
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: 'Question', width: 58 },
      { header: 'Answer', width: 12 },
      { header: 'Note', width: 30 },
    ],
    rows: review.answers.map((a) => [a.text, REVIEW_ANSWER_LABELS[a.answer], a.note || '—']),
  });
  blocks.push({ kind: 'paragraph', text: `Findings: ${review.findings || 'none.'}` });
  return { heading: `${review.humanId}: ${checklist.title}`, blocks };
}

/**
 * Verification records (IEC 62304 5.2.6, 5.3.6, 5.4.4 and 5.5.5): every review recorded in the project,
 * each with the checklist as it was answered, the findings, the result and the reviewer's e-signature;
 * unit verifications also with the revision, the checks run and the anomalies raised.
 */
export function buildVerificationRecords(input: VerificationRecordsInput): DocumentContent {
  const reviews = [...input.reviews].reverse();
  const count = (pred: (r: SignedReview) => boolean) => String(reviews.filter(pred).length);
  return {
    docKey: VERIFICATION_RECORDS_KEY,
    title: 'Verification records',
    orientation: 'portrait',
    purpose:
      `This document collects the verification reviews recorded for ${input.productName}: of the software requirements, the architecture, ` +
      'the detailed design and each verified unit. Each shows the checklist as answered, the findings, the result and the signature of the reviewer.',
    sections: [
      {
        heading: 'Overview',
        blocks: [
          {
            kind: 'table',
            columns: [{ header: 'Kind', width: 40 }, { header: 'Records', width: 12 }, ...REVIEW_RESULTS.map((r) => ({ header: REVIEW_RESULT_LABELS[r], width: 16 }))],
            rows: REVIEW_KINDS.map((k) => [
              `${CHECKLISTS[k].title} (${CHECKLISTS[k].clause})`,
              count((r) => r.kind === k),
              ...REVIEW_RESULTS.map((res) => count((r) => r.kind === k && r.result === res)),
            ]),
          },
          {
            kind: 'paragraph',
            text: 'A signature binds the reviewer’s name, role, meaning and time to a SHA-256 hash of the record as recorded; a record changed after signing is marked here as no longer covered.',
          },
        ],
      },
      ...(reviews.length
        ? reviews.map((r) => reviewSection(r, input.unitLabels))
        : [{ heading: 'Records', blocks: [{ kind: 'paragraph' as const, text: 'No verification review has been recorded yet.' }] }]),
    ],
    records: reviews.map((r) => recordRef(`review:${r.humanId}`, 'review', `${r.humanId} ${CHECKLISTS[r.kind].title}`, r)),
  };
}
