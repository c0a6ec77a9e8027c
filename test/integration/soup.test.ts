import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

const lock = (packages: Record<string, { version: string; dev?: boolean }>, direct: string[]) =>
  JSON.stringify({
    name: 'app',
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', dependencies: Object.fromEntries(direct.map((d) => [d, '*'])) },
      ...Object.fromEntries(Object.entries(packages).map(([name, p]) => [`node_modules/${name}`, { ...p, license: 'MIT' }])),
    },
  });

const V1 = lock({ axios: { version: '1.6.0' }, 'follow-redirects': { version: '1.15.3' }, 'left-pad': { version: '1.3.0' }, vitest: { version: '1.0.0', dev: true } }, [
  'axios',
  'left-pad',
]);
const V2 = lock({ axios: { version: '1.7.2' }, 'follow-redirects': { version: '1.15.3' }, 'chart.js': { version: '4.4.1' } }, ['axios', 'chart.js']);
const B_ANSWERS = { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'non-serious-injury' } as const;

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

async function importLock(content: string) {
  const preview = await f.ok('soup.previewImport', { content, source: 'app/package-lock.json' });
  return { preview, result: await f.ok('soup.applyImport', { content, source: 'app/package-lock.json', token: preview.token }) };
}
const byName = async (name: string) => {
  const found = (await f.ok('soup.list', { includeRemoved: true })).items.find((s) => s.name === name);
  if (!found) throw new Error(`${name} not listed`);
  return found;
};

describe('SOUP import and re-import', () => {
  it('previews without writing, applies as one change, and a re-import shows and applies the diff', async () => {
    const before = await f.auditCount();
    const first = await f.ok('soup.previewImport', { content: V1, source: 'app/package-lock.json' });
    expect(first).toMatchObject({ format: 'npm-lock', unchanged: 0, skippedDev: 1, removed: [], versionChanged: [] });
    expect(first.added.map((a) => a.name)).toEqual(['axios', 'follow-redirects', 'left-pad']);
    expect(await f.auditCount()).toBe(before);
    const { result } = await importLock(V1);
    expect(result).toMatchObject({ added: 3, updated: 0, removed: 0, skipped: 1 });
    expect((await byName('axios')).humanId).toBe('SOUP-001');

    await f.ok('software.add', { parentId: null, kind: 'system', name: 'App' });
    await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Cloud sync' });
    const axios = await byName('axios');
    const linked = await f.ok('soup.setItems', { id: axios.id, itemIds: [2] });
    expect(linked.usedBy.map((u) => u.humanId)).toEqual(['ITEM-001']);

    const { preview, result: second } = await importLock(V2);
    expect(preview.versionChanged).toEqual([{ id: axios.id, humanId: 'SOUP-001', name: 'axios', from: '1.6.0', to: '1.7.2' }]);
    expect(preview.removed.map((r) => r.name)).toEqual(['left-pad']);
    expect(preview.added.map((a) => a.name)).toEqual(['chart.js']);
    expect(second).toMatchObject({ added: 1, updated: 1, removed: 1, unchanged: 1 });
    const moved = await byName('axios');
    expect(moved.version).toBe('1.7.2');
    expect(moved.usedBy[0]?.suspect).toBe(true);
    expect((await byName('left-pad')).removedAt).not.toBeNull();
    expect((await f.ok('soup.list', {})).items.map((s) => s.name)).toEqual(['axios', 'follow-redirects', 'chart.js']);
    expect((await byName('chart.js')).humanId).toBe('SOUP-004');
  });

  it('refuses an apply whose preview is stale, and keeps other sources out of the diff', async () => {
    const preview = await f.ok('soup.previewImport', { content: V1, source: 'app/package-lock.json' });
    await f.ok('soup.add', { name: 'sqlcipher', ecosystem: 'c', version: '4.5.6', supplier: 'Zetetic LLC' });
    await importLock(V1);
    expect(await f.fails('soup.applyImport', { content: V2, source: 'app/package-lock.json', token: preview.token })).toMatchObject({ code: 'conflict', field: 'token' });
    const other = await f.ok('soup.previewImport', { content: V2, source: 'backend/package-lock.json' });
    expect(other.removed).toEqual([]);
    expect(other.added).toHaveLength(3);
  });

  it('only authors and owners import', async () => {
    await f.ok('users.add', { name: 'Rita Reviewer', email: 'rita@example.com', role: 'reviewer', password: 'reviewer-pass-1' });
    await f.ok('session.signOut', {});
    await f.ok('session.signIn', { email: 'rita@example.com', password: 'reviewer-pass-1' });
    const preview = await f.ok('soup.previewImport', { content: V1, source: 'a' });
    expect((await f.fails('soup.applyImport', { content: V1, source: 'a', token: preview.token })).code).toBe('forbidden');
  });
});

describe('SOUP records', () => {
  it('asks for identity under class A and for the B/C fields under B; an anomaly review holds for its version', async () => {
    await f.ok('software.add', { parentId: null, kind: 'system', name: 'Viewer' });
    await f.ok('classification.classifySystem', { systemId: 1, answers: { contributesToHazardousSituation: false } });
    const added = await f.ok('soup.add', { name: 'sqlcipher', ecosystem: 'c', version: '4.5.6' });
    expect(added.safetyClass).toBe('A');
    expect(added.missing).toEqual(['supplier']);
    await f.ok('software.add', { parentId: null, kind: 'system', name: 'Measurement' });
    await f.ok('classification.classifySystem', { systemId: 2, answers: B_ANSWERS });
    const usedByB = await f.ok('soup.setItems', { id: added.id, itemIds: [1, 2] });
    expect(usedByB.safetyClass).toBe('B');
    expect(usedByB.missing).toEqual(['supplier', 'purpose', 'functionalRequirements', 'performanceRequirements', 'hardwareSoftwareRequirements', 'anomalyReview', 'riskLevel']);

    expect(await f.fails('soup.update', { id: added.id, anomalyReview: 'No open issue affects us.' })).toMatchObject({ field: 'anomalyReviewedAt' });
    const filled = await f.ok('soup.update', {
      id: added.id,
      supplier: 'Zetetic LLC',
      purpose: 'Encrypts the local measurement store.',
      functionalRequirements: 'AES-256 page encryption.',
      performanceRequirements: 'Opens a 50 MB store in under 1 s.',
      hardwareSoftwareRequirements: 'iOS 15+, Android 9+.',
      riskLevel: 'medium',
      anomalyReview: 'Read the 4.5.6 issue list; none affects our use.',
      anomalyReviewedAt: '2026-01-05',
    });
    expect(filled.missing).toEqual([]);
    expect(filled.anomalyReviewedVersion).toBe('4.5.6');
    expect(filled.usedBy.every((u) => u.suspect)).toBe(true);
    const upgraded = await f.ok('soup.update', { id: added.id, version: '4.6.0' });
    expect(upgraded.missing).toEqual(['anomalyReview']);
    const { rows } = await f.ok('audit.list', { filter: { entity: 'soup' }, limit: 1 });
    expect(rows[0]?.summary).toContain('version changed');
  });

  it('removal keeps the record, forgets its links, and refuses later edits', async () => {
    await f.ok('software.add', { parentId: null, kind: 'system', name: 'App' });
    const s = await f.ok('soup.add', { name: 'left-pad', ecosystem: 'npm', version: '1.3.0', supplier: 'Cameron Westland' });
    await f.ok('soup.setItems', { id: s.id, itemIds: [1] });
    const removed = await f.ok('soup.remove', { id: s.id });
    expect(removed.removedAt).not.toBeNull();
    expect(removed.usedBy).toEqual([]);
    expect((await f.ok('soup.list', {})).items).toEqual([]);
    expect((await f.fails('soup.update', { id: s.id, purpose: 'x' })).code).toBe('conflict');
    const { rows } = await f.ok('audit.list', { filter: { entity: 'soup' }, limit: 1 });
    expect(rows[0]?.summary).toBe('SOUP-001 left-pad 1.3.0 taken out of use; 1 trace link(s) removed');
    expect((await f.fails('soup.get', { id: 99 })).code).toBe('not_found');
    expect((await f.fails('soup.setItems', { id: 99, itemIds: [] })).code).toBe('not_found');
  });
});
