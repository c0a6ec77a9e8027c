import { describe, expect, it } from 'vitest';
import { diffBaselines, accountStatus } from '../../shared/release/baseline-diff';
import { nameRecords, releaseChecklist } from '../../shared/release/checklist';
import type { ReleaseEvidence } from '../../shared/release/evidence';
import type { BaselineItem } from '../../shared/api/releases-types';

/** Evidence of a version that is ready in every class. */
function ready(over: Partial<ReleaseEvidence> = {}): ReleaseEvidence {
  return {
    version: '1.0.0',
    safetyClass: 'C',
    requirements: [
      { humanId: 'REQ-001', title: 'Measure FEV1', method: 'test', passedTest: true },
      { humanId: 'REQ-002', title: 'Label', method: 'inspection', passedTest: false },
    ],
    completedRuns: ['RUN-001'],
    openRuns: [],
    notPassed: [],
    openProblems: [{ humanId: 'PR-001', title: 'Slow chart', criticality: 'low', affectsSafety: false, decision: 'defer', anomalyEvaluation: 'Cosmetic only.' }],
    traceGaps: [],
    unapprovedDocuments: [],
    unfinishedChanges: [],
    consistencyErrors: [],
    release: {
      buildProcedure: 'npm ci && npm run dist',
      buildEnvironment: 'Node 20 on Debian 12',
      delivery: 'Signed installer on the download portal',
      archiveLocation: 'Vault /releases/1.0.0',
      artefacts: [{ name: 'breathwise-1.0.0.apk', sha256: 'a'.repeat(64) }],
      confirmations: { 'delivery-verified': { note: 'Downloaded and compared', confirmedBy: 'Ada', confirmedAt: '2026-01-01T00:00:00Z' } },
    },
    ...over,
  };
}

const blockersOf = (e: ReleaseEvidence, clause: string) => releaseChecklist(e).items.find((i) => i.clause === clause)?.blockers ?? [];

describe('5.8 release checklist', () => {
  it('is ready when every item is met, in each class', () => {
    for (const safetyClass of ['A', 'B', 'C'] as const) {
      const list = releaseChecklist(ready({ safetyClass }));
      expect(list.blockers).toEqual([]);
      expect(list.ready).toBe(true);
    }
  });

  it('5.8.1 names requirements without a passed test, failed and blocked cases and open runs', () => {
    const e = ready({
      requirements: [
        { humanId: 'REQ-001', title: 'a', method: 'test', passedTest: false },
        { humanId: 'REQ-002', title: 'b', method: '', passedTest: false },
        { humanId: 'REQ-003', title: 'c', method: 'analysis', passedTest: false },
      ],
      notPassed: [
        { testCase: 'TC-004', run: 'RUN-002', outcome: 'failed' },
        { testCase: 'TC-005', run: 'RUN-002', outcome: 'blocked' },
      ],
      openRuns: ['RUN-003'],
    });
    expect(blockersOf(e, '5.8.1')).toEqual([
      '2 requirements without a passed test in a completed run of 1.0.0: REQ-001 and REQ-002.',
      '1 test case failed in 1.0.0 and not passed since: TC-004 (RUN-002).',
      '1 test case blocked in 1.0.0 and not passed since: TC-005 (RUN-002).',
      'Test runs of 1.0.0 not completed: RUN-003.',
    ]);
    expect(blockersOf(ready({ requirements: [] }), '5.8.1')[0]).toMatch(/no requirements/);
  });

  it('5.8.6 lists the consistency check errors as blockers', () => {
    const consistencyErrors = [{ rule: 'verified-without-passing-test', message: 'REQ-1 is marked Verified, but no test verifying it passed.' }];
    // Words first; the rule's ID only as a labelled reference after them.
    expect(blockersOf(ready({ consistencyErrors }), '5.8.6')).toEqual([
      '1 consistency error between records and documents (Consistency check screen, cairn check): REQ-1 is marked Verified, but no test verifying it passed (check rule verified-without-passing-test).',
    ]);
    expect(blockersOf(ready(), '5.8.6')).toEqual([]);
  });

  it('5.8.3, 5.8.5 and 5.8.6 block only classes B and C', () => {
    const e = ready({
      openProblems: [{ humanId: 'PR-002', title: 'Crash', criticality: 'high', affectsSafety: null, decision: 'defer', anomalyEvaluation: '' }],
      traceGaps: ['REQ-009 is not allocated to any software item.'],
      unapprovedDocuments: [
        { label: 'SRS', state: 'draft' },
        { label: 'Software architecture', state: null },
      ],
      unfinishedChanges: [{ humanId: 'CR-001', title: 'Fix', status: 'approved' }],
      release: { ...ready().release!, buildProcedure: ' ' },
    });
    const a = releaseChecklist({ ...e, safetyClass: 'A' });
    expect(a.ready).toBe(true);
    expect(a.items.filter((i) => !i.applies).map((i) => i.clause)).toEqual(['5.8.3', '5.8.5', '5.8.6']);
    const b = releaseChecklist({ ...e, safetyClass: 'B' });
    expect(b.blockers).toEqual([
      '5.8.3: Not yet evaluated against the risk file (affects safety?): PR-002.',
      '5.8.3: No evaluation that the anomaly does not contribute to an unacceptable risk: PR-002.',
      '5.8.5: The build procedure is not described (how the released software was built, step by step).',
      '5.8.6: 1 trace gap open: REQ-009 is not allocated to any software item.',
      '5.8.6: Required documents without an approved version: SRS (draft) and Software architecture (not created).',
      '5.8.6: Change requests for 1.0.0 not finished: CR-001 (approved).',
    ]);
  });

  it('5.8.2 blocks undecided problems in every class; 5.8.7 and 5.8.8 need artefacts, location, delivery and confirmation', () => {
    const e = ready({
      safetyClass: 'A',
      openProblems: [{ humanId: 'PR-003', title: 'x', criticality: 'low', affectsSafety: false, decision: 'undecided', anomalyEvaluation: '' }],
      release: { ...ready().release!, artefacts: [], archiveLocation: '', delivery: '', confirmations: {} },
    });
    expect(releaseChecklist(e).blockers).toEqual([
      '5.8.2: Open problem reports with no decision (fix, defer or no action): PR-003.',
      '5.8.7: No artefact is archived: add each released file (installer, package, SBOM) with its SHA-256.',
      '5.8.7: No archive location: say where the software, its configuration items and documents are kept for the product lifetime.',
      '5.8.8: The delivery procedure is not described (replication, labelling, packaging, protection, storage, delivery).',
      '5.8.8: Nobody has confirmed that delivered copies match the archived SHA-256.',
    ]);
  });

  it('ends the evidence sentences it builds from typed text with one full stop', () => {
    const release = { ...ready().release!, archiveLocation: 'Vault /releases/1.0.0, kept ten years.' };
    const evidence = releaseChecklist(ready({ release })).items.flatMap((i) => i.evidence);
    expect(evidence).toContain('Archived at Vault /releases/1.0.0, kept ten years.');
    expect(evidence).toContain('Delivery verified by Ada: Downloaded and compared.');
  });

  it('says what to create when the version has no release record', () => {
    const list = releaseChecklist(ready({ release: null, safetyClass: 'B' }));
    expect(list.items.filter((i) => !i.met).map((i) => i.clause)).toEqual(['5.8.5', '5.8.7', '5.8.8']);
    expect(list.blockers[0]).toMatch(/^5\.8\.5: There is no release record for this version yet/);
  });

  it('names at most eight records and counts the rest', () => {
    expect(nameRecords(['A'])).toBe('A');
    expect(nameRecords(Array.from({ length: 10 }, (_, i) => `REQ-${i}`))).toBe('REQ-0, REQ-1, REQ-2, REQ-3, REQ-4, REQ-5, REQ-6, REQ-7 and 2 more');
  });
});

describe('baseline diff and status accounting', () => {
  const item = (itemType: BaselineItem['itemType'], itemKey: string, version: string): BaselineItem => ({ itemType, itemKey, title: itemKey, version });
  const v1 = [item('soup', 'SOUP-001', '1.2.0'), item('requirement', 'REQ-001', 'rev 1'), item('requirement', 'REQ-002', 'rev 1')];
  const v2 = [item('soup', 'SOUP-001', '1.3.0'), item('requirement', 'REQ-001', 'rev 1'), item('requirement', 'REQ-003', 'rev 1')];

  it('lists added, removed and changed items per type', () => {
    const diff = diffBaselines('1.0.0', '1.1.0', v1, v2);
    const req = diff.types.find((t) => t.itemType === 'requirement');
    expect(req).toMatchObject({ added: [{ itemKey: 'REQ-003' }], removed: [{ itemKey: 'REQ-002' }], changed: [], unchanged: 1 });
    expect(diff.types.find((t) => t.itemType === 'soup')?.changed).toEqual([{ itemKey: 'SOUP-001', title: 'SOUP-001', from: '1.2.0', to: '1.3.0' }]);
  });

  it('accounts each current item across baselines', () => {
    const items = accountStatus(
      [item('soup', 'SOUP-001', '1.3.0'), item('requirement', 'REQ-009', 'rev 1')],
      [
        { release: '1.0.0', items: v1 },
        { release: '1.1.0', items: v2 },
      ],
    );
    expect(items[0]).toMatchObject({
      baselines: [
        { release: '1.0.0', version: '1.2.0' },
        { release: '1.1.0', version: '1.3.0' },
      ],
      changedSinceLastRelease: false,
    });
    expect(items[1]).toMatchObject({ baselines: [], changedSinceLastRelease: true });
    expect(accountStatus(v1, [])[0]?.changedSinceLastRelease).toBe(false);
  });
});
