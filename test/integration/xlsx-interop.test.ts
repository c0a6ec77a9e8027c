import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Requirement } from '../../shared/api/requirements-types';
import type { RiskRow } from '../../shared/api/risk-types';
import { CoreFixture } from './core-fixture';

// Issue 19: requirements and risk tables from Excel through the same mapping step as CSV, and the
// requirements, risk table, SOUP list and trace matrix exported as workbooks that read back.

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'BreathWise app' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
});
afterEach(() => f.dispose());

async function workbookFile(fileName: string, build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return { fileName, base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}

async function readBack(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

/** A workbook as teams keep one: a cover sheet, a title above the header, a type merged down two rows, dates and numbers. */
function srsWorkbook(wb: ExcelJS.Workbook) {
  wb.addWorksheet('Cover').addRows([['Pump SRS'], ['Issued', new Date(Date.UTC(2024, 2, 1))]]);
  const ws = wb.addWorksheet('Requirements');
  ws.addRow(['Software requirements, release 2']);
  ws.mergeCells('A1:F1');
  ws.addRow([]);
  ws.addRow(['ID', 'Title', 'Requirement text', 'Type', 'Reviewed on', 'Limit (ml/h)']);
  ws.addRow(['PS-1', 'Rate limit', 'The pump shall refuse a rate above the library limit.', 'Functional', new Date(Date.UTC(2024, 2, 1)), 1200]);
  ws.addRow(['PS-2', 'Soft limit', 'A rate above the soft limit needs a second confirmation.\nIt is logged.', null, new Date(Date.UTC(2024, 2, 2)), 0.5]);
  ws.mergeCells('D4:D5');
  ws.addRow(['PS-3', 'Occlusion', { richText: [{ text: 'Occlusion ' }, { text: 'shall', font: { bold: true } }, { text: ' raise an alarm.' }] }, 'Alarm', null, null]);
}

describe('requirements from a workbook', () => {
  it('passes a cover sheet and a title row, reads merged cells, dates and numbers, and imports through the mapping step', async () => {
    const file = await workbookFile('srs.xlsx', srsWorkbook);
    const preview = await f.ok('requirements.previewImport', file);
    expect(preview).toMatchObject({ format: 'xlsx', sheets: ['Cover', 'Requirements'], sheet: 'Requirements', rowCount: 3, savedMapping: false });
    expect(preview.mapping).toEqual({ humanId: 'ID', title: 'Title', text: 'Requirement text', type: 'Type' });
    expect(preview.preview[1]).toEqual({
      ID: 'PS-2',
      Title: 'Soft limit',
      'Requirement text': 'A rate above the soft limit needs a second confirmation.\nIt is logged.',
      Type: 'Functional',
      'Reviewed on': '2024-03-02',
      'Limit (ml/h)': '0.5',
    });
    expect(preview.preview[0]?.['Limit (ml/h)']).toBe('1200');
    const result = await f.ok('requirements.import', { ...file, mapping: preview.mapping });
    expect(result).toMatchObject({ format: 'xlsx', rows: 3, added: 3, skipped: 0 });
    const rows = (await f.ok('requirements.list', {})).rows;
    expect(rows.map((r) => [r.humanId, r.type, r.text])).toEqual([
      ['PS-1', 'functional', 'The pump shall refuse a rate above the library limit.'],
      ['PS-2', 'functional', 'A rate above the soft limit needs a second confirmation.\nIt is logged.'],
      ['PS-3', 'alarm', 'Occlusion shall raise an alarm.'],
    ]);
    // The same header line next time: the mapping is offered again.
    expect(await f.ok('requirements.previewImport', file)).toMatchObject({ savedMapping: true, mapping: preview.mapping });
  });

  it('refuses a bad workbook with a specific message and writes nothing', async () => {
    const before = await f.auditCount();
    const srs = await workbookFile('srs.xlsx', srsWorkbook);
    const failure = async (input: { fileName: string; base64: string; sheet?: string }) => (await f.fails('requirements.previewImport', input)).message;
    expect(await failure({ ...srs, sheet: 'Risks' })).toBe('srs.xlsx: The workbook has no sheet "Risks"; its sheets are "Cover", "Requirements".');
    expect(await failure({ ...srs, sheet: 'Cover' })).toMatch(/^srs\.xlsx: Sheet "Cover" has no header row: none of its first 20 rows names two or more columns\./);
    const formulas = await workbookFile('calc.xlsx', (wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['ID', 'Text']);
      ws.addRow(['R-1', 'Plain']);
      ws.addRow(['R-2', { formula: 'B2&" again"', result: 'Plain again' }]);
    });
    expect(await failure(formulas)).toBe(
      'calc.xlsx: Sheet "Sheet1", cell B3 holds a formula (=B2&" again"); Cairn imports typed values only. Copy the column and paste it back as values, then import again.',
    );
    expect(await failure({ fileName: 'junk.xlsx', base64: Buffer.from('not a zip at all').toString('base64') })).toMatch(
      /^junk\.xlsx: This is not a readable Excel workbook \(\.xlsx\)/,
    );
    // The import reads what the preview read; unpreviewed bytes are refused, not guessed at.
    const unseen = await workbookFile('unseen.xlsx', (wb) =>
      wb.addWorksheet('S').addRows([
        ['ID', 'Text'],
        ['U-1', 'x'],
      ]),
    );
    expect((await f.fails('requirements.import', { ...unseen, mapping: { text: 'Text' } })).message).toMatch(/^unseen\.xlsx: preview this workbook/);
    expect(await f.auditCount()).toBe(before);
    expect((await f.ok('requirements.list', {})).total).toBe(0);
  });

  it('exports requirements as a workbook (header frozen, filters on) that imports back into an empty project unchanged', async () => {
    const csv = readFileSync('test/fixtures/requirements/spreadsheet.csv');
    const input = { fileName: 'spreadsheet.csv', base64: csv.toString('base64') };
    await f.ok('requirements.import', { ...input, mapping: (await f.ok('requirements.previewImport', input)).mapping });
    await f.ok('requirements.create', { title: 'Ünïcödé', text: 'Quotes "x", commas, ; semicolons\nand a second line', source: 'regulation', itemIds: [2] });
    const strip = (rows: Requirement[]) => rows.map(({ id: _i, createdAt: _c, updatedAt: _u, revision: _r, items, ...rest }) => ({ ...rest, items: items.map((i) => i.humanId) }));
    const original = strip((await f.ok('requirements.list', { limit: 1000 })).rows);
    const exported = await f.ok('requirements.export', { format: 'xlsx' });
    expect(exported).toMatchObject({
      fileName: 'Infusion-Pump-requirements.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      count: original.length,
    });
    const ws = (await readBack(exported.base64)).getWorksheet('Requirements');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.autoFilter).toBeTruthy();
    expect(ws?.getRow(1).getCell(1).value).toBe('ID');

    await f.project('copy.cairn');
    await f.ok('software.add', { parentId: null, kind: 'system', name: 'BreathWise app' });
    await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
    const file = { fileName: exported.fileName, base64: exported.base64 };
    const preview = await f.ok('requirements.previewImport', file);
    expect(await f.ok('requirements.import', { ...file, mapping: preview.mapping })).toMatchObject({ added: original.length, skipped: 0 });
    // A workbook is XML inside, and XML reads a CRLF as LF (as ReqIF does); every other character comes back.
    expect(strip((await f.ok('requirements.list', { limit: 1000 })).rows)).toEqual(original.map((r) => ({ ...r, text: r.text.replace(/\r\n/g, '\n') })));
    expect(original.filter((r) => r.text.includes('\r\n'))).toHaveLength(1);
  });
});

/** What a chain is, without database ids: what a round trip must keep. */
const essence = (r: RiskRow) => ({
  humanId: r.humanId,
  hazard: [r.hazard.name, r.hazard.category],
  situation: r.situation.name,
  harm: r.harm.name,
  initial: [r.initial.p1, r.initial.p2, r.initial.p, r.initial.s],
  residual: r.residual && [r.residual.p1, r.residual.p2, r.residual.p, r.residual.s],
  controls: r.controls.map((c) => [c.name, c.type]),
});

describe('risk table, SOUP list and trace matrix as workbooks', () => {
  it('round-trips the risk table through Excel and exports SOUP and the trace matrix with frozen, filtered headers', async () => {
    const hazard = await f.ok('risk.addRecord', { kind: 'hazard', name: 'Free flow', category: 'energy' });
    const situation = await f.ok('risk.addRecord', { kind: 'situation', name: 'Set removed during infusion' });
    const harm = await f.ok('risk.addRecord', { kind: 'harm', name: 'Overdose' });
    const chain = await f.ok('risk.addChain', { hazardId: hazard.id, situationId: situation.id, harmId: harm.id, initial: { p1: 3, p2: 4, s: 5 } });
    await f.ok('risk.addControl', { chainIds: [chain.id], type: 'inherent-safety', name: 'Anti-free-flow clamp' });
    await f.ok('risk.setResidual', { id: chain.id, residual: { p1: 1, p2: 4, s: 5 } });
    const before = (await f.ok('risk.list', {})).rows.map(essence);
    const risks = await f.ok('risk.exportXlsx', {});
    expect(risks).toMatchObject({ fileName: 'Infusion-Pump-risks.xlsx', count: 1 });
    expect((await readBack(risks.base64)).getWorksheet('Risks')?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    await f.ok('soup.add', { name: 'SQLCipher', ecosystem: 'c', version: '4.5.6', supplier: 'Zetetic LLC' });
    const soup = await readBack((await f.ok('soup.exportXlsx', {})).base64);
    const soupSheet = soup.getWorksheet('SOUP');
    expect(soupSheet?.getRow(1).getCell(1).value).toBe('SOUP ID');
    expect(soupSheet?.getRow(2).values).toEqual(expect.arrayContaining(['SOUP-001', 'SQLCipher', '4.5.6', 'Zetetic LLC']));
    expect(soupSheet?.autoFilter).toBeTruthy();

    await f.ok('requirements.create', { title: 'Clamp check', text: 'The pump shall detect a missing clamp.', itemIds: [2] });
    const trace = await readBack((await f.ok('trace.exportXlsx', {})).base64);
    expect(trace.worksheets.map((w) => w.name)).toEqual(['Requirements', 'SOUP']);
    expect(trace.getWorksheet('Requirements')?.getRow(2).values).toEqual(expect.arrayContaining(['REQ-1', 'Clamp check', 'ITEM-001']));

    await f.project('copy.cairn');
    const file = { fileName: risks.fileName, base64: risks.base64 };
    const preview = await f.ok('risk.previewImport', file);
    expect(preview).toMatchObject({ unmapped: [], problems: [], rowCount: 1 });
    expect(await f.ok('risk.import', { ...file, mapping: preview.mapping })).toMatchObject({ chains: 1, controls: 1 });
    expect((await f.ok('risk.list', {})).rows.map(essence)).toEqual(before);
  });
});
