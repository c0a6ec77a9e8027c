import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { questionsFor } from '../../shared/reviews/checklists';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'BreathWise app' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Measurement engine' });
  await f.ok('software.add', { parentId: 2, kind: 'unit', name: 'FEV1 computation' });
});
afterEach(() => f.dispose());

const yes = (kind: 'requirements' | 'unit-verification', unitClass: 'C' | null = null) => questionsFor(kind, unitClass).map((q) => ({ question: q.key, answer: 'yes' as const }));

describe('Verification records document', () => {
  it('lists every review oldest first with its answers, checks, findings and signature, and exports as a PDF', async () => {
    await f.ok('reviews.record', { kind: 'requirements', scope: 'REQ-1 to REQ-9', answers: yes('requirements'), result: 'passed', password: OWNER.password });
    await f.ok('reviews.record', {
      kind: 'unit-verification',
      scope: 'FEV1 code review',
      answers: yes('unit-verification', 'C'),
      result: 'passed-with-obligations',
      findings: 'Add a boundary test at 0.5 L.',
      unit: {
        unitId: 3,
        changeRef: 'PR #142 9c3e7d1',
        checks: [
          { check: 'static-analysis', outcome: 'passed', tool: 'ESLint 9', detail: '0 errors' },
          { check: 'coverage', outcome: 'failed', measuredPercent: 87.5, requiredPercent: 90 },
        ],
        anomalies: ['Rounding below 0.5 L'],
      },
      password: OWNER.password,
    });
    const doc = await f.ok('documents.create', { type: 'verification-records' });
    expect(doc.docKey).toBe('VERIFICATION-RECORDS');
    const content = doc.live.content;
    expect(content.sections.map((s) => s.heading)).toEqual(['Overview', 'REV-1: Software requirements verification', 'REV-2: Software unit verification']);
    expect(content.records.map((r) => r.key)).toEqual(['review:REV-1', 'review:REV-2']);
    const unitFacts = content.sections[2]?.blocks[0];
    expect(unitFacts).toMatchObject({ kind: 'keyValue' });
    expect(unitFacts?.kind === 'keyValue' && Object.fromEntries(unitFacts.rows)).toMatchObject({
      Unit: 'UNIT-001 FEV1 computation, class C',
      'Commit or pull request': 'PR #142 9c3e7d1',
      'Anomalies raised': 'Rounding below 0.5 L',
      Result: 'Passed with obligations',
      Signature: 'Ada Owner (owner), reviewed, 2026-01-01 00:00:05 UTC',
    });

    const pdf = await f.ok('documents.exportPdf', { documentId: doc.id });
    const path = join(f.dir, 'verification.pdf');
    writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Verification records',
      'REV-2: Software unit verification',
      'PR #142 9c3e7d1',
      '87.5% measured, 90% required',
      'Ada Owner (owner), reviewed',
      'Add a boundary test at 0.5 L.',
    ]) {
      expect(text).toContain(expected);
    }
  }, 60_000);

  // Every class B unit of 1.0.0 verified (issue 16: UNIT-007 and UNIT-008 had none), the acceptability checker's
  // obligation met by a second verification, and the architecture reviewed by the reviewer, not its author.
  it('shows the BreathWise sample reviews signed, with a passed unit verification of every unit', async () => {
    await f.sample();
    const reviews = await f.ok('reviews.list', {});
    expect(reviews.map((r) => [r.kind, r.unit?.changeRef ?? null, r.result, r.signatures.map((s) => `${s.signerName} ${s.meaning} ${s.current}`)])).toEqual([
      ['unit-verification', 'PR #163, merge commit e2c94b7', 'passed', ['Sofia Lindqvist reviewed true']],
      ['unit-verification', 'PR #157, merge commit 4b1f0a8', 'passed-with-obligations', ['Sofia Lindqvist reviewed true']],
      ['unit-verification', 'PR #142, merge commit 9c3e7d1', 'passed', ['Sofia Lindqvist reviewed true']],
      ['unit-verification', 'PR #136, merge commit 5d08b3f', 'passed', ['Sofia Lindqvist reviewed true']],
      ['unit-verification', 'PR #131, merge commit a71c2e5', 'passed', ['Sofia Lindqvist reviewed true']],
      ['architecture', null, 'passed', ['Sofia Lindqvist reviewed true']],
      // Recorded by the reviewer once every requirement exists, not by the author who wrote them.
      ['requirements', null, 'passed', ['Sofia Lindqvist reviewed true']],
    ]);
    expect(reviews[1]?.unit?.checks.map((c) => c.check)).toEqual(['code-review', 'static-analysis', 'unit-tests', 'coverage']);
  }, 120_000);
});
