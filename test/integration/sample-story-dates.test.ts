import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

/**
 * Issue 16, dates an auditor lines up: the sample is built on a clock (2025-12-01 for the cached copy, the
 * real day in the app), and every date typed into its records must sit on the right side of the 1.0.0
 * release that clock records: what the story tells of before the release (the internal audit, the management
 * review, CAPA actions done, SOUP anomaly reviews) before it; plans (next reviews, due dates) and the field
 * complaint's handling after it.
 */
let f: CoreFixture;
let released = '';
beforeAll(async () => {
  f = new CoreFixture();
  await f.sample();
  released = (await f.ok('releases.get', { version: '1.0.0' })).releasedAt?.slice(0, 10) ?? '';
});
afterAll(() => f.dispose());

const datesIn = (text: string, after: string) => [...text.matchAll(new RegExp(`${after} (\\d{4}-\\d\\d-\\d\\d)`, 'g'))].map((m) => m[1] ?? '');
const fieldsOf = async (kind: 'capa' | 'audit' | 'review' | 'supplier') => (await f.ok('qms.records', { kind })).map((r) => r.fields);

describe('the sample’s dates against its release', () => {
  it('has released 1.0.0 on the day the sample was built', () => {
    expect(released).toBe('2025-12-01');
  });

  it('dates the audit, the management review, the CAPA actions done and the SOUP reviews before the release', async () => {
    const capas = await fieldsOf('capa');
    const done = capas.flatMap((c) => datesIn(c.actions ?? '', 'done'));
    const soupReviews = (await f.ok('soup.list', {})).items.flatMap((s) => (s.anomalyReviewedAt ? [s.anomalyReviewedAt] : []));
    const before = [...(await fieldsOf('audit')).map((a) => a.date ?? ''), ...(await fieldsOf('review')).map((r) => r.date ?? ''), ...done, ...soupReviews];
    expect(done.length).toBeGreaterThan(0);
    expect(soupReviews.length).toBeGreaterThan(0);
    expect(before.filter((date) => !(date < released))).toEqual([]);
  });

  it('dates next reviews and open actions after the release', async () => {
    const due = (await fieldsOf('capa')).flatMap((c) => datesIn(c.actions ?? '', 'due'));
    const after = [...(await fieldsOf('review')).map((r) => r.nextReview ?? ''), ...(await fieldsOf('supplier')).map((s) => s.nextReview ?? ''), ...due];
    expect(due.length).toBeGreaterThan(0);
    expect(after.filter((date) => !(date > released))).toEqual([]);
  });

  it('assesses the field complaint no earlier than the release it was found in', async () => {
    const { problems } = await f.ok('problems.list', {});
    const complaint = problems.find((p) => p.source === 'customer');
    expect(complaint?.foundInVersion).toBe('1.0.0');
    const assessed = datesIn(complaint?.partiesAdvised ?? '', 'vigilance assessment');
    expect(assessed).toHaveLength(1);
    expect(assessed.filter((date) => date < released)).toEqual([]);
  });
});
