import { describe, expect, it } from 'vitest';
import { emptyFacts, type CheckFacts, type DocumentFacts, type RequirementFacts } from '../../shared/check/facts';
import { approvedDocumentUnfinishedRecords, authorReviewsOwnWork, changedAfterReview, verifiedWithoutPassingTest } from '../../shared/check/rules/record-rules';
import { compareVersions, fieldActionNotReportable, marketedVersionWithoutRelease, releaseDatesBackwards } from '../../shared/check/rules/release-rules';

const facts = (over: Partial<CheckFacts>): CheckFacts => ({ ...emptyFacts(), ...over });

function req(humanId: string, over: Partial<RequirementFacts> = {}): RequirementFacts {
  return {
    humanId,
    status: 'approved',
    acceptanceCriteria: 'Shown in 2 s.',
    method: 'test',
    createdAt: '2026-01-01T00:00:00Z',
    contentChangedAt: '2026-01-01T00:00:00Z',
    passedInVersion: true,
    createdBy: 2,
    ...over,
  };
}

function srs(over: Partial<NonNullable<DocumentFacts['approved']>> = {}): DocumentFacts {
  return { docKey: 'SRS', approved: { version: 1, authorId: 2, authorName: 'Jonas', recordKeys: ['requirement:REQ-1', 'requirement:REQ-2'], signatures: [], ...over } };
}

const review = { humanId: 'REV-1', kind: 'requirements', reviewerId: 3, reviewerName: 'Sofia', recordedAt: '2026-02-01T00:00:00Z' };

describe('approved-document-unfinished-records', () => {
  it('flags an approved SRS holding a Draft requirement and one without acceptance criterion', () => {
    const found = approvedDocumentUnfinishedRecords.run(
      facts({ documents: [srs()], requirements: [req('REQ-1', { status: 'draft' }), req('REQ-2', { acceptanceCriteria: ' ' })] }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.records).toEqual(['SRS', 'REQ-1', 'REQ-2']);
    expect(found[0]?.message).toContain('REQ-1 (Draft)');
    expect(found[0]?.message).toContain('REQ-2 (no acceptance criterion)');
  });

  it('ignores drafts the approved content does not hold, and documents not yet approved', () => {
    const requirements = [req('REQ-1'), req('REQ-2'), req('REQ-3', { status: 'draft' })];
    expect(approvedDocumentUnfinishedRecords.run(facts({ documents: [srs(), { docKey: 'SDP', approved: null }], requirements }))).toEqual([]);
  });
});

describe('changed-after-review', () => {
  it('flags a requirement created after the newest requirements review', () => {
    const found = changedAfterReview.run(facts({ reviews: [review], requirements: [req('REQ-1'), req('REQ-32', { contentChangedAt: '2026-03-01T00:00:00Z' })] }));
    expect(found).toHaveLength(1);
    expect(found[0]?.records).toEqual(['REQ-32', 'REV-1']);
  });

  it('accepts requirements reviewed since their last change, obsolete ones, and a project with no review yet', () => {
    expect(
      changedAfterReview.run(facts({ reviews: [review], requirements: [req('REQ-1'), req('REQ-9', { status: 'obsolete', contentChangedAt: '2026-03-01T00:00:00Z' })] })),
    ).toEqual([]);
    expect(changedAfterReview.run(facts({ requirements: [req('REQ-1', { contentChangedAt: '2026-03-01T00:00:00Z' })] }))).toEqual([]);
  });
});

describe('author-reviews-own-work', () => {
  it('warns when the author approved their own document or reviewed the requirements they wrote', () => {
    const documents = [
      srs({
        signatures: [
          { userId: 2, name: 'Jonas', meaning: 'authored' },
          { userId: 2, name: 'Jonas', meaning: 'approved' },
        ],
      }),
    ];
    const found = authorReviewsOwnWork.run(facts({ documents, requirements: [req('REQ-1')], reviews: [{ ...review, reviewerId: 2, reviewerName: 'Jonas' }] }));
    expect(found.map((f) => f.records)).toEqual([['SRS'], ['REV-1']]);
    expect(found[0]?.message).toContain('approved by its own author');
  });

  it('is silent when others review and approve', () => {
    const documents = [
      srs({
        signatures: [
          { userId: 2, name: 'Jonas', meaning: 'authored' },
          { userId: 3, name: 'Sofia', meaning: 'reviewed' },
          { userId: 4, name: 'Henrik', meaning: 'approved' },
        ],
      }),
    ];
    expect(authorReviewsOwnWork.run(facts({ documents, requirements: [req('REQ-1')], reviews: [review] }))).toEqual([]);
  });
});

describe('verified-without-passing-test', () => {
  it('flags Verified requirements whose tests did not pass in the version', () => {
    const found = verifiedWithoutPassingTest.run(facts({ verificationVersion: '1.0.0', requirements: [req('REQ-1', { status: 'verified', passedInVersion: false })] }));
    expect(found[0]?.message).toContain('1.0.0');
    expect(found[0]?.records).toEqual(['REQ-1']);
  });

  it('accepts a passed test, a non-test method, and requirements not claimed Verified', () => {
    const requirements = [
      req('REQ-1', { status: 'verified' }),
      req('REQ-2', { status: 'verified', method: 'inspection', passedInVersion: false }),
      req('REQ-3', { passedInVersion: false }),
    ];
    expect(verifiedWithoutPassingTest.run(facts({ verificationVersion: '1.0.0', requirements }))).toEqual([]);
  });
});

describe('release rules', () => {
  const release = (version: string, createdAt: string, releasedAt: string | null) => ({
    version,
    status: releasedAt ? ('released' as const) : ('draft' as const),
    createdAt,
    releasedAt,
  });

  it('orders versions numerically', () => {
    expect(['1.10.0', '1.2.0', '1.9.1'].sort(compareVersions)).toEqual(['1.2.0', '1.9.1', '1.10.0']);
  });

  it('flags dates that run backwards', () => {
    const found = releaseDatesBackwards.run(
      facts({
        releases: [release('1.0.0', '2026-03-01', '2026-02-01'), release('1.1.0', '2026-03-02', '2026-03-03'), release('1.0.1', '2026-03-02', '2026-04-01')],
        testRuns: [{ humanId: 'RUN-9', version: '1.1.0', completedAt: '2026-05-01' }],
      }),
    );
    expect(found.map((f) => f.records)).toEqual([['1.0.0'], ['1.1.0', '1.0.1'], ['RUN-9', '1.1.0']]);
  });

  it('accepts releases in order with their runs before them', () => {
    const releases = [release('1.0.0', '2026-01-01', '2026-02-01'), release('1.1.0', '2026-03-01', null)];
    expect(
      releaseDatesBackwards.run(
        facts({
          releases,
          testRuns: [
            { humanId: 'RUN-1', version: '1.0.0', completedAt: '2026-01-15' },
            { humanId: 'RUN-2', version: '1.1.0', completedAt: '2026-04-01' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('flags a field problem in a version never released, but not an internal one or a released version', () => {
    const problems = [
      { humanId: 'PR-1', source: 'customer', foundInVersion: '1.2.0', affectsSafety: null, vigilanceText: '' },
      { humanId: 'PR-2', source: 'internal', foundInVersion: '1.2.0', affectsSafety: null, vigilanceText: '' },
      { humanId: 'PR-3', source: 'post-market', foundInVersion: '1.0.0', affectsSafety: null, vigilanceText: '' },
    ];
    const found = marketedVersionWithoutRelease.run(facts({ problems, releases: [release('1.0.0', '2026-01-01', '2026-02-01')] }));
    expect(found.map((f) => f.records)).toEqual([['PR-1', '1.2.0']]);
  });

  it('warns about a safety-relevant field problem rated not reportable, and only that', () => {
    const problems = [
      { humanId: 'PR-1', source: 'customer', foundInVersion: '1.0.0', affectsSafety: true, vigilanceText: 'PRRC assessment: not reportable.' },
      { humanId: 'PR-2', source: 'customer', foundInVersion: '1.0.0', affectsSafety: false, vigilanceText: 'Not reportable.' },
      { humanId: 'PR-3', source: 'customer', foundInVersion: '1.0.0', affectsSafety: true, vigilanceText: 'Reported to the competent authority.' },
    ];
    expect(fieldActionNotReportable.run(facts({ problems })).map((f) => f.records)).toEqual([['PR-1']]);
  });
});
