import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'BreathWise app' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Spirometer link' });
});
afterEach(() => f.dispose());

describe('SOUP list document', () => {
  it('lists direct and transitive SOUP with requirements, anomaly review, risk and items, in landscape', async () => {
    const ble = await f.ok('soup.add', { name: 'react-native-ble-plx', ecosystem: 'npm', version: '3.1.2', supplier: 'Intent sp. z o.o.', licence: 'Apache-2.0' });
    await f.ok('soup.update', {
      id: ble.id,
      purpose: 'Bluetooth Low Energy link to the spirometer.',
      functionalRequirements: 'Scan, connect, subscribe to the flow characteristic.',
      anomalyReview: 'Read the open issues for 3.1.2; reconnect loop on Android 14 worked around.',
      anomalyReviewedAt: '2026-01-05',
      riskLevel: 'medium',
    });
    await f.ok('soup.setItems', { id: ble.id, itemIds: [2] });
    await f.ok('soup.add', { name: 'base64-js', ecosystem: 'npm', version: '1.5.1', direct: false });
    const doc = await f.ok('documents.create', { type: 'soup-list' });
    expect(doc.docKey).toBe('SOUP-LIST');
    const content = doc.live.content;
    expect(content.orientation).toBe('landscape');
    expect(content.sections.map((s) => s.heading)).toEqual(['Overview', 'SOUP used directly', 'SOUP pulled in by other packages', 'Open points']);
    expect(content.records.map((r) => r.key)).toEqual(['soup:SOUP-001', 'soup:SOUP-002']);

    const pdf = await f.ok('documents.exportPdf', { documentId: doc.id });
    const path = join(f.dir, 'soup.pdf');
    writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('SOUP list');
    expect(text).toContain('react-native-ble-plx 3.1.2');
    expect(text).toContain('2026-01-05 (for 3.1.2)');
    expect(text).toMatch(/medium\s+ITEM-001/);
  }, 60_000);
});
