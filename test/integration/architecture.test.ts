import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb } from '../support/project-db';
import { TraceRepo } from '../../electron/core/trace/trace-repo';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const C_ANSWERS = { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'death' } as const;
const SEGREGATION = { rationale: 'Runs in its own process with read-only access.', verification: 'Isolation test.' };

/** SYS-001 (class C) with ITEM-001 Dose engine (holding UNIT-001), ITEM-002 Log viewer lowered to A. */
async function classCSystem() {
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump controller' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Log viewer' });
  await f.ok('software.add', { parentId: 2, kind: 'unit', name: 'Rate limiter' });
  await f.ok('classification.classifySystem', { systemId: 1, answers: C_ANSWERS });
  await f.ok('classification.setItemClass', { itemId: 3, itemClass: 'A', segregation: SEGREGATION });
}

const motorLink = {
  name: 'Motor commands',
  from: { kind: 'software', id: 2 },
  to: { kind: 'external', name: 'Motor driver board' },
  protocol: 'SPI',
  dataExchanged: 'Step rate',
  direction: 'one-way',
} as const;

async function latestAudit(entity: string) {
  return (await f.ok('audit.list', { filter: { entity } })).rows[0];
}

describe('interfaces', () => {
  it('adds, changes and removes interfaces with IF-n IDs that are never reused, each with an audit row', async () => {
    await classCSystem();
    const added = await f.ok('architecture.addInterface', motorLink);
    expect(added.interfaces[0]).toMatchObject({ humanId: 'IF-1', fromLabel: 'ITEM-001 Dose engine', toLabel: 'Motor driver board (external)', revision: 1 });
    expect((await latestAudit('interface'))?.summary).toBe('IF-1 "Motor commands" added: ITEM-001 Dose engine → Motor driver board (external)');

    const changed = await f.ok('architecture.updateInterface', { id: 1, protocol: 'SPI at 1 MHz', direction: 'two-way' });
    expect(changed.interfaces[0]).toMatchObject({ protocol: 'SPI at 1 MHz', direction: 'two-way', revision: 2, name: 'Motor commands' });
    const update = await latestAudit('interface');
    expect(update?.summary).toMatch(/^IF-1 changed: protocol, direction/);
    expect(update?.before).toEqual({ protocol: 'SPI', direction: 'one-way' });
    expect((await f.fails('architecture.updateInterface', { id: 1, protocol: 'SPI at 1 MHz' })).code).toBe('invalid_input');

    await f.ok('architecture.removeInterface', { id: 1 });
    const again = await f.ok('architecture.addInterface', { ...motorLink, name: 'Motor commands v2' });
    expect(again.interfaces.map((i) => i.humanId)).toEqual(['IF-2']);
    expect((await f.fails('architecture.removeInterface', { id: 1 })).code).toBe('not_found');
  });

  it('marks trace links suspect on change and forgets them on removal, saying so in the audit row', async () => {
    await classCSystem();
    await f.ok('architecture.addInterface', motorLink);
    const db = openProjectDb(f.path());
    try {
      new TraceRepo(db).link({ type: 'interface', id: 1 }, { type: 'software_item', id: 2 }, '2026-01-01T00:00:00.000Z', 1);
      await f.ok('architecture.updateInterface', { id: 1, name: 'Motor step commands' });
      expect(new TraceRepo(db).linksOf({ type: 'interface', id: 1 })[0]).toMatchObject({ suspect: true, suspectReason: 'IF-1 changed: name' });
      expect((await latestAudit('interface'))?.summary).toMatch(/1 trace link now suspect/);
      await f.ok('architecture.removeInterface', { id: 1 });
      expect(new TraceRepo(db).linksOf({ type: 'interface', id: 1 })).toEqual([]);
      expect((await latestAudit('interface'))?.summary).toBe('IF-1 "Motor step commands" removed; its 1 trace link removed');
    } finally {
      db.close();
    }
  });

  it('refuses ends that do not make an interface, naming the field and writing nothing', async () => {
    await classCSystem();
    const before = await f.auditCount();
    expect(await f.fails('architecture.addInterface', { ...motorLink, from: { kind: 'software', id: 99 } })).toMatchObject({ code: 'not_found', field: 'from.id' });
    expect(await f.fails('architecture.addInterface', { ...motorLink, to: { kind: 'soup', id: 5 } })).toMatchObject({ code: 'not_found', field: 'to.id' });
    expect(await f.fails('architecture.addInterface', { ...motorLink, to: { kind: 'software', id: 2 } })).toMatchObject({ code: 'invalid_input', field: 'to' });
    expect(await f.fails('architecture.addInterface', { ...motorLink, from: { kind: 'software', id: 4 }, to: { kind: 'software', id: 2 } })).toMatchObject({
      code: 'invalid_input',
      field: 'to',
    });
    expect(await f.fails('architecture.addInterface', { ...motorLink, from: { kind: 'external', name: 'Hospital' } })).toMatchObject({ code: 'invalid_input', field: 'to' });
    expect(await f.fails('architecture.addInterface', { ...motorLink, to: { kind: 'external', name: '  ' } })).toMatchObject({ code: 'invalid_input', field: 'to.name' });
    expect(await f.fails('architecture.addInterface', { ...motorLink, direction: 'sideways' })).toMatchObject({ field: 'direction' });
    expect(await f.auditCount()).toBe(before);
    expect((await f.ok('architecture.get', {})).interfaces).toEqual([]);
  });

  it('lets only authors and owners change the architecture', async () => {
    await classCSystem();
    await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-password-1' });
    await f.ok('session.signOut', {});
    await f.ok('session.signIn', { email: 'rita@example.com', password: 'reviewer-password-1' });
    expect((await f.fails('architecture.addInterface', motorLink)).code).toBe('forbidden');
    expect((await f.ok('architecture.get', {})).projectClass).toBe('C');
  });
});

describe('class rules', () => {
  it('asks a class C project for interfaces, the segregation of a lowered item and the design of each unit', async () => {
    await classCSystem();
    const view = await f.ok('architecture.get', {});
    expect(view).toMatchObject({ projectClass: 'C', architectureNeed: 'required', detailedDesignNeed: 'required' });
    expect(view.gaps).toEqual([
      'SYS-001 Pump controller is class C: record its interfaces (5.3.2).',
      'ITEM-002 Log viewer: say how its segregation is made effective (5.3.5).',
      'UNIT-001 Rate limiter is class C: write its detailed design (5.4.2).',
    ]);
    const viewer = view.segregation.find((s) => s.item.humanId === 'ITEM-002');
    expect(viewer).toMatchObject({ need: 'required', classification: { rationale: SEGREGATION.rationale, verification: SEGREGATION.verification } });
    expect(view.segregation.find((s) => s.item.humanId === 'ITEM-001')?.need).toBe('optional');

    expect(await f.fails('architecture.setSegregation', { itemId: 3, measure: 'Separate process', effectiveness: '' })).toMatchObject({ field: 'effectiveness' });
    expect(await f.fails('architecture.setSegregation', { itemId: 4, measure: 'x', effectiveness: 'y' })).toMatchObject({ field: 'itemId' });
    await f.ok('architecture.setSegregation', {
      itemId: 3,
      measure: 'Separate OS process, no shared memory',
      effectiveness: 'Process sandbox profile; checked by the isolation test.',
    });
    expect((await latestAudit('segregation_measure'))?.summary).toBe('Segregation of ITEM-002 "Log viewer" recorded');
    expect(await f.fails('architecture.setUnitDesign', { unitId: 2, design: 'x' })).toMatchObject({ field: 'unitId' });
    expect(await f.fails('architecture.setUnitDesign', { unitId: 4, design: '', interfaces: 'In: rate' })).toMatchObject({ field: 'design' });
    await f.ok('architecture.setUnitDesign', { unitId: 4, design: 'Clamps the rate to the prescribed limit.', interfaces: 'In: requested rate (ml/h). Out: clamped rate.' });
    const done = await f.ok('architecture.addInterface', motorLink);
    expect(done.gaps).toEqual([]);
    expect(done.units[0]).toMatchObject({ need: 'required', design: 'Clamps the rate to the prescribed limit.', updatedBy: 'Ada Owner', parent: { humanId: 'ITEM-001' } });

    const cleared = await f.ok('architecture.setSegregation', { itemId: 3, measure: '', effectiveness: '' });
    expect(cleared.gaps).toEqual(['ITEM-002 Log viewer: say how its segregation is made effective (5.3.5).']);
    expect((await latestAudit('segregation_measure'))?.action).toBe('delete');
  });

  it('marks the architecture optional for class A and unit designs optional below class C', async () => {
    await f.ok('software.add', { parentId: null, kind: 'system', name: 'Leaflet viewer' });
    await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Pages' });
    await f.ok('software.add', { parentId: 2, kind: 'unit', name: 'Renderer' });
    await f.ok('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: false } });
    const view = await f.ok('architecture.get', {});
    expect(view).toMatchObject({ projectClass: 'A', architectureNeed: 'optional', detailedDesignNeed: 'optional', gaps: [] });
    expect(view.units[0]?.need).toBe('optional');
  });
});

describe('diagram', () => {
  it('has a box for every node and external end and an edge for every interface', async () => {
    await classCSystem();
    await f.ok('architecture.addInterface', motorLink);
    await f.ok('architecture.addInterface', { name: 'Log feed', from: { kind: 'software', id: 2 }, to: { kind: 'software', id: 3 }, direction: 'one-way' });
    const diagram = await f.ok('architecture.diagram', {});
    expect(diagram.boxes.map((b) => b.caption).sort()).toEqual(['External', 'ITEM-001', 'ITEM-002', 'SYS-001', 'UNIT-001']);
    expect(diagram.edges.map((e) => [e.label, e.from, e.to, e.clear])).toEqual([
      ['IF-1', 'software:2', 'external:Motor driver board', true],
      ['IF-2', 'software:2', 'software:3', true],
    ]);
    expect((await f.ok('architecture.get', {})).diagram).toEqual(diagram);
  });
});

describe('SOUP ends', () => {
  it('joins an item to a SOUP item from the SOUP list and refuses one taken out of use', async () => {
    await classCSystem();
    await f.ok('soup.add', { name: 'sqlcipher', version: '4.6.0', ecosystem: 'npm' });
    const soup = (await f.ok('soup.list', {})).items[0];
    if (!soup) throw new Error('no SOUP added');
    const view = await f.ok('architecture.addInterface', { name: 'Encrypted store', from: { kind: 'software', id: 2 }, to: { kind: 'soup', id: soup.id }, direction: 'two-way' });
    expect(view.interfaces[0]?.toLabel).toBe(`${soup.humanId} sqlcipher 4.6.0`);
    expect(view.diagram.boxes.find((b) => b.kind === 'soup')?.caption).toBe(soup.humanId);
    await f.ok('soup.remove', { id: soup.id });
    expect(await f.fails('architecture.addInterface', { name: 'Again', from: { kind: 'software', id: 3 }, to: { kind: 'soup', id: soup.id }, direction: 'one-way' })).toMatchObject(
      { code: 'invalid_input', field: 'to.id' },
    );
  });
});

describe('removing software the architecture relies on', () => {
  it('is refused with the reason, and allowed once the interface is gone', async () => {
    await classCSystem();
    await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Spare' });
    const added = await f.ok('architecture.addInterface', { ...motorLink, from: { kind: 'software', id: 5 } });
    expect(await f.fails('software.remove', { id: 5 })).toMatchObject({ code: 'conflict', field: 'id', message: expect.stringMatching(/^ITEM-003 has interfaces/) });
    const id = added.interfaces.find((i) => i.name === 'Motor commands')?.id ?? 0;
    await f.ok('architecture.removeInterface', { id });
    await f.ok('software.remove', { id: 5 });
  });
});
