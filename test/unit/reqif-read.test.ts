import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReqif } from '../../electron/core/import/reqif-read';
import { writeReqif } from '../../electron/core/import/reqif-write';
import { unzipReqif, zipReqif } from '../../electron/core/import/reqifz';
import { textToXhtml, xhtmlToText } from '../../electron/core/import/xml-text';
import { proposeMapping } from '../../shared/requirements/propose-mapping';

const fixture = (name: string) => readFileSync(`test/fixtures/reqif/${name}`);

describe('ReqIF flavours', () => {
  it('reads a DOORS-style file: integer foreign IDs, XHTML paragraphs and lists, enumerations, hierarchy order', () => {
    const table = readReqif(fixture('doors-style.reqif').toString('utf8'));
    expect(table.sourceTool).toBe('DOORS Next 7.0.3');
    expect(table.columns.map((c) => `${c.name}:${c.kind}`)).toEqual([
      'IDENTIFIER:IDENTIFIER',
      'ReqIF.ForeignID:INTEGER',
      'ReqIF.Text:XHTML',
      'ReqIF.ChapterName:STRING',
      'ReqIF.Name:STRING',
      'Requirement Type:ENUMERATION',
    ]);
    expect(table.rows.map((r) => r.cells['ReqIF.ForeignID'])).toEqual(['100', '102', '101', '103']);
    const [heading, latency, fev, pairing] = table.rows.map((r) => r.cells);
    expect(heading).toEqual({ IDENTIFIER: '_so-100', 'ReqIF.ForeignID': '100', 'ReqIF.ChapterName': 'Measurement' });
    expect(fev?.['ReqIF.Text']).toBe('The app shall compute FEV1 and FVC from each manoeuvre.\nValues are shown in litres with two decimals & the % predicted.');
    expect(latency?.['ReqIF.Text']).toBe('Results appear within 2\u00A0s of the end of exhalation.\nMeasured on the reference phone (≤ 4 GB RAM).');
    expect(latency?.['Requirement Type']).toBe('Performance');
    expect(pairing?.['ReqIF.Text']).toBe('Bluetooth pairing shall need:\n- the 6-digit PIN on the device\n- confirmation in the app');
    expect(proposeMapping(table.columns.map((c) => c.name))).toEqual({
      humanId: 'ReqIF.ForeignID',
      title: 'ReqIF.Name',
      text: 'ReqIF.Text',
      type: 'Requirement Type',
      heading: 'ReqIF.ChapterName',
    });
  });

  it('reads a Polarion-style file: prefixed namespace, missing LONG-NAMEs, two object types sharing a name', () => {
    const table = readReqif(fixture('polarion-style.reqif').toString('utf8'));
    expect(table.sourceTool).toBe('Polarion ALM 2404');
    // Definitions come grouped by datatype, as the parser meets them; the mapping step lists them all.
    expect(table.columns.map((c) => c.name).sort()).toEqual([
      'IDENTIFIER',
      'ReqIF.Description',
      'ReqIF.ForeignID',
      'ReqIF.Name',
      'acceptanceCriteria',
      'status',
      'verificationMethod',
    ]);
    expect(table.rows.map((r) => r.cells['ReqIF.Name'])).toEqual(['Data synchronisation', 'Offline queue', 'Transport encryption']);
    expect(table.rows[1]?.cells).toMatchObject({ status: 'approved', verificationMethod: 'Test', acceptanceCriteria: 'No session is lost across 72 h offline; order is kept.' });
    expect(table.rows[2]?.cells['ReqIF.Description']).toBe('All traffic to the clinic portal uses TLS 1.3.\nCertificates are pinned.');
    expect(proposeMapping(table.columns.map((c) => c.name))).toEqual({
      humanId: 'ReqIF.ForeignID',
      title: 'ReqIF.Name',
      text: 'ReqIF.Description',
      acceptanceCriteria: 'acceptanceCriteria',
      verificationMethod: 'verificationMethod',
      status: 'status',
    });
  });

  it('reads a zipped ReqView-style file: plain names, object LONG-NAMEs', () => {
    const table = readReqif(unzipReqif(fixture('reqview-style.reqifz')));
    expect(table.sourceTool).toBe('ReqView 2.19');
    expect(table.rows.map((r) => r.cells['LONG-NAME'])).toEqual(['SRS-14', 'SRS-15']);
    expect(table.rows[1]?.cells.Text).toBe('The coaching screen shows "Blow hard — keep going!" until 6 s of exhalation.\nIt speaks the cue aloud when sound is on.');
    expect(proposeMapping(table.columns.map((c) => c.name))).toEqual({
      humanId: 'ID',
      text: 'Text',
      type: 'Type',
      rationale: 'Rationale',
      status: 'Status',
      items: 'Software item',
    });
  });

  it('refuses DTDs and entity declarations before parsing (no XXE, no entity expansion)', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><REQ-IF>&b;</REQ-IF>';
    expect(() => readReqif(bomb)).toThrow(/DOCTYPE or entities/);
    expect(() => readReqif('<?xml version="1.0"?><!DOCTYPE r SYSTEM "file:///etc/passwd"><REQ-IF/>')).toThrow(/DOCTYPE/);
  });

  it('names the line of malformed or truncated XML and refuses other XML', () => {
    const text = fixture('doors-style.reqif').toString('utf8');
    expect(() => readReqif(text.slice(0, 4000))).toThrow(/^Not well-formed XML at line \d+, column \d+/);
    expect(() => readReqif('<html><body/></html>')).toThrow(/no REQ-IF element/);
  });

  it('keeps a value whose attribute definition no type defines, under its IDENTIFIER, and warns naming it (issue 19: real exports do this)', () => {
    const text = fixture('doors-style.reqif').toString('utf8');
    const table = readReqif(text.replace('<ATTRIBUTE-DEFINITION-STRING-REF>_ad-chap<', '<ATTRIBUTE-DEFINITION-STRING-REF>_ad-gone<'));
    expect(table.warnings).toEqual([
      'SPEC-OBJECT "_so-100": an ATTRIBUTE-VALUE-STRING refers to attribute definition "_ad-gone", which no SPEC-OBJECT-TYPE defines; the value is kept as column "_ad-gone".',
    ]);
    expect(table.rows[0]?.cells).toMatchObject({ IDENTIFIER: '_so-100', '_ad-gone': 'Measurement' });
    expect(table.columns.at(-1)).toEqual({ name: '_ad-gone', kind: 'STRING' });
  });

  it('refuses a zip that is not one, or holds no .reqif', () => {
    expect(() => unzipReqif(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]))).toThrow(/not a readable zip/);
    expect(() => unzipReqif(zipReqif('notes.txt', 'hello'))).toThrow(/no \.reqif file/);
  });

  it('writes ReqIF that it reads back exactly, text with line breaks and markup characters included', () => {
    const values = { 'ReqIF.ForeignID': 'REQ-1', 'ReqIF.Text': 'a < b & "c"\nsecond line  with two spaces', Status: 'draft' };
    const xml = writeReqif({
      title: 'T & Co',
      createdAt: '2026-01-01T00:00:00.000Z',
      columns: Object.keys(values),
      xhtmlColumn: 'ReqIF.Text',
      records: [{ key: '1', lastChange: '2026-01-01T00:00:00.000Z', values }],
    });
    const back = readReqif(xml);
    expect(back.sourceTool).toBe('Cairn');
    expect(back.rows[0]?.cells).toEqual({ IDENTIFIER: 'SO-1', ...values });
    expect(readReqif(unzipReqif(zipReqif('x.reqif', xml))).rows[0]?.cells).toEqual(back.rows[0]?.cells);
  });

  it('turns XHTML into lines and back', () => {
    expect(xhtmlToText('<xhtml:div>one<xhtml:br/>two</xhtml:div>')).toBe('one\ntwo');
    expect(xhtmlToText('<div>\n  <p>a &#x2264; b</p>\n  <p>c&nbsp;d <b>bold</b></p>\n</div>')).toBe('a ≤ b\nc\u00A0d bold');
    expect(xhtmlToText(textToXhtml('x\n\ny <z>'))).toBe('x\n\ny <z>');
  });
});
