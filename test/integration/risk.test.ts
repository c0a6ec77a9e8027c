import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultScales } from '../../shared/risk/presets';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

/** A hazard, situation and harm, a software system with one item, and an unacceptable chain RISK-1 (P5 × S5). */
async function unacceptableChain() {
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump controller' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
  const hazard = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Wrong dose computed', category: 'information-data' });
  const situation = await f.ok('risk.addRecord', { kind: 'situation', name: 'Patient receives ten times the prescribed rate' });
  const harm = await f.ok('risk.addRecord', { kind: 'harm', name: 'Overdose' });
  const chain = await f.ok('risk.addChain', {
    hazardId: hazard.id,
    situationId: situation.id,
    harmId: harm.id,
    sequenceOfEvents: 'Unit conversion error in the dose engine; the pump runs at the computed rate.',
    initial: { p1: 5, p2: 4, s: 5 },
    causes: [{ itemId: 2, category: 'functional-defect', description: 'mg/h read as µg/h' }],
  });
  return { hazard, situation, harm, chain };
}

describe('risk management plan', () => {
  it('offers the default scales until saved, then keeps changes with an audit row', async () => {
    const plan = await f.ok('risk.plan', {});
    expect(plan).toMatchObject({ saved: false, updatedAt: null, scales: defaultScales() });
    expect(plan.missing).toContain('scope');
    // Every part opens on Cairn's draft, written from the project (issue 17: it was the one plan left blank).
    expect(Object.values(plan.drafts).every((text) => text.length > 80)).toBe(true);
    expect(plan.drafts.responsibilities).toContain('Ada Owner is responsible for this plan');
    expect(plan.scope).toBe('');
    const saved = await f.ok('risk.updatePlan', { scope: 'The pump software over its whole life cycle.' });
    expect(saved).toMatchObject({ saved: true, scope: 'The pump software over its whole life cycle.' });
    expect(saved.missing).not.toContain('scope');
    expect((await f.fails('risk.updatePlan', { scope: 'The pump software over its whole life cycle.' })).code).toBe('invalid_input');
    const { rows } = await f.ok('audit.list', { filter: { entity: 'risk_plan' } });
    expect(rows[0]?.summary).toBe('Risk management plan changed: scope');
  });

  it('refuses invalid scales with the field at fault', async () => {
    const scales = defaultScales();
    scales.acceptability[4]![4] = 'acceptable';
    expect(await f.fails('risk.updatePlan', { scales })).toMatchObject({ code: 'invalid_input', field: 'scales.acceptability.4.4' });
  });

  it('refuses removing a severity level a chain uses, saying where; allows it once nothing uses it', async () => {
    const { chain } = await unacceptableChain();
    const four = defaultScales();
    four.severity.pop();
    four.acceptability = four.acceptability.map((row) => row.slice(0, 4));
    const refused = await f.fails('risk.updatePlan', { scales: four });
    expect(refused).toMatchObject({
      code: 'conflict',
      field: 'scales.severity',
      message: 'Severity level 5 is in use by RISK-1 (initial); change those estimates before removing the level.',
    });
    await f.ok('risk.updateChain', { id: chain.id, initial: { p1: 5, p2: 4, s: 4 } });
    const saved = await f.ok('risk.updatePlan', { scales: four });
    expect(saved.scales.severity).toHaveLength(4);
  });

  it('judges the overall residual risk only once every chain has its residual estimate', async () => {
    const { chain } = await unacceptableChain();
    expect(await f.fails('risk.evaluateOverall', { evaluation: 'All fine.', acceptable: true })).toMatchObject({ code: 'conflict', message: expect.stringContaining('RISK-1') });
    const notYet = await f.ok('risk.evaluateOverall', { evaluation: 'Open risks remain.', acceptable: false });
    expect(notYet.overall).toMatchObject({ acceptable: false, evaluatedBy: 'Ada Owner' });
    await f.ok('risk.setResidual', { id: chain.id, residual: { p1: 5, p2: 4, s: 5 }, benefitRisk: 'Clinical benefit of home infusion outweighs the risk.' });
    const done = await f.ok('risk.evaluateOverall', { evaluation: 'Overall residual risk acceptable against the plan criterion.', acceptable: true });
    expect(done.overall.acceptable).toBe(true);
  });
});

describe('hazard analysis', () => {
  it('builds a chain with human IDs, its cell and acceptability, and links the item to the situation', async () => {
    const { chain, situation } = await unacceptableChain();
    expect(chain).toMatchObject({ humanId: 'RISK-1', hazard: { humanId: 'HAZ-1', category: 'information-data' }, situation: { humanId: 'HS-1' }, harm: { humanId: 'HARM-1' } });
    expect(chain.initial).toMatchObject({ p1: 5, p2: 4, p: 5, s: 5, cell: 'P5 × S5', acceptability: 'unacceptable' });
    expect(chain.causes).toEqual([{ itemId: 2, itemHumanId: 'ITEM-001', itemName: 'Dose engine', category: 'functional-defect', description: 'mg/h read as µg/h' }]);
    expect(chain.open).toEqual(['Unacceptable risk with no risk control.', 'Residual risk not estimated.']);
    const links = await f.ok('trace.links', { ref: { type: 'hazardous_situation', id: situation.id } });
    expect(links.map((l) => [l.fromLabel.humanId, l.meaning, l.toLabel.humanId])).toEqual([['ITEM-001', 'can contribute to', 'HS-1']]);
  });

  it('never reuses an ID and refuses to remove a record a chain uses', async () => {
    const { hazard, chain } = await unacceptableChain();
    expect(await f.fails('risk.removeRecord', { kind: 'hazard', id: hazard.id })).toMatchObject({
      code: 'conflict',
      message: 'HAZ-1 is used by RISK-1; change or remove those chains first.',
    });
    await f.ok('risk.removeChain', { id: chain.id });
    await f.ok('risk.removeRecord', { kind: 'hazard', id: hazard.id });
    const again = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Another', category: 'use-error' });
    expect(again.humanId).toBe('HAZ-2');
  });

  it('refuses out-of-scale values, the wrong form of probability and dangling references, writing nothing', async () => {
    const { hazard, situation, harm } = await unacceptableChain();
    const before = await f.auditCount();
    const base = { hazardId: hazard.id, situationId: situation.id, harmId: harm.id };
    expect(await f.fails('risk.addChain', { ...base, initial: { p1: 6, p2: 1, s: 1 } })).toMatchObject({
      code: 'invalid_input',
      field: 'initial.p1',
      message: 'P1 is 6 but its scale has levels 1 to 5.',
    });
    expect(await f.fails('risk.addChain', { ...base, initial: { p1: 1, p2: 1, s: 0 } })).toMatchObject({ field: 'initial.s' });
    expect(await f.fails('risk.addChain', { ...base, initial: { p: 3, s: 2 } })).toMatchObject({ field: 'initial.p' });
    expect(await f.fails('risk.addChain', { ...base, harmId: 99, initial: { p1: 1, p2: 1, s: 1 } })).toMatchObject({
      code: 'not_found',
      field: 'harmId',
      message: 'There is no harm with id 99.',
    });
    expect(await f.fails('risk.addChain', { ...base, initial: { p1: 1, p2: 1, s: 1 }, causes: [{ itemId: 42, category: 'soup-failure' }] })).toMatchObject({
      code: 'not_found',
      field: 'causes.0.itemId',
    });
    expect(await f.fails('risk.addControl', { chainIds: [1, 77], type: 'inherent-safety', name: 'Ghost' })).toMatchObject({ code: 'not_found', field: 'chainIds.1' });
    expect(await f.fails('risk.addRecord', { kind: 'hazard', name: 'No category' })).toMatchObject({ field: 'category' });
    expect(await f.auditCount()).toBe(before);
  });

  it('refuses a control that guards the hazard it introduces (a circular link)', async () => {
    const { chain, situation, harm } = await unacceptableChain();
    const alarm = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Alarm fatigue', category: 'use-error' });
    const second = await f.ok('risk.addChain', { hazardId: alarm.id, situationId: situation.id, harmId: harm.id, initial: { p1: 2, p2: 2, s: 3 } });
    const control = await f.ok('risk.addControl', { chainIds: [chain.id], type: 'protective-measure', name: 'Rate limit alarm', introducesHazard: true, newHazardId: alarm.id });
    expect(control.newHazard?.humanId).toBe('HAZ-2');
    expect(await f.fails('risk.updateControl', { id: control.id, chainIds: [chain.id, second.id] })).toMatchObject({
      code: 'conflict',
      field: 'newHazardId',
      message: 'RC-1 introduces HAZ-2, so it cannot also be a control of RISK-2, which starts from HAZ-2: that link would be circular.',
    });
    expect(await f.fails('risk.addControl', { chainIds: [chain.id], type: 'protective-measure', name: 'Flagless', newHazardId: alarm.id })).toMatchObject({ field: 'newHazardId' });
  });
});

describe('risk controls and residual risk', () => {
  it('turns an unacceptable chain acceptable through a control implemented by a new requirement', async () => {
    const { chain } = await unacceptableChain();
    const control = await f.ok('risk.addControl', {
      chainIds: [chain.id],
      type: 'protective-measure',
      name: 'Dose plausibility check',
      implementationVerification: 'TC-12',
      effectivenessVerification: 'Usability study US-3',
    });
    expect(control.humanId).toBe('RC-1');
    const linked = await f.ok('risk.createRequirement', { controlId: control.id, text: 'The pump shall refuse a rate above the drug library limit.' });
    expect(linked.requirements).toEqual([{ id: 1, humanId: 'REQ-1', title: 'Dose plausibility check', suspect: false }]);
    const req = await f.ok('requirements.get', { id: 1 });
    expect(req).toMatchObject({ source: 'risk-control', sourceRef: 'RC-1' });

    const residual = await f.ok('risk.setResidual', { id: chain.id, residual: { p1: 1, p2: 2, s: 5 } });
    expect(residual.residual).toMatchObject({ p: 1, s: 5, acceptability: 'acceptable' });
    expect(residual.open).toEqual([]);
    const matrix = await f.ok('risk.matrix', {});
    expect(matrix.initial[4]?.[4]).toBe(1);
    expect(matrix.residual[0]?.[4]).toBe(1);
    expect(matrix).toMatchObject({ chains: 1, residualPending: 0, unacceptableInitial: 1, unacceptableResidual: 0 });

    const { rows } = await f.ok('audit.list', { limit: 20 });
    expect(rows.map((r) => r.summary)).toEqual(
      expect.arrayContaining([
        'RC-1 "Dose plausibility check" added to RISK-1',
        'REQ-1 added: Dose plausibility check',
        'REQ-1 created from RC-1 and linked as its implementation',
        'RISK-1 residual risk P1 × S5, acceptable',
      ]),
    );
  });

  it('records a control and the requirement that implements it in one step, or neither', async () => {
    const { chain } = await unacceptableChain();
    const made = await f.ok('risk.addControl', {
      chainIds: [chain.id],
      type: 'protective-measure',
      name: 'Rate ceiling',
      implementedBy: { kind: 'new', text: 'The pump shall cap the rate at the library limit.' },
    });
    expect(made.requirements).toEqual([{ id: 1, humanId: 'REQ-1', title: 'Rate ceiling', suspect: false }]);
    expect(await f.ok('requirements.get', { id: 1 })).toMatchObject({ source: 'risk-control', sourceRef: 'RC-1', status: 'draft' });
    const linked = await f.ok('risk.addControl', {
      chainIds: [chain.id],
      type: 'inherent-safety',
      name: 'Integer rates only',
      implementedBy: { kind: 'existing', requirementId: 1 },
    });
    expect(linked.requirements.map((r) => r.humanId)).toEqual(['REQ-1']);

    // A requirement that does not exist: the control is not left behind without its implementation.
    const before = await f.auditCount();
    expect(
      await f.fails('risk.addControl', { chainIds: [chain.id], type: 'protective-measure', name: 'Orphan', implementedBy: { kind: 'existing', requirementId: 99 } }),
    ).toMatchObject({
      code: 'not_found',
      field: 'implementedBy.requirementId',
    });
    expect((await f.ok('risk.records', {})).controls.map((c) => c.name)).toEqual(['Rate ceiling', 'Integer rates only']);
    expect(await f.auditCount()).toBe(before);
  });

  it('gives information for safety no credit, and keeps a control a residual estimate relies on', async () => {
    const { chain } = await unacceptableChain();
    const label = await f.ok('risk.addControl', { chainIds: [chain.id], type: 'information-for-safety', name: 'Warning in the IFU' });
    expect(await f.fails('risk.setResidual', { id: chain.id, residual: { p1: 2, p2: 4, s: 5 } })).toMatchObject({
      code: 'invalid_input',
      field: 'residual.p',
      message: expect.stringContaining('Information for safety alone'),
    });
    const check = await f.ok('risk.addControl', { chainIds: [chain.id], type: 'inherent-safety', name: 'Integer-only dose units' });
    await f.ok('risk.setResidual', { id: chain.id, residual: { p1: 2, p2: 4, s: 5 } });
    expect(await f.fails('risk.removeControl', { id: check.id })).toMatchObject({ code: 'conflict', message: expect.stringContaining("RISK-1's residual risk relies on RC-2") });
    expect(await f.fails('risk.updateControl', { id: check.id, type: 'information-for-safety' })).toMatchObject({ code: 'conflict' });
    await f.ok('risk.removeControl', { id: label.id });
    const list = await f.ok('risk.list', {});
    expect(list.rows[0]?.controls.map((c) => c.humanId)).toEqual(['RC-2']);
  });

  it('asks for a benefit-risk analysis while the residual risk stays unacceptable', async () => {
    const { chain } = await unacceptableChain();
    const row = await f.ok('risk.setResidual', { id: chain.id, residual: { p1: 5, p2: 4, s: 5 } });
    expect(row.open).toContain('Residual risk unacceptable: benefit-risk analysis missing.');
    const withBr = await f.ok('risk.setResidual', { id: chain.id, residual: { p1: 5, p2: 4, s: 5 }, benefitRisk: 'Benefit outweighs the risk (CER section 6).' });
    expect(withBr.open).not.toContain('Residual risk unacceptable: benefit-risk analysis missing.');
  });

  it('marks links suspect when a control or chain changes and forgets them when the control goes', async () => {
    const { chain } = await unacceptableChain();
    const control = await f.ok('risk.addControl', { chainIds: [chain.id], type: 'protective-measure', name: 'Plausibility check' });
    await f.ok('requirements.create', { text: 'Refuse implausible rates.', source: 'risk-control' });
    await f.ok('risk.linkRequirement', { controlId: control.id, requirementId: 1 });
    expect(await f.fails('risk.linkRequirement', { controlId: control.id, requirementId: 1 })).toMatchObject({ code: 'conflict' });
    expect(await f.fails('risk.linkRequirement', { controlId: control.id, requirementId: 5 })).toMatchObject({ code: 'not_found', field: 'requirementId' });
    await f.ok('risk.updateControl', { id: control.id, description: 'Checks against the drug library.' });
    const after = await f.ok('risk.records', {});
    expect(after.controls[0]?.requirements[0]?.suspect).toBe(true);
    await f.ok('risk.removeControl', { id: control.id });
    expect(await f.ok('trace.links', { ref: { type: 'requirement', id: 1 } })).toEqual([]);
    const { rows } = await f.ok('audit.list', { filter: { entity: 'risk_control' }, limit: 1 });
    expect(rows[0]?.summary).toBe('RC-1 "Plausibility check" removed with 1 trace link(s)');
  });
});

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('CSV import', () => {
  const CSV = [
    'Hazard,Category,Hazardous situation,Harm,P1,P2,Severity,Controls,Control type,Residual P1,Residual P2,Residual severity',
    'Stale reading,information-data,Clinician sees yesterday’s value,Delayed treatment,4,3,4,Timestamp shown;Sync age warning,protective,2,3,4',
    'Stale reading,,Patient trusts an old trend,Missed exacerbation,Likely,Sometimes,Critical,Timestamp shown,,,,',
  ].join('\n');

  it('previews, imports in one go, reuses records and controls by name', async () => {
    const preview = await f.ok('risk.previewImport', { fileName: 'risks.csv', base64: b64(CSV) });
    expect(preview.unmapped).toEqual([]);
    expect(preview.mapping).toMatchObject({ hazard: 'Hazard', situation: 'Hazardous situation', s: 'Severity', controls: 'Controls', residualS: 'Residual severity' });
    const result = await f.ok('risk.import', { fileName: 'risks.csv', base64: b64(CSV), mapping: preview.mapping });
    expect(result).toEqual({ chains: 2, hazards: 1, situations: 2, harms: 2, controls: 2 });
    const list = await f.ok('risk.list', {});
    expect(list.rows.map((r) => [r.humanId, r.initial.cell, r.residual?.cell ?? null, r.controls.map((c) => c.humanId)])).toEqual([
      ['RISK-1', `P${list.rows[0]?.initial.p} × S4`, `P${list.rows[0]?.residual?.p} × S4`, ['RC-1', 'RC-2']],
      ['RISK-2', `P${list.rows[1]?.initial.p} × S4`, null, ['RC-1']],
    ]);
  });

  it('refuses missing required columns and bad rows by line, writing nothing', async () => {
    const before = await f.auditCount();
    const noSeverity = CSV.replace('Severity', 'Sev level');
    const preview = await f.ok('risk.previewImport', { fileName: 'risks.csv', base64: b64(noSeverity) });
    expect(preview.unmapped).toEqual(['s']);
    expect(await f.fails('risk.import', { fileName: 'risks.csv', base64: b64(noSeverity), mapping: preview.mapping })).toMatchObject({
      code: 'invalid_input',
      field: 'mapping',
      message: 'risks.csv: no column for Severity; map it before importing.',
    });
    const outOfScale = CSV.replace('Likely,Sometimes,Critical', 'Likely,Sometimes,9');
    const mapping = (await f.ok('risk.previewImport', { fileName: 'risks.csv', base64: b64(CSV) })).mapping;
    expect(await f.fails('risk.import', { fileName: 'risks.csv', base64: b64(outOfScale), mapping })).toMatchObject({
      message: 'risks.csv: Line 3: S is 9 but its scale has levels 1 to 5.',
    });
    const untyped = CSV.replace('Sync age warning,protective', 'Sync age warning,');
    expect(await f.fails('risk.import', { fileName: 'risks.csv', base64: b64(untyped), mapping })).toMatchObject({
      message: expect.stringContaining('Line 2: risk control "Timestamp shown" is new'),
    });
    expect(await f.auditCount()).toBe(before);
    expect((await f.ok('risk.list', {})).total).toBe(0);
  });
});
