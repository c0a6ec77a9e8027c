import type { RequirementFacts } from '../facts';
import { listIds, type CheckRule } from '../rule';

const REQUIREMENT_KEY = 'requirement:';
const blank = (s: string) => s.trim() === '';

/** Why a requirement is not ready to stand in an approved document, or null when it is. */
function unfinished(r: RequirementFacts): string | null {
  if (r.status === 'draft') return 'Draft';
  if (blank(r.acceptanceCriteria)) return 'no acceptance criterion';
  return null;
}

/** An approved document whose signed content holds requirements that are still Draft or incomplete. */
export const approvedDocumentUnfinishedRecords: CheckRule = {
  rule: 'approved-document-unfinished-records',
  severity: 'error',
  clause: 'IEC 62304 5.2.6; ISO 13485 4.2.4',
  home: 'requirements',
  run: (f) => {
    const byId = new Map(f.requirements.map((r) => [r.humanId, r]));
    return f.documents.flatMap((d) => {
      if (!d.approved) return [];
      const held = d.approved.recordKeys.filter((k) => k.startsWith(REQUIREMENT_KEY)).map((k) => byId.get(k.slice(REQUIREMENT_KEY.length)));
      const open = held.flatMap((r) => {
        const why = r ? unfinished(r) : null;
        return r && why ? [`${r.humanId} (${why})`] : [];
      });
      if (open.length === 0) return [];
      const ids = open.map((o) => o.split(' ')[0] ?? o);
      return [
        {
          records: [d.docKey, ...ids],
          message: `${d.docKey} v${d.approved.version} is approved, yet it holds requirements that are not finished: ${listIds(open)}.`,
          fix: `Complete and approve ${listIds(ids)} (or mark them obsolete), then issue a new version of ${d.docKey} for review.`,
        },
      ];
    });
  },
};

/** A live requirement created or changed after the newest requirements review: nobody has reviewed it as it stands. */
export const changedAfterReview: CheckRule = {
  rule: 'changed-after-review',
  severity: 'error',
  clause: 'IEC 62304 5.2.6',
  home: 'verification',
  run: (f) => {
    const last = f.reviews.filter((r) => r.kind === 'requirements').reduce<string | null>((max, r) => (max === null || r.recordedAt > max ? r.recordedAt : max), null);
    if (last === null) return [];
    const review = f.reviews.find((r) => r.kind === 'requirements' && r.recordedAt === last);
    const late = f.requirements.filter((r) => r.status !== 'obsolete' && r.contentChangedAt > last);
    if (late.length === 0) return [];
    const ids = late.map((r) => r.humanId);
    return [
      {
        records: [...ids, review?.humanId ?? ''],
        message: `${listIds(ids)} ${ids.length === 1 ? 'was' : 'were'} created or changed after the last requirements review ${review?.humanId ?? ''}, so ${ids.length === 1 ? 'it has' : 'they have'} not been reviewed as ${ids.length === 1 ? 'it stands' : 'they stand'}.`,
        fix: 'Review the requirements again (Verification records → requirements review) with these in scope.',
      },
    ];
  },
};

/** Someone reviewing or approving their own work: allowed for a very small team, but it must be a conscious choice. */
export const authorReviewsOwnWork: CheckRule = {
  rule: 'author-reviews-own-work',
  severity: 'warning',
  clause: 'ISO 13485 4.2.4; IEC 62304 5.2.6',
  home: 'documents',
  run: (f) => {
    const documents = f.documents.flatMap((d) => {
      const own = d.approved?.signatures.filter((s) => s.userId === d.approved?.authorId && s.meaning !== 'authored') ?? [];
      if (!d.approved || own.length === 0) return [];
      const meanings = [...new Set(own.map((s) => s.meaning))].join(' and ');
      return [
        {
          records: [d.docKey],
          message: `${d.docKey} v${d.approved.version} was ${meanings} by its own author, ${d.approved.authorName}.`,
          fix: `Have someone other than ${d.approved.authorName} review or approve the next version, or record why no one else could.`,
        },
      ];
    });
    const authors = new Set(f.requirements.flatMap((r) => (r.createdBy === null ? [] : [r.createdBy])));
    const reviews = f.reviews
      .filter((r) => r.kind === 'requirements' && authors.has(r.reviewerId))
      .map((r) => ({
        records: [r.humanId],
        message: `${r.humanId} reviewed requirements that its reviewer, ${r.reviewerName}, wrote.`,
        fix: 'Have a person who did not write the requirements review them, or record why no one else could.',
      }));
    return [...documents, ...reviews];
  },
};

/** A requirement marked Verified whose tests did not pass in the version the results count for. */
export const verifiedWithoutPassingTest: CheckRule = {
  rule: 'verified-without-passing-test',
  severity: 'error',
  clause: 'IEC 62304 5.7.4',
  home: 'requirements',
  run: (f) => {
    const unproven = f.requirements.filter((r) => r.status === 'verified' && (r.method === '' || r.method === 'test') && !r.passedInVersion);
    if (unproven.length === 0) return [];
    const ids = unproven.map((r) => r.humanId);
    const version = f.verificationVersion;
    return [
      {
        records: ids,
        message: `${listIds(ids)} ${ids.length === 1 ? 'is' : 'are'} marked Verified, but ${version ? `no test verifying ${ids.length === 1 ? 'it' : 'them'} passed in a completed run of ${version}` : 'no completed test run exists'}.`,
        fix: `Run the tests that verify ${ids.length === 1 ? 'it' : 'them'} and record the passing results, or set the status back to Implemented.`,
      },
    ];
  },
};
