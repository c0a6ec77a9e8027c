import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { toCsv } from '../../electron/core/import/csv';
import { writeReqif } from '../../electron/core/import/reqif-write';
import { openProjectDb } from '../support/project-db';
import { createInput } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { cpuTimed, figure, perSecond, timed } from './measure';
import { requirementsScreenFigures, SCROLL_FRAMES } from './requirements-ui';
import { target } from './targets';

const ROWS = Number(process.env.CAIRN_BENCH_REQUIREMENTS ?? 10_000);
const TYPES = ['functional', 'performance', 'interface', 'alarm', 'security', 'usability'];
export const REQUIREMENT_HEADER = ['ID', 'Title', 'Text', 'Type', 'Status', 'Acceptance criteria', 'Verification method', 'Software item'];

/** Rows like a real SRS export: quotes, commas, a line break in every fifth text, non-ASCII. */
export function generatedRequirements(): string[][] {
  return Array.from({ length: ROWS }, (_, i) => [
    `SRS-${i + 1}`,
    `Requirement ${i + 1}`,
    `The app shall handle case ${i + 1}, "quoted", within ${i % 90} ms${i % 5 === 0 ? '\nsecond line — ≤ µs' : ''}.`,
    TYPES[i % TYPES.length] as string,
    i % 3 ? 'approved' : 'draft',
    `Case ${i + 1} passes on the reference phone.`,
    'test',
    'ITEM-001',
  ]);
}

export async function projectWithItem(path: string, userDataDir: string, encrypted = true) {
  const core = createTestCore({ userDataDir, clock: () => new Date() });
  const must = async (method: Parameters<typeof core.call>[0], input: unknown) => {
    const result = await core.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  await must('project.create', { ...createInput(path), encrypted });
  await must('software.add', { parentId: null, kind: 'system', name: 'App' });
  await must('software.add', { parentId: 1, kind: 'item', name: 'Engine' });
  return { core, must };
}

/**
 * The same rows into a table of the same schema and indexes: no parsing, validation, links or audit. With
 * `encrypted`, the raw file is encrypted as a project is (sqlite3mc ChaCha20, random key, no automatic
 * checkpoint), so the ratio measures Cairn's own work and not the cipher's.
 */
export function rawInsert(schemaFrom: string, path: string, rows: string[][], encrypted: boolean) {
  const source = openProjectDb(schemaFrom);
  const schema = source.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'requirement' AND sql IS NOT NULL ORDER BY type = 'index'").pluck().all() as string[];
  source.close();
  const raw = new Database(path);
  if (encrypted) {
    raw.pragma(`cipher = 'chacha20'`);
    raw.pragma(`key = "x'${randomBytes(32).toString('hex')}'"`);
    raw.pragma('wal_autocheckpoint = 0');
  }
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec(schema.join(';\n'));
  const insert = raw.prepare(
    `INSERT INTO requirement (human_id, title, text, type, status, acceptance_criteria, verification_method, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date().toISOString();
  const run = () => raw.transaction(() => rows.forEach((r) => insert.run(r[0], r[1], r[2], r[3], r[4], r[5], r[6], at, at)))();
  return { run, close: () => raw.close() };
}

/** The CPU times side by side, e.g. "1,200 ms vs 150 ms = 8.0×". */
const cpuRatio = (job: { cpuMs: number }, raw: { cpuMs: number }) => `${Math.round(job.cpuMs)} ms vs ${Math.round(raw.cpuMs)} ms = ${(job.cpuMs / raw.cpuMs).toFixed(1)}×`;

/** Importing 10k requirements (CSV and ReqIF) through the API against raw inserts; the table in Chromium. */
export const requirementsBench: Bench = {
  name: 'requirements: 10k import (CSV, ReqIF) vs raw insert; table render and scroll',
  async run(ctx) {
    const dir = ctx.scratch('requirements');
    const rows = generatedRequirements();
    const csv = Buffer.from(toCsv([REQUIREMENT_HEADER, ...rows]), 'utf8').toString('base64');
    const xml = writeReqif({
      title: 'Bench',
      createdAt: new Date().toISOString(),
      columns: ['ReqIF.ForeignID', 'ReqIF.Name', 'ReqIF.Text', 'Type', 'Status', 'Acceptance criteria', 'Verification method', 'Software item'],
      xhtmlColumn: 'ReqIF.Text',
      records: rows.map((r, i) => ({
        key: String(i),
        lastChange: '2026-01-01T00:00:00Z',
        values: {
          'ReqIF.ForeignID': r[0] ?? '',
          'ReqIF.Name': r[1] ?? '',
          'ReqIF.Text': r[2] ?? '',
          Type: r[3] ?? '',
          Status: r[4] ?? '',
          'Acceptance criteria': r[5] ?? '',
          'Verification method': r[6] ?? '',
          'Software item': r[7] ?? '',
        },
      })),
    });
    const reqif = Buffer.from(xml, 'utf8').toString('base64');

    const csvProject = join(dir, 'csv.cairn');
    const a = await projectWithItem(csvProject, ctx.userDataDir);
    const preview = (await a.must('requirements.previewImport', { fileName: 'bench.csv', base64: csv })) as { mapping: unknown };
    const csvImport = await cpuTimed(() => a.must('requirements.import', { fileName: 'bench.csv', base64: csv, mapping: preview.mapping }));
    const reimport = await timed(() => a.must('requirements.import', { fileName: 'bench.csv', base64: csv, mapping: preview.mapping }));
    const listPage = await timed(() => a.must('requirements.list', { offset: 5_000, limit: 200, sort: { column: 'title', dir: 'desc' }, filter: { text: 'case 4' } }));
    await a.core.close();

    const b = await projectWithItem(join(dir, 'reqif.cairn'), ctx.userDataDir);
    const reqifPreview = (await b.must('requirements.previewImport', { fileName: 'bench.reqif', base64: reqif })) as { mapping: unknown };
    const reqifImport = await cpuTimed(() => b.must('requirements.import', { fileName: 'bench.reqif', base64: reqif, mapping: reqifPreview.mapping }));
    const reqifExport = await timed(() => b.must('requirements.export', { format: 'reqif' }));
    await b.core.close();

    const rawPlain = rawInsert(csvProject, join(dir, 'raw-plain.sqlite'), rows, false);
    const plainFile = await timed(rawPlain.run);
    rawPlain.close();
    const raw = rawInsert(csvProject, join(dir, 'raw.sqlite'), rows, true);
    const plain = await cpuTimed(raw.run);
    raw.close();

    const rawRate = perSecond(ROWS, plain.ms);
    figure(`raw better-sqlite3 insert, ${ROWS.toLocaleString('en-US')} requirements, one transaction, encrypted as a project`, plain.ms, 'ms');
    figure('the same raw insert into a plain (unencrypted) file', plainFile.ms, 'ms');
    figure('requirements.import CSV (parse, validate, insert, links, audit)', csvImport.ms, 'ms', `${(rawRate / perSecond(ROWS, csvImport.ms)).toFixed(1)}× raw time`);
    figure('requirements.import ReqIF (XML parse, XHTML, same writes)', reqifImport.ms, 'ms', `${(rawRate / perSecond(ROWS, reqifImport.ms)).toFixed(1)}× raw time`);
    figure(`requirements.export ReqIF, ${ROWS.toLocaleString('en-US')} requirements`, reqifExport.ms, 'ms');
    target(
      `CSV import of ${ROWS.toLocaleString('en-US')} requirements vs raw insert`,
      csvImport.ms / plain.ms,
      '× raw',
      3,
      `${Math.round(csvImport.ms)} ms vs ${Math.round(plain.ms)} ms raw; CPU ${cpuRatio(csvImport, plain)}`,
      '≤ 3× raw insert',
    );
    target(
      `ReqIF import of ${ROWS.toLocaleString('en-US')} requirements vs raw insert`,
      reqifImport.ms / plain.ms,
      '× raw',
      4,
      `${Math.round(reqifImport.ms)} ms vs ${Math.round(plain.ms)} ms raw; CPU ${cpuRatio(reqifImport, plain)}`,
      '≤ 4× raw insert (one parse)',
    );
    target(`ReqIF export of ${ROWS.toLocaleString('en-US')} requirements`, reqifExport.ms / 1000, 's', 1.5, undefined, '≤ 1.5 s');
    figure('re-import of the same CSV (all unchanged)', reimport.ms, 'ms', `${(reimport.ms / plain.ms).toFixed(1)}× raw time`);
    figure('requirements.list, page at offset 5,000, text filter, sort by title', listPage.ms, 'ms');
    figure('CSV size', (csv.length * 0.75) / 1024, 'KiB');
    figure('ReqIF size', (reqif.length * 0.75) / 1024, 'KiB');

    const browser = await requirementsScreenFigures(csvProject);
    figure(`table first render in Chromium, ${ROWS.toLocaleString('en-US')} rows (click to first row)`, browser.firstRender, 'ms');
    figure(`scroll frame time, median of ${SCROLL_FRAMES} frames (600 px per frame)`, browser.median, 'ms');
    figure('scroll frame time, 95th percentile', browser.p95, 'ms');
    figure('scroll frame time, worst', browser.max, 'ms');
    figure('rows in the DOM while scrolling', browser.domRows, 'rows');
  },
};
