import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../shared/documents/content';
import type { DocumentControl } from '../../shared/documents/control';
import { renderPdf } from '../../electron/core/pdf/pdf-bytes';
import { renderBundle } from '../../electron/core/pdf/render-bundle';
import { renderDocument } from '../../electron/core/pdf/render-document';

const dir = mkdtempSync(join(tmpdir(), 'cairn-pdf-'));
const SHA = 'c'.repeat(64);

const content: DocumentContent = {
  docKey: 'SRS',
  title: 'Software requirements',
  orientation: 'landscape',
  purpose: 'Sites: Łódź, Ωμέγα, Москва.',
  records: [],
  sections: [
    {
      heading: 'Requirements',
      blocks: [
        { kind: 'table', columns: [{ header: 'ID' }, { header: 'Text', width: 5 }], rows: Array.from({ length: 120 }, (_, i) => [`REQ-${i}`, `Requirement ${i} → shall hold.`]) },
      ],
    },
  ],
};
const control: DocumentControl = {
  docKey: 'SRS',
  title: 'Software requirements',
  version: 3,
  state: 'approved',
  productName: 'PulseWatch',
  manufacturer: 'Acme Médical',
  issuedAt: '2026-11-25T08:00:00Z',
  contentSha256: SHA,
  changedSinceApproval: false,
  revisions: [],
  signatures: [{ printedName: 'Ada Lovelace', role: 'Owner', meaning: 'approved', signedAt: '2026-11-24T10:11:12Z', contentSha256: SHA, matchesContent: true, selfApproval: true }],
};

function save(name: string, bytes: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
const pdftotext = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

describe('renderPdf (checked with poppler and qpdf)', () => {
  it('writes a valid PDF whose text shows the cover, the signatures and the page footer', async () => {
    let ended = false;
    const progress: number[] = [];
    const file = save(
      'doc.pdf',
      await renderPdf(renderDocument(content, control), { beforeEnd: (doc) => (ended = typeof doc.end === 'function'), onProgress: (f) => progress.push(f) }),
    );
    expect(ended).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(spawnSync('qpdf', ['--check', file]).status).toBe(0);
    const text = pdftotext(file);
    const total = pages(file);
    expect(total).toBeGreaterThan(4);
    for (const expected of [
      'SRS v3',
      'Software requirements',
      'Acme Médical',
      SHA,
      'Ada Lovelace',
      'Approved by the author',
      '2026-11-24 10:11:12 UTC',
      `SRS v3 · page 1 of ${total}`,
      `page ${total} of ${total}`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/PDF version:\s+1\.7/);
  });

  it('round-trips accented Latin, Greek and Cyrillic text, and stands in for arrows the font lacks', async () => {
    const text = pdftotext(save('intl.pdf', await renderPdf(renderDocument(content, control))));
    for (const word of ['Łódź', 'Ωμέγα', 'Москва', 'Requirement 7 -> shall hold.']) expect(text).toContain(word);
  });

  it('renders a technical file that qpdf accepts, with its bookmarks', async () => {
    const manifest = [{ docKey: 'SRS', title: 'Software requirements', version: 3, contentSha256: SHA, signatures: ['Ada Lovelace, approved'] }];
    const file = save(
      'bundle.pdf',
      await renderPdf(renderBundle([{ content, control }], { productName: 'PulseWatch', manufacturer: 'Acme Médical', issuedAt: '2026-11-25T08:00:00Z', manifest })),
    );
    expect(spawnSync('qpdf', ['--check', file]).status).toBe(0);
    const text = pdftotext(file);
    expect(text).toContain('TECHNICAL FILE');
    expect(text).toContain('SRS v3 — Software requirements');
    const outlines = execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' });
    expect(outlines).toContain('SRS v3 — Software requirements');
    expect(outlines).toContain('1\u2002Purpose');
  });
});
