import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentSection } from '../../shared/documents/content';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump controller' });
  await f.ok('classification.classifySystem', {
    systemId: 1,
    answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'non-serious-injury' },
  });
});
afterEach(() => f.dispose());

const text = (section: ContentSection | undefined) => JSON.stringify(section?.blocks ?? []);

describe('software development plan document', () => {
  it('shows the class, the team, each written section, and required empty sections as gaps', async () => {
    await f.ok('devPlan.updateStep', { stepId: 'lifecycle', text: 'Two-week increments.\n\n- Plan\n- Build\nwith a review at the end.' });
    await f.ok('devPlan.resetStep', { stepId: 'maintenance' });
    const doc = await f.ok('documents.create', { type: 'sdp' });
    const { content } = doc.live;
    expect(doc.docKey).toBe('SDP');
    const heading = (start: string) => content.sections.find((s) => s.heading.startsWith(start));
    expect(text(heading('Software safety class'))).toContain('SYS-001');
    expect(text(heading('Team'))).toContain('Ada Owner');
    expect(heading('Lifecycle model and phases')?.blocks).toEqual([
      { kind: 'paragraph', text: 'Two-week increments.' },
      { kind: 'list', items: ['Plan', 'Build'] },
      { kind: 'paragraph', text: 'with a review at the end.' },
    ]);
    expect(text(heading('Maintenance plan'))).toContain('SOUP');
    // Required for class B but empty: a visible gap. Optional for B and empty (5.1.4): left out, but listed.
    expect(text(heading('Avoiding common defects'))).toContain('GAP — not yet written. Class B requires this section');
    expect(heading('Standards, methods and tools')).toBeUndefined();
    expect(text(heading('Plan sections and their state'))).toContain('Standards, methods and tools');
  });

  it('drifts once approved and a section changes', async () => {
    await f.ok('devPlan.resetStep', { stepId: 'team' });
    const doc = await f.ok('documents.create', { type: 'sdp' });
    const versionId = doc.versions[0]?.id ?? 0;
    await f.ok('documents.sendForReview', { versionId, approvers: [1], password: 'owner-password-1' });
    await f.ok('documents.sign', { versionId, meaning: 'approved', password: 'owner-password-1', acknowledgeSelfApproval: true });
    await f.ok('devPlan.updateStep', { stepId: 'team', text: 'A smaller team.' });
    const after = await f.ok('documents.get', { documentId: doc.id });
    expect(after.changedSinceApproved).toBe(true);
    expect(after.changesSinceApproved?.changed.map((c) => c.key)).toContain('sdp:step:team');
  });
});
