import { describe, expect, it } from 'vitest';
import type { WalkStage, WalkStageId } from '../../shared/api/walk-types';
import { WALK_STAGE_IDS } from '../../shared/api/walk-types';
import type { DocumentEvidence, WalkEvidence } from '../../shared/walk/evidence';
import { currentStage, walkStages } from '../../shared/walk/stages';

const none: DocumentEvidence = { state: null, approved: false, label: '' };
const approved = (label: string): DocumentEvidence => ({ state: 'approved', approved: true, label });
const draft = (label: string): DocumentEvidence => ({ state: 'draft', approved: false, label });
const passedReview = (humanId: string) => ({ humanId, passed: true, current: true });

/** A brand-new class C project: nothing recorded anywhere. */
function empty(over: Partial<WalkEvidence> = {}): WalkEvidence {
  return {
    projectClass: 'C',
    qms: { companyMissing: ['legal name'], marketsChosen: false, scopeAnswered: false, proceduresNeeded: ['QM', 'SOP-DEV'], proceduresApproved: [], started: false },
    riskPlan: { saved: false, hazards: 0 },
    riskAnalysis: { gaps: [] },
    systems: { total: 0, unclassified: 0 },
    documents: {
      'risk-plan': none,
      'risk-analysis': none,
      'safety-classification': none,
      sdp: none,
      srs: none,
      'soup-list': none,
      sad: none,
      'detailed-design': none,
      'trace-matrix': none,
    },
    devPlan: { editedSteps: 0 },
    requirements: { live: 0, notApproved: [], unallocated: [], incomplete: [], incompleteFields: [], review: null },
    soup: { live: 0, incomplete: [] },
    architecture: { items: 0, interfaces: 0, review: null, unimplementedItems: [], unusedSoup: [] },
    design: { units: 0, undesigned: [], review: null },
    unitVerification: { units: 0, unverified: [] },
    testing: { version: null, cases: 0, unverified: [], notPassed: [], openRuns: [], completedRuns: [] },
    release: { released: null, draft: null, blockers: [] },
    maintenance: { problems: 0, undecided: [], unfinishedChanges: [] },
    ...over,
  };
}

/** A class B project whose every stage up to the release holds its evidence. */
function releasable(): WalkEvidence {
  return empty({
    projectClass: 'B',
    qms: { companyMissing: [], marketsChosen: true, scopeAnswered: true, proceduresNeeded: ['QM', 'SOP-DEV'], proceduresApproved: ['QM', 'SOP-DEV'], started: true },
    riskPlan: { saved: true, hazards: 3 },
    systems: { total: 1, unclassified: 0 },
    documents: {
      'risk-plan': approved('RISK-PLAN v1'),
      'risk-analysis': approved('RISK-ANALYSIS v1'),
      'safety-classification': approved('SSC v1'),
      sdp: approved('SDP v1'),
      srs: approved('SRS v1'),
      'soup-list': approved('SOUP-LIST v1'),
      sad: approved('SAD v1'),
      'detailed-design': none,
      'trace-matrix': approved('TRACE v1'),
    },
    devPlan: { editedSteps: 12 },
    requirements: { live: 4, notApproved: [], unallocated: [], incomplete: [], incompleteFields: [], review: passedReview('REV-1') },
    soup: { live: 2, incomplete: [] },
    architecture: { items: 2, interfaces: 1, review: passedReview('REV-2'), unimplementedItems: [], unusedSoup: [] },
    design: { units: 3, undesigned: ['UNIT-1'], review: null },
    unitVerification: { units: 3, unverified: [] },
    testing: { version: '1.0.0', cases: 5, unverified: [], notPassed: [], openRuns: [], completedRuns: ['RUN-1'] },
    release: { released: null, draft: '1.0.0', blockers: [] },
  });
}

const stage = (stages: WalkStage[], id: WalkStageId): WalkStage => {
  const found = stages.find((s) => s.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
};

describe('the walk from evidence', () => {
  it('lists every stage in the order the work is done', () => {
    expect(walkStages(empty()).stages.map((s) => s.id)).toEqual([...WALK_STAGE_IDS]);
  });

  it('never calls an empty project done: nothing is recorded, and later stages wait for earlier ones', () => {
    const { stages } = walkStages(empty());
    expect(stages.filter((s) => s.state === 'done')).toEqual([]);
    expect(stage(stages, 'quality-system')).toMatchObject({ state: 'not_started', reason: expect.stringMatching(/^Nothing recorded yet/), next: expect.any(String) });
    expect(stage(stages, 'architecture')).toMatchObject({
      state: 'blocked',
      screen: 'requirements',
      reason: expect.stringMatching(/^Waits for Software requirements: Nothing recorded yet/),
    });
    expect(stage(stages, 'release').state).toBe('blocked');
    // A stage behind a waiting stage names the first stage actually holding things up, once.
    expect(stage(stages, 'maintenance')).toMatchObject({ state: 'blocked', reason: 'Waits for Quality system: Nothing recorded yet: no company profile and no procedure.' });
    for (const s of stages) expect(s.next, s.id).not.toBeNull();
  });

  it('asks for the scope before any procedure: the scope decides which procedures are needed', () => {
    const company = { companyMissing: [], marketsChosen: true, proceduresNeeded: ['QM'], proceduresApproved: [], started: true };
    expect(stage(walkStages(empty({ qms: { ...company, scopeAnswered: false } })).stages, 'quality-system').next).toBe(
      'Answer the scope questions: they decide which procedures are needed',
    );
    expect(stage(walkStages(empty({ qms: { ...company, scopeAnswered: true } })).stages, 'quality-system').next).toBe('Write and approve QM');
  });

  it('sends the company profile’s last gap, the markets, to the product profile where they are asked', () => {
    const markets = 'markets (chosen in the product profile)';
    const qms = { proceduresNeeded: ['QM'], proceduresApproved: [], started: true, scopeAnswered: false, marketsChosen: false };
    expect(stage(walkStages(empty({ qms: { ...qms, companyMissing: ['address', markets] } })).stages, 'quality-system')).toMatchObject({
      next: 'Complete the company profile',
      screen: 'qms',
    });
    expect(stage(walkStages(empty({ qms: { ...qms, companyMissing: [markets] } })).stages, 'quality-system')).toMatchObject({
      next: 'Choose the markets the product is sold in, in the product profile',
      screen: 'product',
    });
  });

  it('keeps a stage in progress while its document is not approved, and names the document', () => {
    const e = releasable();
    e.documents.sdp = draft('SDP v2');
    const sdp = stage(walkStages(e).stages, 'development-plan');
    expect(sdp).toMatchObject({
      state: 'in_progress',
      reason: 'SDP v2 is not yet sent for review and approval.',
      next: 'Send SDP v2 for review and approval',
      screen: 'documents',
    });
    e.documents.sdp = { state: 'in_review', approved: false, label: 'SDP v2' };
    expect(stage(walkStages(e).stages, 'development-plan').next).toBe('Have the reviewers and approvers sign SDP v2');
  });

  it('holds unallocated requirements to the class: class B needs them in the architecture, class A does not', () => {
    const e = releasable();
    e.requirements.unallocated = ['REQ-2'];
    expect(stage(walkStages(e).stages, 'requirements')).toMatchObject({
      state: 'in_progress',
      reason: expect.stringContaining('1 requirement not allocated to a software item, which class B needs: REQ-2'),
    });
    expect(stage(walkStages({ ...e, projectClass: 'A' }).stages, 'requirements').state).toBe('done');
  });

  it('counts a requirements review only when it passed and nothing was added since', () => {
    const e = releasable();
    e.requirements.review = { humanId: 'REV-1', passed: true, current: false };
    expect(stage(walkStages(e).stages, 'requirements').reason).toBe('Requirements changed after the last review, REV-1.');
    e.requirements.review = { humanId: 'REV-1', passed: false, current: true };
    expect(stage(walkStages(e).stages, 'requirements').reason).toContain('did not pass');
  });

  it('asks a detailed design of each unit in class C only', () => {
    const e = releasable();
    expect(stage(walkStages(e).stages, 'detailed-design').state).toBe('done');
    const c = stage(walkStages({ ...e, projectClass: 'C' }).stages, 'detailed-design');
    expect(c).toMatchObject({ state: 'in_progress', reason: expect.stringContaining('1 software unit without a design: UNIT-1') });
  });

  it('treats what class A does not ask as done, saying why', () => {
    const a = stage(walkStages(empty({ projectClass: 'A' })).stages, 'architecture');
    expect(a).toMatchObject({ state: 'done', reason: 'Class A does not ask for an architecture (Table A.1); nothing to record.', next: null });
    expect(a.asks).toBe('Class A asks nothing of 5.3 (Table A.1).');
  });

  it('says what the class asks at each stage from Table A.1', () => {
    const { stages } = walkStages(releasable());
    expect(stage(stages, 'architecture').asks).toBe('Class B asks 5.3.1, 5.3.2, 5.3.3, 5.3.4 and 5.3.6; 1 sub-clause of 5.3 applies only to higher classes (Table A.1).');
  });

  it('reaches the release once every earlier stage holds, and the release is done only when a version is released', () => {
    const e = releasable();
    let status = walkStages(e);
    expect(status.stages.filter((s) => s.state !== 'done').map((s) => s.id)).toEqual(['release', 'maintenance']);
    expect(currentStage(status)?.id).toBe('release');
    expect(stage(status.stages, 'release')).toMatchObject({ state: 'in_progress', next: 'Sign and release 1.0.0' });
    expect(stage(status.stages, 'maintenance').state).toBe('blocked');
    status = walkStages({ ...e, release: { released: '1.0.0', draft: null, blockers: [] } });
    expect(status.stages.every((s) => s.state === 'done')).toBe(true);
    expect(currentStage(status)).toBeNull();
  });

  it('reports failing tests and open runs of the version under test', () => {
    const e = releasable();
    e.testing = { ...e.testing, notPassed: ['TC-6'], openRuns: ['RUN-2'] };
    const t = stage(walkStages(e).stages, 'testing');
    expect(t).toMatchObject({ state: 'in_progress', reason: '1 test case failed or blocked and not passed since: TC-6; test runs not completed: RUN-2.' });
    expect(stage(walkStages(e).stages, 'release').state).toBe('in_progress');
  });

  it('asks to complete an open run before linking tests: its results count only once it is signed', () => {
    const e = releasable();
    e.testing = { ...e.testing, unverified: ['REQ-1', 'REQ-2'], openRuns: ['RUN-1'], completedRuns: [] };
    expect(stage(walkStages(e).stages, 'testing')).toMatchObject({ state: 'in_progress', next: 'Complete the open test runs', screen: 'tests' });
    e.testing = { ...e.testing, openRuns: [] };
    expect(stage(walkStages(e).stages, 'testing').next).toBe('Link tests to the unverified requirements and run them');
  });

  it('sends the architecture and design work to the software tree, where items and units are added', () => {
    const e = releasable();
    const architecture = stage(
      walkStages({ ...e, architecture: { items: 0, interfaces: 0, review: null, unimplementedItems: [], unusedSoup: [] }, documents: { ...e.documents, sad: none } }).stages,
      'architecture',
    );
    expect(architecture).toMatchObject({ state: 'not_started', next: 'Split the software system into software items', screen: 'software' });
    const units = { units: 0, undesigned: [], review: null };
    expect(stage(walkStages({ ...e, design: units }).stages, 'detailed-design')).toMatchObject({ state: 'not_started', screen: 'software' });
    expect(stage(walkStages({ ...e, projectClass: 'C', design: units }).stages, 'detailed-design')).toMatchObject({ state: 'not_started', screen: 'software' });
    expect(stage(walkStages({ ...e, unitVerification: { units: 0, unverified: [] } }).stages, 'unit-verification')).toMatchObject({ state: 'not_started', screen: 'software' });
  });

  it('keeps the architecture open while an item implements no requirement or a SOUP item is used by no item, and sends each to its screen', () => {
    const e = releasable();
    const gaps = { ...e.architecture, unimplementedItems: ['ITEM-003'], unusedSoup: ['SOUP-001'] };
    expect(stage(walkStages({ ...e, architecture: gaps }).stages, 'architecture')).toMatchObject({
      state: 'in_progress',
      reason: '1 software item with no requirement allocated: ITEM-003; 1 SOUP item used by no software item: SOUP-001.',
      next: 'Allocate the requirements to the software items that implement them',
      screen: 'requirements',
    });
    expect(stage(walkStages({ ...e, architecture: { ...gaps, unimplementedItems: [] } }).stages, 'architecture')).toMatchObject({
      next: 'Name the software items that use each SOUP item',
      screen: 'soup',
    });
  });

  it('asks for the traceability matrix and risk analysis the release waits for once the tests pass (class B and C)', () => {
    const e = releasable();
    e.documents = { ...e.documents, 'trace-matrix': none, 'risk-analysis': draft('RISK-ANALYSIS v1') };
    expect(stage(walkStages(e).stages, 'testing')).toMatchObject({
      state: 'in_progress',
      reason: 'Every requirement is verified in 1.0.0; the traceability matrix is not written yet and RISK-ANALYSIS v1 is not yet sent for review and approval.',
      next: 'Create the traceability matrix on the Documents screen',
      screen: 'documents',
    });
    expect(stage(walkStages({ ...e, projectClass: 'A' }).stages, 'testing').state).toBe('done');
  });

  it('keeps requirements open while one misses a field its class asks for, naming the fields', () => {
    const e = releasable();
    e.requirements = { ...e.requirements, incomplete: ['REQ-2'], incompleteFields: ['source', 'acceptanceCriteria'] };
    expect(stage(walkStages(e).stages, 'requirements')).toMatchObject({
      state: 'in_progress',
      reason: expect.stringContaining('1 requirement missing what class B asks (source and acceptance criteria): REQ-2'),
      next: 'Complete the requirements: the fields their class asks for',
    });
  });

  it('keeps maintenance in progress while a problem is undecided, even before the first release', () => {
    const e = empty({ maintenance: { problems: 1, undecided: ['PR-001'], unfinishedChanges: [] } });
    expect(stage(walkStages(e).stages, 'maintenance')).toMatchObject({ state: 'in_progress', next: 'Investigate the open problem reports and decide each' });
  });
});
