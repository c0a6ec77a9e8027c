import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeAll(async () => {
  f = new CoreFixture();
  await f.sample();
}, 120_000);
afterAll(() => f.dispose());

describe('the sample project’s problems and changes', () => {
  it('holds the field complaint worked through to a fully assessed change, and a deferred known anomaly', async () => {
    const { problems } = await f.ok('problems.list', {});
    const complaint = problems.find((p) => p.source === 'customer');
    const finding = problems.find((p) => p.source === 'internal');
    expect(complaint).toMatchObject({ criticality: 'high', affectsSafety: true, decision: 'fix', status: 'investigating' });
    expect(complaint?.risks).toHaveLength(1);
    expect(complaint?.closingGaps.map((g) => g.field)).toEqual(['fixVerification']);
    expect(finding).toMatchObject({ decision: 'defer', affectsSafety: false });
    expect(finding?.anomalyEvaluation).not.toBe('');

    const [change] = (await f.ok('changes.list', {})).changes;
    expect(change).toMatchObject({
      status: 'draft',
      approvalGaps: [],
      eu: { outcome: 'not-significant' },
      us: { outcome: 'document-only' },
      problem: { humanId: complaint?.humanId },
    });
    expect(change?.impact.soup.map((s) => s.title)).toContain('react-native-ble-plx 3.1.2');
    expect(change?.impact.requirements.length).toBeGreaterThan(0);
    expect(change?.impact.documents.map((d) => d.docKey)).toContain('SRS');
  });
});
