import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'BreathWise app' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Measurement engine' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Sync client' });
});
afterEach(() => f.dispose());

describe('requirements', () => {
  it('creates with REQ-n IDs never reused, allocated to items, with the class and what it still needs', async () => {
    const first = await f.ok('requirements.create', { text: 'Compute FEV1 from each manoeuvre.', itemIds: [2] });
    expect(first).toMatchObject({
      humanId: 'REQ-1',
      type: 'functional',
      status: 'draft',
      revision: 1,
      safetyClass: 'C',
      heldTo: 'C',
      missing: ['source', 'acceptanceCriteria', 'verificationMethod'],
    });
    expect(first.items).toEqual([{ id: 2, humanId: 'ITEM-001', name: 'Measurement engine', safetyClass: 'C', suspect: false }]);
    const second = await f.ok('requirements.create', { text: 'Unallocated.', source: 'user-need' });
    // On no item yet, it is held to the project's class (C here: the system is not classified), not let off (issue 17).
    expect(second).toMatchObject({ humanId: 'REQ-2', safetyClass: null, heldTo: 'C', missing: ['acceptanceCriteria', 'verificationMethod'] });
    await f.ok('requirements.remove', { id: second.id });
    expect((await f.ok('requirements.create', { text: 'Third.' })).humanId).toBe('REQ-3');
    const audit = (await f.ok('audit.list', { filter: { entity: 'requirement' }, sort: { column: 'seq', dir: 'asc' } })).rows.map((r) => r.summary);
    expect(audit).toEqual(['REQ-1 added', 'REQ-1 allocated to ITEM-001 "Measurement engine"', 'REQ-2 added', 'REQ-2 removed', 'REQ-3 added']);
    // One record's history, as its detail panel shows it: its own rows only, matched exactly.
    const history = await f.ok('audit.list', { filter: { entity: 'requirement', entityId: 'REQ-1' }, sort: { column: 'seq', dir: 'asc' } });
    expect(history.rows.map((r) => r.summary)).toEqual(['REQ-1 added', 'REQ-1 allocated to ITEM-001 "Measurement engine"']);
    expect((await f.ok('audit.list', { filter: { entityId: 'REQ' } })).total).toBe(0);
  });

  it('updates only the fields given, counts revisions, marks links suspect once past draft and refuses no-ops', async () => {
    const req = await f.ok('requirements.create', { title: 'FEV1', text: 'Compute FEV1.', itemIds: [2, 3] });
    const updated = await f.ok('requirements.update', { id: req.id, acceptanceCriteria: 'Within 3 % of the reference.', verificationMethod: 'test' });
    expect(updated).toMatchObject({ title: 'FEV1', text: 'Compute FEV1.', revision: 2, missing: ['source'] });
    // A draft's links are still being drawn: editing it does not make them suspect (issue 17).
    expect(updated.items.map((i) => i.suspect)).toEqual([false, false]);
    // Approving is the last edit of the draft; after it every change asks for a fresh look at the links.
    expect((await f.ok('requirements.update', { id: req.id, status: 'approved' })).items.map((i) => i.suspect)).toEqual([false, false]);
    expect((await f.ok('requirements.update', { id: req.id, text: 'Compute FEV1 in litres.' })).items.map((i) => i.suspect)).toEqual([true, true]);
    expect(await f.fails('requirements.update', { id: req.id, title: 'FEV1' })).toMatchObject({ code: 'invalid_input', message: 'Nothing to change.' });
    expect((await f.fails('requirements.update', { id: 99, title: 'x' })).code).toBe('not_found');
    expect((await f.fails('requirements.update', { id: req.id, type: 'wish' })).field).toBe('type');
    const { rows } = await f.ok('audit.list', { filter: { action: 'update', entity: 'requirement' }, sort: { column: 'seq', dir: 'asc' } });
    expect(rows[0]).toMatchObject({ summary: 'REQ-1 changed: acceptanceCriteria, verificationMethod (revision 2)', before: { acceptanceCriteria: '', verificationMethod: '' } });
  });

  it('bulk-updates in one call with one audit row per changed requirement', async () => {
    for (const text of ['a', 'b', 'c']) await f.ok('requirements.create', { text, status: text === 'c' ? 'approved' : 'draft' });
    const before = await f.auditCount();
    expect(await f.ok('requirements.bulkUpdate', { ids: [1, 2, 3], set: { status: 'approved' } })).toEqual({ updated: 2 });
    expect(await f.auditCount()).toBe(before + 2);
    expect((await f.fails('requirements.bulkUpdate', { ids: [1, 2, 3], set: { status: 'approved' } })).field).toBe('set');
    expect((await f.fails('requirements.bulkUpdate', { ids: [1, 77], set: { status: 'verified' } })).field).toBe('ids.1');
    // The refused call changed nothing, not even the first requirement.
    expect((await f.ok('requirements.get', { id: 1 })).status).toBe('approved');
    expect((await f.fails('requirements.bulkUpdate', { ids: [1], set: {} })).code).toBe('invalid_input');
  });

  it('links and unlinks items, refusing duplicates and unknown items; removing forgets the links', async () => {
    const req = await f.ok('requirements.create', { text: 'x' });
    expect((await f.ok('requirements.linkItem', { id: req.id, itemId: 3 })).items.map((i) => i.humanId)).toEqual(['ITEM-002']);
    expect((await f.fails('requirements.linkItem', { id: req.id, itemId: 3 })).code).toBe('conflict');
    expect((await f.fails('requirements.linkItem', { id: req.id, itemId: 42 })).field).toBe('itemId');
    expect((await f.ok('requirements.unlinkItem', { id: req.id, itemId: 3 })).items).toEqual([]);
    expect((await f.fails('requirements.unlinkItem', { id: req.id, itemId: 3 })).code).toBe('not_found');
    await f.ok('requirements.linkItem', { id: req.id, itemId: 2 });
    await f.ok('requirements.remove', { id: req.id });
    const { rows } = await f.ok('audit.list', { filter: { action: 'delete', entity: 'requirement' } });
    expect(rows[0]?.summary).toBe('REQ-1 removed with 1 trace link');
    expect((await f.ok('requirements.list', { filter: { itemId: 2 } })).total).toBe(0);
  });

  it('lists with server-side paging, natural ID sort, filters and text search', async () => {
    for (let i = 1; i <= 12; i++)
      await f.ok('requirements.create', {
        text: `Requirement number ${i}${i === 7 ? ' about 100% of 5_x' : ''}`,
        type: i % 2 ? 'functional' : 'security',
        itemIds: i <= 3 ? [3] : [],
      });
    const page = await f.ok('requirements.list', { limit: 5, offset: 5 });
    expect(page.total).toBe(12);
    expect(page.rows.map((r) => r.humanId)).toEqual(['REQ-6', 'REQ-7', 'REQ-8', 'REQ-9', 'REQ-10']);
    const desc = await f.ok('requirements.list', { limit: 2, sort: { column: 'humanId', dir: 'desc' } });
    expect(desc.rows.map((r) => r.humanId)).toEqual(['REQ-12', 'REQ-11']);
    expect((await f.ok('requirements.list', { filter: { type: 'security' } })).total).toBe(6);
    expect((await f.ok('requirements.list', { filter: { itemId: 3 } })).rows.map((r) => r.humanId)).toEqual(['REQ-1', 'REQ-2', 'REQ-3']);
    expect((await f.ok('requirements.list', { filter: { text: '100%' } })).rows.map((r) => r.humanId)).toEqual(['REQ-7']);
    expect((await f.ok('requirements.list', { filter: { text: '5_x' } })).total).toBe(1);
    expect((await f.ok('requirements.list', { filter: { text: 'req-1' } })).total).toBe(4);
    // One requirement states all that any class asks for: the overview's count of incomplete ones agrees with each row's own verdict.
    const complete = page.rows.find((r) => r.humanId === 'REQ-6');
    await f.ok('requirements.update', { id: complete?.id ?? 0, source: 'system-requirement', acceptanceCriteria: 'Shown on the bench.', verificationMethod: 'test' });
    const overview = await f.ok('requirements.overview', {});
    expect(overview).toMatchObject({ total: 12, riskControls: 0, unallocated: 9, incomplete: 11, latestReview: null, projectClass: 'C' });
    expect((await f.ok('requirements.list', { limit: 100 })).rows.filter((r) => r.missing.length > 0)).toHaveLength(overview.incomplete);
  });

  it('leaves writing to authors and owners', async () => {
    await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-password-1' });
    await f.ok('session.signIn', { email: 'rita@example.com', password: 'reviewer-password-1' });
    expect((await f.fails('requirements.create', { text: 'x' })).code).toBe('forbidden');
    expect((await f.ok('requirements.list', {})).total).toBe(0);
  });
});
