import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture, OWNER } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const C_ANSWERS = { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'death' } as const;

async function architecture() {
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump controller' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Log viewer' });
  await f.ok('software.add', { parentId: 2, kind: 'unit', name: 'Rate limiter' });
  await f.ok('classification.classifySystem', { systemId: 1, answers: C_ANSWERS });
  await f.ok('architecture.addInterface', {
    name: 'Motor commands',
    from: { kind: 'software', id: 2 },
    to: { kind: 'external', name: 'Motor driver board' },
    protocol: 'SPI',
    direction: 'one-way',
  });
  await f.ok('architecture.addInterface', { name: 'Dose log feed', from: { kind: 'software', id: 2 }, to: { kind: 'software', id: 3 }, direction: 'one-way' });
  await f.ok('architecture.setUnitDesign', { unitId: 4, design: 'Clamps the requested rate to the prescribed ceiling.', interfaces: 'In: requested rate. Out: clamped rate.' });
  const answers = ['implements-requirements', 'supports-interfaces', 'supports-soup', 'segregation-effective'].map((question) => ({ question, answer: 'yes' as const }));
  await f.ok('reviews.record', { kind: 'architecture', scope: 'SAD draft 1', answers, result: 'passed', password: OWNER.password });
}

async function exportText(type: 'sad' | 'detailed-design') {
  const doc = await f.ok('documents.create', { type });
  const pdf = await f.ok('documents.exportPdf', { documentId: doc.id });
  const path = f.path(`${type}.pdf`);
  writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
  return {
    text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }),
    images: execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2),
    live: doc.live.content,
  };
}

describe('architecture documents', () => {
  it('exports the SAD with the diagram as vector graphics, the interfaces and the latest architecture review', async () => {
    await architecture();
    const { text, images, live } = await exportText('sad');
    expect(live.orientation).toBe('landscape');
    expect(live.sections.some((s) => s.blocks.some((b) => b.kind === 'diagram'))).toBe(true);
    // The diagram's labels are real text in the PDF, and the PDF holds no raster image.
    expect(images).toEqual([]);
    for (const expected of [
      'Architecture diagram',
      'UNIT-001',
      'Motor driver board',
      'IF-1',
      'IF-2',
      'Motor commands',
      'Software architecture verification (5.3.6)',
      'SAD draft 1',
    ])
      expect(text).toContain(expected);
  });

  it('exports the detailed design with each unit, its interfaces and a note that no design review is on record', async () => {
    await architecture();
    const { text } = await exportText('detailed-design');
    for (const expected of [
      'UNIT-001 Rate limiter',
      'Clamps the requested rate to the prescribed ceiling.',
      'In: requested rate. Out: clamped rate.',
      'No detailed design verification has been recorded yet.',
    ])
      expect(text).toContain(expected);
  });
});
