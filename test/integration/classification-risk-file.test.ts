import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const A_CREDITED = { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: true } as const;
const C_ANSWERS = { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'death' } as const;

/**
 * A pump controller (SYS-001 with ITEM-001) beside an independent monitor (SYS-002), and a small risk file:
 * HS-1 reached by two chains (S3 and S4), HS-2 by one (S2, caused by the dose engine), HS-3 by none; controls
 * implemented inside the pump (RC-1), in the monitor (RC-2), by no requirement (RC-3) and by an unallocated one (RC-4).
 */
async function riskFile() {
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump controller' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Occlusion monitor' });
  const inPump = await f.ok('requirements.create', { title: 'Dose limit', text: 'The dose engine refuses rates above the drug limit.', itemIds: [2] });
  const inMonitor = await f.ok('requirements.create', { title: 'Occlusion stop', text: 'The monitor cuts motor power on an occlusion.', itemIds: [3] });
  const loose = await f.ok('requirements.create', { title: 'Audible alarm', text: 'An alarm sounds on every stop.' });
  const hazard = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Over-infusion', category: 'energy' });
  const add = async (kind: 'situation' | 'harm', names: string[]) => {
    const rows = [];
    for (const name of names) rows.push(await f.ok('risk.addRecord', { kind, name }));
    return rows;
  };
  const situations = await add('situation', ['Patient receives a bolus', 'Line stays occluded', 'Pump stops unnoticed']);
  const harms = await add('harm', ['Hypoglycaemic coma', 'Death from overdose', 'Bruising']);
  const chain = async (situation: number, harm: number, s: number, causes: { itemId: number; category: string }[] = []) =>
    f.ok('risk.addChain', { hazardId: hazard.id, situationId: situations[situation]!.id, harmId: harms[harm]!.id, initial: { p1: 3, p2: 3, s }, causes: causes as never });
  const r1 = await chain(0, 0, 3);
  const r2 = await chain(0, 1, 4);
  const r3 = await chain(1, 2, 2, [{ itemId: 2, category: 'functional-defect' }]);
  const control = async (name: string, requirementId?: number) => {
    const row = await f.ok('risk.addControl', { chainIds: [r1.id, r2.id, r3.id], type: 'protective-measure', name });
    if (requirementId) await f.ok('risk.linkRequirement', { controlId: row.id, requirementId });
    return row;
  };
  await control('Dose limit check', inPump.id);
  await control('Independent occlusion stop', inMonitor.id);
  await control('Nurse checks the line hourly');
  await control('Audible stop alarm', loose.id);
  return { situations, hazard, harms };
}

describe('classification from the risk file', () => {
  it('offers the situations with their worst severity and says which controls are external, and why', async () => {
    await riskFile();
    const file = await f.ok('classification.riskFile', { systemId: 1 });
    expect(
      file.situations.map((s) => [s.humanId, s.chains, s.worstSeverity?.level ?? null, s.worstSeverity?.harm ?? null, s.worstSeverity?.harmHumanId ?? null, s.causedBy]),
    ).toEqual([
      ['HS-1', 2, 4, 'serious', 'HARM-2', []],
      ['HS-2', 1, 2, 'non-serious', 'HARM-3', ['ITEM-001']],
      ['HS-3', 0, null, null, null, []],
    ]);
    expect(file.situations.find((s) => s.humanId === 'HS-2')?.linked).toBe(false);
    expect(file.controls.map((c) => [c.humanId, c.placement])).toEqual([
      ['RC-1', 'in-this-system'],
      ['RC-2', 'external'],
      ['RC-3', 'external'],
      ['RC-4', 'unplaced'],
    ]);
    expect(file.controls[0]?.reason).toMatch(/inside this system by REQ-1/);
    expect(file.controls[1]?.reason).toMatch(/only in SYS-002/);
    expect(file.controls[3]?.reason).toMatch(/REQ-3 is not allocated/);
    // Seen from the monitor, the pump's dose limit is the external one and the occlusion stop is inside.
    const monitor = await f.ok('classification.riskFile', { systemId: 3 });
    expect(monitor.controls.map((c) => c.placement)).toEqual(['external', 'in-this-system', 'external', 'unplaced']);
    expect((await f.fails('classification.riskFile', { systemId: 2 })).field).toBe('systemId');
  });

  it('names the picked situations and credited controls in the record, links the situations and audits it', async () => {
    const { situations } = await riskFile();
    const [hs1, hs2] = situations;
    const history = await f.ok('classification.classifySystem', {
      systemId: 1,
      answers: A_CREDITED,
      situationIds: [hs1!.id, hs2!.id],
      externalControls: [
        { riskControlId: 2, independence: 'Runs on its own processor and cuts motor power directly.' },
        { control: 'Pharmacy double-checks every prescription', independence: 'A person, before the pump is programmed.' },
      ],
    });
    const record = history.systemRecords[0];
    expect(record?.situations.map((s) => s.humanId)).toEqual(['HS-1', 'HS-2']);
    expect(record?.externalControls).toEqual([
      { control: 'Independent occlusion stop', independence: 'Runs on its own processor and cuts motor power directly.', riskControlId: 2, riskControlHumanId: 'RC-2' },
      { control: 'Pharmacy double-checks every prescription', independence: 'A person, before the pump is programmed.' },
    ]);
    const file = await f.ok('classification.riskFile', { systemId: 1 });
    expect(file.situations.map((s) => s.linked)).toEqual([true, true, false]);
    const { rows } = await f.ok('audit.list', { filter: { entity: 'system_classification' } });
    expect(rows[0]?.summary).toBe('SYS-001 classified: class A (linked to HS-1, HS-2)');

    // Answering again without HS-1 removes its link; HS-2 stays while the dose engine's chain does not name the system itself.
    await f.ok('classification.classifySystem', { systemId: 1, answers: C_ANSWERS, situationIds: [hs2!.id] });
    const again = await f.ok('classification.riskFile', { systemId: 1 });
    expect(again.situations.map((s) => s.linked)).toEqual([false, true, false]);
    const latest = await f.ok('audit.list', { filter: { entity: 'system_classification' } });
    expect(latest.rows[0]?.summary).toBe('SYS-001 classified: A → C (links to HS-1 removed)');
    // The earlier record still names what it was decided on.
    const records = (await f.ok('classification.history', { id: 1 })).systemRecords;
    expect(records.map((r) => r.situations.map((s) => s.humanId))).toEqual([['HS-2'], ['HS-1', 'HS-2']]);
  });

  it('keeps a classification link when a chain that named the system as a cause changes', async () => {
    const { situations, hazard, harms } = await riskFile();
    const hs3 = situations[2]!;
    const chain = await f.ok('risk.addChain', {
      hazardId: hazard.id,
      situationId: hs3.id,
      harmId: harms[2]!.id,
      initial: { p1: 2, p2: 2, s: 2 },
      causes: [{ itemId: 1, category: 'functional-defect' }],
    });
    await f.ok('classification.classifySystem', { systemId: 1, answers: C_ANSWERS, situationIds: [hs3.id] });
    await f.ok('risk.updateChain', { id: chain.id, causes: [] });
    expect((await f.ok('classification.riskFile', { systemId: 1 })).situations[2]?.linked).toBe(true);
  });

  it('refuses controls that are not external, unknown records, doubles and contradictions, writing nothing', async () => {
    const { situations } = await riskFile();
    const before = await f.auditCount();
    const classify = (extra: object, answers: object = A_CREDITED) => f.fails('classification.classifySystem', { systemId: 1, answers, ...extra });
    const inside = await classify({ externalControls: [{ riskControlId: 1, independence: 'x' }] });
    expect(inside).toMatchObject({ code: 'invalid_input', field: 'externalControls.0.riskControlId' });
    expect(inside.message).toMatch(/RC-1 cannot be credited as external: Implemented inside this system/);
    expect(await classify({ externalControls: [{ riskControlId: 4, independence: 'x' }] })).toMatchObject({ code: 'invalid_input', field: 'externalControls.0.riskControlId' });
    expect(await classify({ externalControls: [{ riskControlId: 99, independence: 'x' }] })).toMatchObject({ code: 'not_found', field: 'externalControls.0.riskControlId' });
    expect(
      await classify({
        externalControls: [
          { riskControlId: 3, independence: 'x' },
          { riskControlId: 3, independence: 'y' },
        ],
      }),
    ).toMatchObject({ field: 'externalControls.1.riskControlId' });
    expect(await classify({ externalControls: [{ riskControlId: 3, independence: '' }] })).toMatchObject({ field: 'externalControls.0.independence' });
    expect(await classify({ situationIds: [99], externalControls: [{ riskControlId: 3, independence: 'x' }] })).toMatchObject({ code: 'not_found', field: 'situationIds.0' });
    expect(await classify({ situationIds: [situations[0]!.id] }, { contributesToHazardousSituation: false })).toMatchObject({ field: 'situationIds' });
    expect(await f.auditCount()).toBe(before);
    expect((await f.ok('classification.riskFile', { systemId: 1 })).situations.every((s) => !s.linked)).toBe(true);
  });

  it('names the situations and controls by their IDs in the safety classification record', async () => {
    const { situations } = await riskFile();
    await f.ok('classification.classifySystem', {
      systemId: 1,
      answers: A_CREDITED,
      situationIds: [situations[1]!.id],
      externalControls: [{ riskControlId: 3, independence: 'A nurse, hourly.' }],
    });
    await f.ok('classification.classifySystem', {
      systemId: 1,
      answers: A_CREDITED,
      situationIds: [situations[0]!.id],
      externalControls: [{ riskControlId: 2, independence: 'Own processor.' }],
    });
    const ssc = await f.ok('documents.create', { type: 'safety-classification' });
    const tables = ssc.live.content.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
    expect(tables).toContainEqual([['HS-1', 'Patient receives a bolus']]);
    expect(tables).toContainEqual([['RC-2', 'Independent occlusion stop', 'Own processor.']]);
    const earlier = ssc.live.content.sections.flatMap((s) => s.subsections ?? []).find((s) => s.heading === 'Earlier classifications');
    expect(JSON.stringify(earlier)).toMatch(/HS-2, RC-3/);
  });
});

describe('the sample project', () => {
  it('classifies BreathWise from its risk file', async () => {
    const demo = new CoreFixture();
    try {
      await demo.sample();
      const [app, portal] = await demo.ok('software.tree', {});
      const appRecord = (await demo.ok('classification.history', { id: app!.id })).systemRecords[0];
      expect(appRecord?.class).toBe('B');
      expect(appRecord?.situations.map((s) => s.humanId)).toEqual(['HS-1', 'HS-2', 'HS-3', 'HS-4', 'HS-5', 'HS-6', 'HS-7', 'HS-8']);
      const portalRecord = (await demo.ok('classification.history', { id: portal!.id })).systemRecords[0];
      expect(portalRecord?.situations.map((s) => s.humanId)).toEqual(['HS-3', 'HS-7', 'HS-8']);
      expect(portalRecord?.externalControls.map((c) => c.riskControlHumanId ?? 'free text')).toEqual(['free text', 'RC-6', 'RC-11']);
    } finally {
      await demo.dispose();
    }
  }, 240_000);
});
