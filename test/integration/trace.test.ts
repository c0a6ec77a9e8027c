import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump controller' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Alarm manager' });
});
afterEach(() => f.dispose());

const REQ = { type: 'functional' as const };

describe('trace links', () => {
  it('links a requirement to an item with an audit row, and refuses wrong, dangling and duplicate links', async () => {
    const req = await f.ok('requirements.create', { ...REQ, title: 'Dose limit', text: 'The pump shall refuse a dose above the limit.' });
    const before = await f.auditCount();
    const link = await f.ok('trace.link', { from: { type: 'requirement', id: req.id }, to: { type: 'software_item', id: 2 } });
    expect(link).toMatchObject({ meaning: 'is implemented in', fromLabel: { humanId: req.humanId }, toLabel: { humanId: 'ITEM-001', title: 'Dose engine' }, suspect: false });
    expect(await f.auditCount()).toBe(before + 1);
    const { rows } = await f.ok('audit.list', { filter: { entity: 'trace_link' } });
    expect(rows[0]?.summary).toBe(`${req.humanId} is implemented in ITEM-001`);

    expect(await f.fails('trace.link', { from: { type: 'requirement', id: req.id }, to: { type: 'software_item', id: 2 } })).toMatchObject({ code: 'conflict' });
    expect(await f.fails('trace.link', { from: { type: 'software_item', id: 2 }, to: { type: 'requirement', id: req.id } })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/swap the two ends/),
    });
    expect(await f.fails('trace.link', { from: { type: 'requirement', id: req.id }, to: { type: 'software_item', id: 99 } })).toMatchObject({ code: 'not_found', field: 'to.id' });
    expect(await f.fails('trace.link', { from: { type: 'requirement', id: 42 }, to: { type: 'software_item', id: 2 } })).toMatchObject({ code: 'not_found', field: 'from.id' });
    expect(await f.fails('trace.link', { from: { type: 'requirement', id: req.id }, to: { type: 'nonsense', id: 2 } })).toMatchObject({ code: 'invalid_input' });
    expect(await f.auditCount()).toBe(before + 1);
  });

  it('marks links suspect when either end changes, and a review clears them', async () => {
    const req = await f.ok('requirements.create', { ...REQ, title: 'Occlusion alarm', text: 'The pump shall alarm on occlusion.', itemIds: [3] });
    const [link] = await f.ok('trace.links', { ref: { type: 'requirement', id: req.id } });
    expect(link?.suspect).toBe(false);

    await f.ok('software.update', { id: 3, description: 'Raises and escalates alarms' });
    const [afterItemChange] = await f.ok('trace.links', { suspectOnly: true });
    expect(afterItemChange).toMatchObject({ id: link?.id, suspect: true, suspectReason: expect.stringMatching(/ITEM-002/) });
    const gaps = await f.ok('trace.gaps', {});
    expect(gaps.counts['suspect-link']).toBe(1);
    expect(gaps.gaps.find((g) => g.kind === 'suspect-link')).toMatchObject({ home: 'trace', linkId: link?.id });

    const reviewed = await f.ok('trace.review', { linkIds: [link?.id ?? 0] });
    expect(reviewed[0]).toMatchObject({ suspect: false, reviewedByName: 'Ada Owner' });
    expect((await f.ok('trace.gaps', {})).counts['suspect-link']).toBe(0);

    await f.ok('requirements.update', { id: req.id, text: 'The pump shall alarm within 30 s of an occlusion.' });
    expect(await f.ok('trace.links', { suspectOnly: true })).toHaveLength(1);
  });

  it('forgets a removed item’s links and says so in the audit trail', async () => {
    await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Spare' });
    const req = await f.ok('requirements.create', { ...REQ, title: 'Spare', text: 'Something.', itemIds: [4] });
    await f.ok('software.remove', { id: 4 });
    expect(await f.ok('trace.links', { ref: { type: 'requirement', id: req.id } })).toEqual([]);
    const { rows } = await f.ok('audit.list', { filter: { entity: 'software_item', action: 'delete' } });
    expect(rows[0]?.summary).toBe('ITEM-003 "Spare" removed with its 1 trace link(s)');
  });

  it('unlinks with an audit row and returns what remains', async () => {
    const req = await f.ok('requirements.create', { ...REQ, title: 'Both', text: 'Spans two items.', itemIds: [2, 3] });
    const links = await f.ok('trace.links', { ref: { type: 'requirement', id: req.id } });
    const remaining = await f.ok('trace.unlink', { linkId: links[0]?.id ?? 0 });
    expect(remaining.map((l) => l.toLabel.humanId)).toEqual(['ITEM-002']);
    expect(await f.fails('trace.unlink', { linkId: 999 })).toMatchObject({ code: 'not_found', field: 'linkId' });
  });
});

describe('gap report and matrix', () => {
  it('finds each kind of gap, and each closes when the record is put right', async () => {
    // Approved, so that an edit after linking makes the link suspect (a draft's unreviewed links stay as they are).
    const req = await f.ok('requirements.create', { ...REQ, title: 'Bolus', text: 'The pump shall deliver a bolus on request.', status: 'approved' });
    let report = await f.ok('trace.gaps', {});
    expect(report.checked).toMatchObject({ requirements: 1, softwareItems: 3 });
    expect(report.gaps.map((g) => [g.kind, g.record.humanId])).toEqual([
      ['requirement-without-item', req.humanId],
      ['requirement-without-verification', req.humanId],
      ['item-without-requirement', 'ITEM-001'],
      ['item-without-requirement', 'ITEM-002'],
    ]);
    expect(report.gaps[0]).toMatchObject({ home: 'requirements', message: expect.stringMatching(/not allocated to any software item/) });

    await f.ok('requirements.linkItem', { id: req.id, itemId: 2 });
    await f.ok('requirements.update', { id: req.id, verificationMethod: 'test' });
    report = await f.ok('trace.gaps', {});
    // The update came after the link, so the link now wants a look as well.
    expect(report.gaps.map((g) => [g.kind, g.record.humanId])).toEqual([
      ['item-without-requirement', 'ITEM-002'],
      ['suspect-link', req.humanId],
    ]);

    const matrix = await f.ok('trace.matrix', {});
    expect(matrix.rows).toEqual([
      expect.objectContaining({
        humanId: req.humanId,
        riskControl: false,
        type: 'Functional',
        verificationMethod: 'Test',
        items: [expect.objectContaining({ humanId: 'ITEM-001', suspect: true })],
      }),
    ]);
  });

  it('leaves obsolete requirements out', async () => {
    const req = await f.ok('requirements.create', { ...REQ, title: 'Old', text: 'Superseded.' });
    await f.ok('requirements.update', { id: req.id, status: 'obsolete' });
    const report = await f.ok('trace.gaps', {});
    expect(report.checked.requirements).toBe(0);
    expect(report.gaps.some((g) => g.record.type === 'requirement')).toBe(false);
    expect((await f.ok('trace.matrix', {})).rows).toEqual([]);
  });
});

describe('risk-control gaps', () => {
  it('finds controls with no requirement or verification and risk-control requirements no control names', async () => {
    const hazard = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Wrong dose computed', category: 'information-data' });
    const situation = await f.ok('risk.addRecord', { kind: 'situation', name: 'Patient receives ten times the rate' });
    const harm = await f.ok('risk.addRecord', { kind: 'harm', name: 'Overdose' });
    const chain = await f.ok('risk.addChain', {
      hazardId: hazard.id,
      situationId: situation.id,
      harmId: harm.id,
      initial: { p1: 5, p2: 4, s: 5 },
      causes: [{ itemId: 2, category: 'functional-defect', description: 'unit mix-up' }],
    });
    const control = await f.ok('risk.addControl', { chainIds: [chain.id], type: 'protective-measure', name: 'Dose plausibility check' });
    const orphan = await f.ok('requirements.create', {
      ...REQ,
      title: 'Limit',
      text: 'Refuse doses above the limit.',
      source: 'risk-control',
      itemIds: [2],
      verificationMethod: 'test',
    });

    const kinds = (report: { gaps: { kind: string; record: { humanId: string } }[] }) =>
      report.gaps.filter((g) => g.kind.startsWith('risk-')).map((g) => [g.kind, g.record.humanId]);
    let report = await f.ok('trace.gaps', {});
    expect(report.checked.riskControls).toBe(1);
    expect(kinds(report)).toEqual([
      ['risk-control-without-requirement', control.humanId],
      ['risk-requirement-without-control', orphan.humanId],
      ['risk-control-unverified', control.humanId],
    ]);
    expect(report.gaps.find((g) => g.kind === 'risk-control-unverified')).toMatchObject({ home: 'risk', record: { type: 'risk_control' } });

    await f.ok('risk.linkRequirement', { controlId: control.id, requirementId: orphan.id });
    await f.ok('risk.updateControl', { id: control.id, implementationVerification: 'Unit test TC-4 runs the check on the boundary doses.' });
    report = await f.ok('trace.gaps', {});
    expect(kinds(report)).toEqual([]);
    const row = (await f.ok('trace.matrix', {})).rows.find((r) => r.humanId === orphan.humanId);
    expect(row).toMatchObject({ riskControl: true, riskControls: [expect.objectContaining({ humanId: control.humanId })] });

    // The item the chain names as a cause stays while the risk analysis relies on it.
    await f.ok('requirements.unlinkItem', { id: orphan.id, itemId: 2 });
    expect(await f.fails('software.remove', { id: 2 })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(new RegExp(`named as a cause in the risk analysis \\(${chain.humanId}\\)`)),
    });
  });
});
