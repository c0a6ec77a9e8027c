import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKLISTS } from '../../shared/reviews/checklists';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'BreathWise app' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Measurement engine' });
});
afterEach(() => f.dispose());

describe('Software requirements specification', () => {
  it('groups requirements by system and item, calls out risk controls and shows the latest review, in landscape', async () => {
    await f.ok('requirements.create', { title: 'FEV1', text: 'Compute FEV1 from each manoeuvre.', source: 'user-need', sourceRef: 'UN-1', itemIds: [2] });
    await f.ok('requirements.create', {
      title: 'Stale calibration',
      text: 'Refuse to measure with a calibration older than 30 days.',
      type: 'alarm',
      source: 'risk-control',
      sourceRef: 'HAZ-2',
      itemIds: [1],
    });
    await f.ok('requirements.create', { text: 'Unallocated requirement.' });
    await f.ok('reviews.record', {
      kind: 'requirements',
      scope: 'REQ-1 to REQ-3',
      answers: CHECKLISTS.requirements.questions.map((q) => ({ question: q.key, answer: 'yes' as const })),
      result: 'passed',
      password: OWNER.password,
    });
    const doc = await f.ok('documents.create', { type: 'srs' });
    expect(doc.docKey).toBe('SRS');
    const content = doc.live.content;
    expect(content.orientation).toBe('landscape');
    expect(content.sections.map((s) => s.heading)).toEqual([
      'Overview',
      'Verification of the requirements (5.2.6)',
      'Risk control measures implemented in software (5.2.3)',
      'SYS-001 BreathWise app (class C)',
      'Not allocated to a software item',
    ]);
    expect(content.sections[3]?.subsections?.map((s) => s.heading)).toEqual(['ITEM-001 Measurement engine (class C)']);
    expect(content.records.map((r) => r.key)).toEqual(['requirement:REQ-1', 'requirement:REQ-2', 'requirement:REQ-3', 'review:REV-1']);

    const pdf = await f.ok('documents.exportPdf', { documentId: doc.id });
    const path = join(f.dir, 'srs.pdf');
    writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Software requirements specification');
    expect(text).toContain('Refuse to measure with a calibration older than 30 days.');
    expect(text).toMatch(/REV-1/);
  }, 60_000);
});
