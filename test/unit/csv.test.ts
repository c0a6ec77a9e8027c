import { describe, expect, it } from 'vitest';
import { csvField, CsvError, parseCsv, parseCsvRecords, toCsv } from '../../electron/core/import/csv';

const fields = (text: string) => parseCsvRecords(text).map((r) => r.fields);

describe('CSV parser (RFC 4180 and what real files carry)', () => {
  it('splits plain records on LF, CRLF and lone CR, with or without a final line end', () => {
    expect(fields('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(fields('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(fields('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps quoted commas, doubled quotes and line breaks exactly', () => {
    expect(fields('"a, b","say ""hi""","x\r\ny\nz"\r\n')).toEqual([['a, b', 'say "hi"', 'x\r\ny\nz']]);
    expect(fields('"",""\n')).toEqual([['', '']]);
    expect(fields('a,"",c')).toEqual([['a', '', 'c']]);
  });

  it('keeps empty fields at either end and a trailing separator', () => {
    expect(fields(',a,\n')).toEqual([['', 'a', '']]);
    expect(fields('a,"b",')).toEqual([['a', 'b', '']]);
  });

  it('skips blank lines but counts them, so messages name the right line', () => {
    const records = parseCsvRecords('h1,h2\n\n"multi\nline",x\n\nlast,y\n');
    expect(records.map((r) => r.line)).toEqual([1, 3, 6]);
  });

  it('strips a byte-order mark and keeps any Unicode as it is', () => {
    const table = parseCsv('\uFEFFID,Text\r\nR-1,"Ünïcödé 🫁 日本語 — ≤ 4 GB"\r\n');
    expect(table.header).toEqual(['ID', 'Text']);
    expect(table.records[0]?.fields).toEqual(['R-1', 'Ünïcödé 🫁 日本語 — ≤ 4 GB']);
  });

  it('detects semicolon and tab separators from the header line', () => {
    expect(parseCsv('ID;Text\nR-1;"a, b; c"\n').records[0]?.fields).toEqual(['R-1', 'a, b; c']);
    expect(parseCsv('ID\tText\nR-1\tx,y\n').delimiter).toBe('\t');
    expect(parseCsv('"A;B",C\n1,2\n').delimiter).toBe(',');
  });

  it('names the line of an unclosed quote (a file cut short)', () => {
    expect(() => parseCsv('ID,Text\nR-1,ok\nR-2,"never closed\nmore\n')).toThrow(new CsvError(3, 'a quoted field is never closed (the file may be cut short).'));
  });

  it('refuses text after a closing quote and rows of the wrong width, naming the line', () => {
    expect(() => parseCsv('a,b\n"x"y,z\n')).toThrow(/^Line 2: text follows the closing quote/);
    expect(() => parseCsv('a,b\n1,2\n1,2,3\n')).toThrow(/^Line 3: this row has 3 fields but the header has 2/);
    expect(() => parseCsv('')).toThrow(/^Line 1: the file is empty/);
  });

  it('writes what it reads: quoting only where needed, CRLF, BOM', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('a"b')).toBe('"a""b"');
    const rows = [
      ['ID', 'Text'],
      ['R-1', 'a, "b"\r\nc\nd'],
      ['R-2', ''],
      ['R-3', '🫁'],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFFID,Text\r\n')).toBe(true);
    const back = parseCsv(text);
    expect([back.header, ...back.records.map((r) => r.fields)]).toEqual(rows);
  });
});
