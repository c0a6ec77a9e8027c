import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const C_ANSWERS = { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'death' } as const;
const B_ANSWERS = { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'non-serious-injury' } as const;

async function systemWithItems() {
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump controller', description: 'Runs the infusion' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
  const tree = await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Log viewer' });
  return tree;
}

describe('product profile', () => {
  it('says what is missing, saves changes with an audit row, refuses no-ops', async () => {
    const empty = await f.ok('product.get', {});
    expect(empty.missing).toEqual(['intended purpose', 'intended users', 'patient population', 'use environment', 'markets', 'standalone or part of a device']);
    const saved = await f.ok('product.update', { intendedPurpose: 'Delivers insulin at prescribed rates.', markets: ['us', 'eu', 'us'], softwareForm: 'in-device' });
    // Markets are a set, kept once each in one order: the same set in another order changes nothing.
    expect(saved.markets).toEqual(['eu', 'us']);
    expect(saved.missing).toEqual(['intended users', 'patient population', 'use environment', 'hardware device']);
    expect((await f.fails('product.update', { markets: ['us', 'eu'] })).code).toBe('invalid_input');
    const { rows } = await f.ok('audit.list', { filter: { entity: 'product_profile' } });
    expect(rows[0]?.summary).toBe('Product profile changed: intendedPurpose, markets, softwareForm');
    expect((await f.fails('product.update', { markets: ['mars'] })).field).toBe('markets.0');
  });
});

describe('software tree', () => {
  it('builds systems, items and units with human IDs, refusing wrong nesting', async () => {
    const tree = await systemWithItems();
    expect(tree.map((n) => [n.humanId, n.children.map((c) => c.humanId)])).toEqual([['SYS-001', ['ITEM-001', 'ITEM-002']]]);
    expect(await f.fails('software.add', { parentId: 1, kind: 'unit', name: 'Bad unit' })).toMatchObject({ code: 'invalid_input', field: 'parentId' });
    expect(await f.fails('software.add', { parentId: 2, kind: 'system', name: 'Nested system' })).toMatchObject({ field: 'parentId' });
    const withUnit = await f.ok('software.add', { parentId: 2, kind: 'unit', name: 'Rate limiter' });
    expect(withUnit[0]?.children[0]?.children[0]?.humanId).toBe('UNIT-001');
    expect(await f.fails('software.remove', { id: 2 })).toMatchObject({ code: 'conflict' });
    await f.ok('software.remove', { id: 4 });
    const again = await f.ok('software.add', { parentId: 2, kind: 'unit', name: 'Rate limiter v2' });
    expect(again[0]?.children[0]?.children[0]?.humanId).toBe('UNIT-002');
  });
});

describe('classification', () => {
  it('treats an unclassified system as C and derives the class from the answers', async () => {
    const tree = await systemWithItems();
    expect(tree[0]).toMatchObject({ effectiveClass: 'C', classSource: 'unclassified' });
    const history = await f.ok('classification.classifySystem', { systemId: 1, answers: B_ANSWERS, rationaleExtra: 'Over-infusion is limited by the pump hardware.' });
    expect(history.node).toMatchObject({ effectiveClass: 'B', classSource: 'classified' });
    expect(history.node.children.every((c) => c.effectiveClass === 'B' && c.classSource === 'inherited')).toBe(true);
    expect(history.systemRecords[0]).toMatchObject({ class: 'B', rationaleExtra: 'Over-infusion is limited by the pump hardware.', decidedBy: 'Ada Owner' });
    expect(history.systemRecords[0]?.rationale).toMatch(/B/);
  });

  it('keeps the history when a class is lowered by answering again', async () => {
    await systemWithItems();
    await f.ok('classification.classifySystem', { systemId: 1, answers: C_ANSWERS });
    const lowered = await f.ok('classification.classifySystem', {
      systemId: 1,
      answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: true },
      externalControls: [{ control: 'Hardware pressure sensor stops the motor', independence: 'Separate circuit, no software in the loop' }],
    });
    expect(lowered.systemRecords.map((r) => r.class)).toEqual(['A', 'C']);
    const { rows } = await f.ok('audit.list', { filter: { entity: 'system_classification' } });
    expect(rows[0]?.summary).toBe('SYS-001 classified: C → A');
  });

  it('refuses contradictions, missing answers and uncredited controls, naming the field', async () => {
    await systemWithItems();
    const before = await f.auditCount();
    expect(
      await f.fails('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false } }),
    ).toMatchObject({
      code: 'invalid_input',
      field: 'answers.worstHarm',
    });
    expect(await f.fails('classification.classifySystem', { systemId: 1, answers: { ...C_ANSWERS, worstHarm: 'none' } })).toMatchObject({ field: 'answers.worstHarm' });
    expect(
      await f.fails('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: true } }),
    ).toMatchObject({
      field: 'externalControls',
    });
    expect(await f.fails('classification.classifySystem', { systemId: 2, answers: C_ANSWERS })).toMatchObject({ field: 'systemId' });
    expect(await f.auditCount()).toBe(before);
  });

  it('lowers an item only with a segregation argument and how it is verified', async () => {
    await systemWithItems();
    await f.ok('classification.classifySystem', { systemId: 1, answers: C_ANSWERS });
    expect(await f.fails('classification.setItemClass', { itemId: 3, itemClass: 'A' })).toMatchObject({ code: 'invalid_input', field: 'segregation.rationale' });
    expect(await f.fails('classification.setItemClass', { itemId: 3, itemClass: 'A', segregation: { rationale: 'Separate process, read-only access to logs.' } })).toMatchObject({
      field: 'segregation.verification',
    });
    const done = await f.ok('classification.setItemClass', {
      itemId: 3,
      itemClass: 'A',
      segregation: { rationale: 'Separate process, read-only access to logs.', verification: 'Architecture review and a test that it cannot write to the dose engine.' },
    });
    expect(done.node).toMatchObject({ effectiveClass: 'A', classSource: 'segregated' });
    const inherit = await f.ok('classification.setItemClass', { itemId: 3, itemClass: null });
    expect(inherit.node).toMatchObject({ effectiveClass: 'C', classSource: 'inherited' });
    expect(inherit.itemRecords.map((r) => r.class)).toEqual([null, 'A']);
  });
});

describe('compliance plan', () => {
  it('follows the class: C until classified, then the clauses Table A.1 requires', async () => {
    let plan = await f.ok('plan.get', {});
    expect(plan).toMatchObject({ projectClass: 'C', overall: { done: 0, applicable: 91 } });
    expect(plan.clauses).toHaveLength(91);
    await systemWithItems();
    await f.ok('classification.classifySystem', { systemId: 1, answers: B_ANSWERS });
    plan = await f.ok('plan.get', {});
    expect(plan.projectClass).toBe('B');
    expect(plan.overall.applicable).toBe(85);
    const greyed = plan.clauses.find((c) => !c.applies);
    expect(greyed?.notRequiredReason).toMatch(/Not required for class B/);
    await f.ok('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: false } });
    expect((await f.ok('plan.get', {})).overall.applicable).toBe(50);
  });

  // A hand-typed "done" once made the plan say what the records did not; now done is read from the
  // records, and a person's mark needs a justification and shows as a mark (issue 17).
  it('derives statuses from the records, takes a justified mark by hand, and counts progress per process', async () => {
    expect(await f.fails('plan.setStatus', { clause: '5.1.1', status: 'not_applicable' })).toMatchObject({ field: 'justification' });
    expect(await f.fails('plan.setStatus', { clause: '5.1.1', status: 'done' })).toMatchObject({ field: 'justification' });
    expect(await f.fails('plan.setStatus', { clause: '4.3', status: 'done' })).toMatchObject({ code: 'not_found', field: 'clause' });
    const before = await f.ok('plan.get', {});
    expect(before.clauses.find((c) => c.clause === '5.1.1')).toMatchObject({ status: 'not_started', source: 'evidence', evidence: { status: 'not_started' } });
    await f.ok('plan.setStatus', { clause: '5.1.1', status: 'done', justification: 'The plan is kept in the company wiki, page DEV-7.' });
    const plan = await f.ok('plan.setStatus', { clause: '5.1.2', status: 'not_applicable', justification: 'Covered by the QMS procedure SOP-DEV.' });
    expect(plan.progress.find((p) => p.process === '5')).toMatchObject({ done: 2 });
    expect(plan.clauses.find((c) => c.clause === '5.1.1')).toMatchObject({
      status: 'done',
      source: 'manual',
      justification: 'The plan is kept in the company wiki, page DEV-7.',
      home: { document: 'Software development plan (SDP)' },
    });
    // Any other status returns the clause to its records.
    const back = await f.ok('plan.setStatus', { clause: '5.1.1', status: 'in_progress' });
    expect(back.clauses.find((c) => c.clause === '5.1.1')).toMatchObject({ status: 'not_started', source: 'evidence', justification: '' });
  });
});

describe('regulatory helpers', () => {
  it('keep every MDR and FDA assessment with who and when', async () => {
    const mdr = await f.ok('regulatory.assessMdr', {
      answers: {
        isMedicalDeviceSoftware: true,
        drivesOrInfluencesHardware: false,
        informsDiagnosisOrTherapyDecisions: true,
        worstDecisionImpact: 'serious-deterioration-or-surgery',
        monitorsPhysiologicalProcesses: false,
      },
    });
    expect(mdr.result.class).toBe('IIb');
    const fda = await f.ok('regulatory.assessFda', { answers: { probableRiskOfDeathOrSeriousInjury: true } });
    expect(fda.result.level).toBe('Enhanced');
    const all = await f.ok('regulatory.assessments', {});
    expect([all.mdr.length, all.fda.length, all.mdr[0]?.decidedBy]).toEqual([1, 1, 'Ada Owner']);
    expect((await f.fails('regulatory.assessMdr', { answers: { isMedicalDeviceSoftware: true } })).code).toBe('invalid_input');
  });
});

describe('documents', () => {
  it('exports the classification record and the compliance plan, and notices a re-classification', async () => {
    await systemWithItems();
    await f.ok('classification.classifySystem', { systemId: 1, answers: C_ANSWERS });
    const ssc = await f.ok('documents.create', { type: 'safety-classification' });
    expect(ssc.docKey).toBe('SSC');
    expect(JSON.stringify(ssc.live.content)).toMatch(/SYS-001 Pump controller/);
    const plan = await f.ok('documents.create', { type: 'compliance-plan' });
    expect(plan.live.content.orientation).toBe('landscape');
    await f.ok('documents.sendForReview', { versionId: ssc.versions[0]!.id, approvers: [1], password: 'owner-password-1' });
    await f.ok('documents.sign', { versionId: ssc.versions[0]!.id, meaning: 'approved', password: 'owner-password-1', acknowledgeSelfApproval: true });
    await f.ok('classification.classifySystem', { systemId: 1, answers: B_ANSWERS });
    const after = await f.ok('documents.get', { documentId: ssc.id });
    expect(after.changedSinceApproved).toBe(true);
    expect(after.changesSinceApproved?.changed.map((r) => r.key)).toContain('software:SYS-001');
    const pdf = await f.ok('documents.exportPdf', { documentId: plan.id });
    expect(pdf.bytes).toBeGreaterThan(10_000);
  });
});
