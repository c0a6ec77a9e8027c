import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseDetail } from '../../shared/api/releases-types';
import { SAMPLE_STORY } from '../../shared/demo/sample-story';
import { requiredDocuments } from '../../shared/release/required-documents';
import { CoreFixture } from './core-fixture';

// The sample project's releases: BreathWise 1.0.0 released through the real 5.8 checklist, and 1.1.0 in
// progress with the field complaint's change; the consistency check finds only the one error it explains.

let f: CoreFixture;
let released: ReleaseDetail;
let next: ReleaseDetail;
beforeAll(async () => {
  f = new CoreFixture();
  await f.sample();
  released = await f.ok('releases.get', { version: '1.0.0' });
  next = await f.ok('releases.get', { version: '1.1.0' });
}, 180_000);
afterAll(() => f.dispose());

describe('BreathWise 1.0.0', () => {
  it('is released, class B, with every checklist item met as it stood at release and four artefacts archived', () => {
    expect(released).toMatchObject({ status: 'released', title: 'First market release (EU)', artefacts: 4 });
    expect(released.checklist).toMatchObject({ safetyClass: 'B', ready: true, blockers: [] });
    expect(released.checklist.items.filter((i) => i.applies).every((i) => i.met)).toBe(true);
    expect(released.signatures).toMatchObject([{ meaning: 'approved', signerName: 'Henrik Vogel', current: true }]);
    expect(released.confirmations['delivery-verified']).toMatchObject({ confirmedBy: 'Jonas Brandt' });
  });

  it('has every document its class requires approved, signed by a reviewer and an approver other than the author', async () => {
    const listed = await f.ok('documents.list', {});
    for (const type of requiredDocuments('B')) {
      const doc = listed.find((d) => d.type === type);
      const detail = await f.ok('documents.get', { documentId: doc?.id ?? 0 });
      const signers = detail.versions.find((v) => v.state === 'approved')?.signatures.map((s) => `${s.meaning} ${s.printedName}`);
      expect(signers, type).toEqual(['authored Jonas Brandt', 'reviewed Sofia Lindqvist', 'approved Henrik Vogel']);
    }
  });

  it('shows the release stage done on the walk', async () => {
    const walk = await f.ok('walk.status', {});
    expect(walk.stages.find((s) => s.id === 'release')).toMatchObject({ state: 'done', reason: 'Version 1.0.0 is released, its baseline frozen and signed.' });
  });
});

describe('BreathWise 1.1.0', () => {
  it('is in progress, waiting for the change request that fixes the field complaint', () => {
    expect(next.status).toBe('draft');
    expect(next.checklist.blockers).toContain('5.8.6: Change requests for 1.1.0 not finished: CR-001 (draft).');
  });

  it('leaves the consistency check with the one deliberate error the sample explains, and no warning', async () => {
    const { findings } = await f.ok('check.run', {});
    expect(findings.map((x) => [x.rule, x.severity, x.records])).toEqual([['changed-after-review', 'error', ['REQ-33', 'REV-1']]]);
    expect(SAMPLE_STORY.join(' ')).toContain('REQ-33');
  });
});
