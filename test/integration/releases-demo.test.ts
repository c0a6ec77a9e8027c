import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseDetail } from '../../shared/api/release-types';
import { CoreFixture } from './core-fixture';

// The sample project's release: BreathWise 1.0.0 in preparation, honest about what still blocks it.

let f: CoreFixture;
let release: ReleaseDetail;
beforeAll(async () => {
  f = new CoreFixture();
  await f.sample();
  release = await f.ok('releases.get', { version: '1.0.0' });
}, 180_000);
afterAll(() => f.dispose());

describe('BreathWise 1.0.0', () => {
  it('is a class B draft with its build, archive and delivery described and four artefacts archived', () => {
    expect(release).toMatchObject({ status: 'draft', title: 'First market release (EU)', artefacts: 4 });
    expect(release.checklist.safetyClass).toBe('B');
    const met = release.checklist.items.filter((i) => i.met).map((i) => i.clause);
    expect(met).toEqual(expect.arrayContaining(['5.8.4', '5.8.5', '5.8.7']));
  });

  it('says what is missing before it can be released', () => {
    const blocked = release.checklist.items.filter((i) => i.applies && !i.met).map((i) => i.clause);
    expect(blocked).toContain('5.8.1');
    expect(blocked).toContain('5.8.8');
    expect(release.checklist.blockers.find((b) => b.startsWith('5.8.8:'))).toBe('5.8.8: Nobody has confirmed that delivered copies match the archived SHA-256.');
  });
});
