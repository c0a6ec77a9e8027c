import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../shared/documents/content';
import type { DocumentControl } from '../../shared/documents/control';
import { hyphenationCut, isSyllableCut } from '../../shared/documents/hyphenation';
import { hyphenateOverlongWords } from '../../electron/core/pdf/hyphenate';
import { renderPdf } from '../../electron/core/pdf/pdf-bytes';
import { renderDocument } from '../../electron/core/pdf/render-document';

/** Issue 16: text pdfmake wraps itself must never show a word cut without a hyphen. */
const WORD = 'Lungenfunktionsverlaufsüberwachungsbenachrichtigungseinstellungsänderungsprotokollierungsverpflichtungsnachweisdokumentationsaufbewahrungsfristverlängerung';
const SHA = 'd'.repeat(64);
const dir = mkdtempSync(join(tmpdir(), 'cairn-hyphen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const content: DocumentContent = {
  docKey: 'SRS',
  title: 'Software requirements',
  orientation: 'portrait',
  purpose: 'States what the software must do.',
  records: [],
  sections: [
    {
      heading: 'Wrapped text',
      blocks: [
        { kind: 'paragraph', text: `The record names the ${WORD} and goes on after it.` },
        { kind: 'list', items: [`First item with the ${WORD} in it.`] },
        { kind: 'keyValue', rows: [['Obligation', `${WORD} held by the manufacturer.`]] },
      ],
    },
  ],
};
const control: DocumentControl = {
  docKey: 'SRS',
  title: 'Software requirements',
  version: 1,
  state: 'draft',
  productName: 'PulseWatch',
  manufacturer: 'Acme Médical',
  issuedAt: '2026-11-25T08:00:00Z',
  contentSha256: SHA,
  changedSinceApproval: false,
  revisions: [],
  signatures: [],
};

describe('hyphenation of words wider than their line', () => {
  it('cuts the word in every kind of wrapped text only at line ends, each cut marked by a hyphen', async () => {
    const file = join(dir, 'hyphen.pdf');
    writeFileSync(file, await renderPdf(renderDocument(content, control)));
    // -raw keeps each line's own text (the default mode joins words hyphenated at a line end).
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    // The word did not fit whole anywhere; rejoined at "-⏎" it reads whole in all three blocks.
    expect(text.split(WORD).length - 1).toBe(0);
    expect(text.replace(/-\n/g, '').split(WORD).length - 1).toBe(3);
  });

  it('leaves words that fit to pdfmake and cuts a hash without a hyphen', () => {
    expect(hyphenateOverlongWords('short words stay as they are', 100, 9.5)).toBe('short words stay as they are');
    const hash = 'ab12'.repeat(40);
    const cut = hyphenateOverlongWords(`sha ${hash}`, 200, 9.5);
    expect(cut.startsWith('sha ')).toBe(true);
    expect(cut.slice(4).split('\n').join('')).toBe(hash);
    expect(cut).not.toContain('-');
  });

  it('cuts at a syllable boundary near the line end, never inside a sounded pair or next to a lone letter', () => {
    const cuts = (word: string) =>
      [...word]
        .map((_, at) => at)
        .filter((at) => isSyllableCut(word, at))
        .map((at) => `${word.slice(0, at)}-${word.slice(at)}`);
    expect(cuts('Nachweis')).toEqual(['Nach-weis']);
    expect(cuts('Überprüfung')).toEqual(['Über-prüfung', 'Überprü-fung']);
    expect(cuts('acceptability')).toEqual(['ac-ceptability', 'accep-tability', 'accepta-bility', 'acceptabi-lity', 'acceptabili-ty']);
    expect(cuts('Bach')).toEqual([]);
    // Nothing at a syllable near the line end: cut where the line is full.
    expect(hyphenationCut('xkcdxkcdxkcd', 7)).toBe(7);
    expect(hyphenationCut('verification', 9)).toBe(8);
  });
});
