import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'BreathWise app' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
});
afterEach(() => f.dispose());

const file = (path: string) => ({ fileName: path.split('/').at(-1) as string, base64: readFileSync(path).toString('base64') });
const text = (fileName: string, content: string) => ({ fileName, base64: Buffer.from(content, 'utf8').toString('base64') });
const SPREADSHEET = 'test/fixtures/requirements/spreadsheet.csv';

async function importWithProposal(input: { fileName: string; base64: string }) {
  const preview = await f.ok('requirements.previewImport', input);
  return f.ok('requirements.import', { ...input, mapping: preview.mapping });
}

async function allRequirements() {
  return (await f.ok('requirements.list', { limit: 1000 })).rows.map(({ id: _id, createdAt: _c, updatedAt: _u, revision: _r, items, ...rest }) => ({
    ...rest,
    items: items.map((i) => i.humanId),
  }));
}

describe('CSV import', () => {
  it('previews columns, samples and a mapping by header names', async () => {
    const preview = await f.ok('requirements.previewImport', file(SPREADSHEET));
    expect(preview).toMatchObject({ format: 'csv', rowCount: 5, savedMapping: false });
    expect(preview.columns[2]).toEqual({ name: 'Description', kind: 'text', samples: expect.arrayContaining([expect.stringContaining('100 Hz')]) as unknown });
    expect(preview.mapping).toEqual({
      humanId: 'ID',
      title: 'Title',
      text: 'Description',
      type: 'Type',
      source: 'Source',
      sourceRef: 'Source Ref',
      rationale: 'Rationale',
      acceptanceCriteria: 'Acceptance Criteria',
      verificationMethod: 'Verification Method',
      status: 'Status',
      items: 'Software Item',
    });
  });

  it('imports every row in one go, keeps IDs and text exactly, links items by ID or name, and counts', async () => {
    const result = await importWithProposal(file(SPREADSHEET));
    // A CSV has no outline: its heading row is skipped, as before sections existed.
    expect(result).toEqual({
      format: 'csv',
      rows: 5,
      added: 4,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      skippedReasons: ['Line 7: no requirement text ("Heading only" looks like a heading).'],
      sections: 0,
      relations: 0,
      warnings: [],
    });
    const rows = await allRequirements();
    expect(rows.map((r) => r.humanId)).toEqual(['SRS-001', 'SRS-002', 'SRS-003', 'SRS-004']);
    expect(rows[1]?.text).toBe('Volumes are shown as "L" (litres), e.g. 3,45 L in German locales.');
    expect(rows[2]?.text).toBe('Line one of the requirement.\r\nLine two, with a comma.\nLine three — Ünïcödé 🫁 日本語.');
    expect(rows[3]).toMatchObject({ type: 'alarm', source: 'risk-control', sourceRef: 'HAZ-2 / RC-1', status: 'approved', verificationMethod: 'test', items: ['ITEM-001'] });
    expect(rows[0]).toMatchObject({ type: 'performance', source: 'system-requirement', items: ['ITEM-001'] });
    // New requirements keep getting REQ-n numbers.
    expect((await f.ok('requirements.create', { text: 'After import' })).humanId).toBe('REQ-1');
    const summary = (await f.ok('audit.list', { filter: { entity: 'requirements_import' } })).rows[0]?.summary;
    expect(summary).toBe('spreadsheet.csv: 4 added, 0 updated, 0 unchanged, 1 skipped');
  });

  it('re-imports by ID: changed rows update, the rest are unchanged, and the mapping is remembered', async () => {
    await importWithProposal(file(SPREADSHEET));
    const edited = readFileSync(SPREADSHEET, 'utf8').replace('without gaps', 'without any gap');
    const again = await importWithProposal(text('spreadsheet.csv', edited));
    expect(again).toMatchObject({ added: 0, updated: 1, unchanged: 3, skipped: 1 });
    const updated = await f.ok('requirements.list', { filter: { text: 'any gap' } });
    expect(updated.rows[0]).toMatchObject({ humanId: 'SRS-001', revision: 2 });
    expect(updated.rows[0]?.items[0]?.suspect).toBe(true);
    expect((await f.ok('requirements.previewImport', file(SPREADSHEET))).savedMapping).toBe(true);
  });

  it('uses a chosen mapping: unmapped fields stay as they are', async () => {
    const csv = 'Key;Statement;Kind\nA-1;First;security\nA-2;Second;\n';
    const result = await f.ok('requirements.import', { ...text('other.csv', csv), mapping: { humanId: 'Key', text: 'Statement', type: 'Kind' } });
    expect(result).toMatchObject({ added: 2 });
    await f.ok('requirements.update', { id: 1, rationale: 'Kept' });
    await f.ok('requirements.import', { ...text('other.csv', 'Key;Statement\nA-1;First, reworded\n'), mapping: { humanId: 'Key', text: 'Statement' } });
    expect(await f.ok('requirements.get', { id: 1 })).toMatchObject({ text: 'First, reworded', rationale: 'Kept', type: 'security' });
  });

  it('refuses a bad file naming the line, and writes nothing', async () => {
    const before = await f.auditCount();
    const cases: [string, RegExp][] = [
      ['ID,Text\nR-1,"unclosed\n', /^bad\.csv: Line 2: a quoted field is never closed/],
      ['ID,Text\nR-1,ok\nR-2,ok,extra\n', /^bad\.csv: Line 3: this row has 3 fields/],
      ['ID,Text,Type\nR-1,ok,functional\nR-2,ok,wishful\n', /^Line 3, Type \("Type"\): "wishful" is not one of/],
      ['ID,Text\nR-1,ok\nR-1,again\n', /^Line 3: ID "R-1" was already used by Line 2/],
      ['ID,Text,Software item\nR-1,ok,ITEM-404\n', /^Line 2: there is no software system, item or unit "ITEM-404"/],
    ];
    for (const [content, message] of cases) {
      const input = text('bad.csv', content);
      const preview = await f.ok('requirements.previewImport', input).catch(() => null);
      const mapping = preview?.mapping ?? { humanId: 'ID', text: 'Text' };
      const error = await f.fails('requirements.import', { ...input, mapping });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(message);
    }
    expect((await f.fails('requirements.import', { ...text('x.csv', 'A,B\n1,2\n'), mapping: { text: 'C' } })).field).toBe('mapping.text');
    expect((await f.fails('requirements.import', { ...text('x.csv', 'A,B\n1,2\n'), mapping: { title: 'A' } })).field).toBe('mapping.text');
    expect((await f.fails('requirements.previewImport', { fileName: 'latin1.csv', base64: Buffer.from([0x49, 0x44, 0x0a, 0xe9, 0x0a]).toString('base64') })).message).toMatch(
      /not UTF-8/,
    );
    expect(await f.auditCount()).toBe(before);
    expect((await f.ok('requirements.list', {})).total).toBe(0);
  });
});

describe('ReqIF import', () => {
  it('imports each flavour with its proposed mapping; counts equal the file', async () => {
    const doors = await importWithProposal(file('test/fixtures/reqif/doors-style.reqif'));
    // Headings (a chapter name and no text) are sections of the outline now, not skipped rows.
    expect(doors).toMatchObject({ format: 'reqif', rows: 4, added: 3, skipped: 0, sections: 1 });
    const polarion = await importWithProposal(file('test/fixtures/reqif/polarion-style.reqif'));
    expect(polarion).toMatchObject({ rows: 3, added: 2, skipped: 0, sections: 1 });
    const reqview = await importWithProposal(file('test/fixtures/reqif/reqview-style.reqifz'));
    expect(reqview).toMatchObject({ rows: 2, added: 2 });
    const rows = await allRequirements();
    expect(rows.map((r) => r.humanId)).toEqual(['101', '102', '103', 'BW-11', 'BW-12', 'SRS-14', 'SRS-15']);
    expect(rows.find((r) => r.humanId === 'BW-11')).toMatchObject({ title: 'Offline queue', status: 'approved', verificationMethod: 'test' });
    expect(rows.find((r) => r.humanId === 'SRS-14')).toMatchObject({ type: 'alarm', status: 'approved', items: ['ITEM-001'] });
    expect(rows.find((r) => r.humanId === '102')?.text).toBe('Results appear within 2\u00A0s of the end of exhalation.\nMeasured on the reference phone (≤ 4 GB RAM).');
  });

  it('refuses a truncated ReqIF or reqifz naming where, and writes nothing', async () => {
    const doors = readFileSync('test/fixtures/reqif/doors-style.reqif');
    const cut = { fileName: 'cut.reqif', base64: doors.subarray(0, 5000).toString('base64') };
    expect((await f.fails('requirements.previewImport', cut)).message).toMatch(/^cut\.reqif: Not well-formed XML at line \d+, column \d+/);
    const zip = readFileSync('test/fixtures/reqif/reqview-style.reqifz');
    const cutZip = { fileName: 'cut.reqifz', base64: zip.subarray(0, 600).toString('base64') };
    expect((await f.fails('requirements.import', { ...cutZip, mapping: { text: 'Text' } })).message).toMatch(/^cut\.reqifz: The \.reqifz file is not a readable zip archive/);
    expect((await f.ok('requirements.list', {})).total).toBe(0);
  });
});

describe('round trips', () => {
  async function seed() {
    await importWithProposal(file(SPREADSHEET));
    await importWithProposal(file('test/fixtures/reqif/polarion-style.reqif'));
    await f.ok('requirements.create', {
      title: 'Ünïcödé',
      text: 'Quotes "x", commas, ; semicolons\nand a second line',
      source: 'regulation',
      rationale: 'MDR Annex I 17.2',
      itemIds: [2],
    });
  }

  for (const format of ['csv', 'reqif', 'reqifz'] as const) {
    it(`${format}: export then import into an empty project gives the same requirements`, async () => {
      await seed();
      const original = await allRequirements();
      const exported = await f.ok('requirements.export', { format });
      expect(exported.count).toBe(original.length);
      // Re-importing into the same project changes nothing, except that ReqIF carries line breaks as
      // <br/>, so a CRLF inside a text comes back as LF (CSV keeps every byte).
      const crlf = format === 'csv' ? 0 : original.filter((r) => r.text.includes('\r')).length;
      expect(crlf).toBe(format === 'csv' ? 0 : 1);
      expect(await importWithProposal({ fileName: exported.fileName, base64: exported.base64 })).toMatchObject({ added: 0, updated: crlf, unchanged: original.length - crlf });
      await f.project('second.cairn');
      await f.ok('software.add', { parentId: null, kind: 'system', name: 'BreathWise app' });
      await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
      expect(await importWithProposal({ fileName: exported.fileName, base64: exported.base64 })).toMatchObject({ added: original.length, skipped: 0 });
      const copy = await allRequirements();
      // CSV carries text as plain lines, so the formatting a ReqIF import kept does not travel through it.
      const normalise = (rows: typeof original) =>
        format === 'csv' ? rows.map((r) => ({ ...r, textXhtml: '' })) : rows.map((r) => ({ ...r, text: r.text.replace(/\r\n/g, '\n') }));
      expect(copy).toEqual(normalise(original));
    });
  }
});
