import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { readJunit } from '../../electron/core/import/junit-read';
import { createInput } from '../support/team';
import { createTestCore } from '../support/test-core';
import type { Bench } from './bench-context';
import { figure, timed } from './measure';
import { target } from './targets';

const TESTS = 10_000;
const REPORT_RESULTS = 5_000;
const CASES = 400;

/**
 * A JUnit file as a large CI suite writes it: suites of 50 tests, most tagged with one of `cases` case
 * IDs, every 10th tied to a case through a requirement property, every 25th untagged; some failures,
 * errors and skips with messages and stack traces.
 */
export function generatedJunit(tests: number, cases: number): string {
  const suites: string[] = [];
  for (let s = 0; s < tests / 50; s += 1) {
    const cases50: string[] = [];
    for (let i = s * 50; i < (s + 1) * 50; i += 1) {
      const tag = i % 25 === 0 || i % 10 === 0 ? '' : `[TC-${(i % cases) + 1}] `;
      const props = i % 10 === 0 && i % 25 !== 0 ? `<properties><property name="requirement" value="REQ-${(i % 50) + 1}"/></properties>` : '';
      const body =
        i % 97 === 0
          ? `<failure message="expected 2.91 to be close to 2.9" type="AssertionError">AssertionError: expected 2.91 to be close to 2.9\n    at suite-${s}.test.ts:${i}:7</failure>`
          : i % 211 === 0
            ? '<error message="Timeout of 5000 ms exceeded" type="Error">Error: Timeout</error>'
            : i % 149 === 0
              ? '<skipped message="flaky on CI"/>'
              : '';
      cases50.push(`    <testcase classname="src/area-${s % 20}/suite-${s}.test.ts" name="${tag}behaviour ${i} &gt; holds" time="0.00${i % 9}">${props}${body}</testcase>`);
    }
    suites.push(`  <testsuite name="src/area-${s % 20}/suite-${s}.test.ts" tests="50">\n${cases50.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench" tests="${tests}">\n${suites.join('\n')}\n</testsuites>\n`;
}

/** JUnit import of 10k tests (parse, map, preview, import in one transaction) against raw inserts of the same result rows; then a test report PDF of 5k results. */
export const junitBench: Bench = {
  name: 'junit import of 10k tests vs raw insert; test report PDF of 5k results',
  async run(ctx) {
    const dir = ctx.scratch('junit');
    const core = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as T;
    };
    const path = join(dir, 'junit.cairn');
    await call('project.create', createInput(path));
    const reqs: number[] = [];
    for (let i = 1; i <= 50; i += 1) reqs.push((await call<{ id: number }>('requirements.create', { title: `Requirement ${i}`, text: `The app shall do thing ${i}.` })).id);
    for (let i = 1; i <= CASES; i += 1) await call('tests.createCase', { title: `Case ${i}`, level: 'unit', automated: true, requirementIds: [reqs[(i - 1) % reqs.length]] });

    const xml = generatedJunit(TESTS, CASES);
    const base64 = Buffer.from(xml, 'utf8').toString('base64');
    const parse = await timed(() => readJunit(Buffer.from(xml, 'utf8')));
    const preview = await timed(() => call<{ tests: number }>('tests.previewJunit', { fileName: 'bench.xml', base64, softwareVersion: '1.0.0' }));
    const imported = await timed(() => call<{ run: { id: number } }>('tests.importJunit', { fileName: 'bench.xml', base64, softwareVersion: '1.0.0' }));
    const status = await timed(() => call('tests.status', { softwareVersion: '1.0.0' }));
    await core.close();

    // The same result rows into the same tables with plain better-sqlite3: no parsing, mapping or audit.
    const copy = new Database(path, { readonly: true });
    const schema = copy
      .prepare(
        "SELECT sql FROM sqlite_master WHERE tbl_name IN ('user', 'test_case', 'test_run', 'test_result') AND sql IS NOT NULL ORDER BY tbl_name = 'test_result', tbl_name = 'test_run', type = 'index'",
      )
      .pluck()
      .all() as string[];
    const table = (name: string) => copy.prepare(`SELECT * FROM ${name}`).all() as Record<string, unknown>[];
    const [users, cases, runs, results] = [
      table('user'),
      table('test_case'),
      table('test_run'),
      copy.prepare('SELECT * FROM test_result WHERE run_id = ?').all(imported.value.run.id) as Record<string, unknown>[],
    ];
    copy.close();
    const raw = new Database(join(dir, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.exec(schema.join(';\n'));
    const insertAll = (name: string, rows: Record<string, unknown>[]) => {
      const keys = Object.keys(rows[0] ?? {});
      const insert = raw.prepare(`INSERT INTO ${name} (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`);
      rows.forEach((row) => insert.run(row));
    };
    raw.transaction(() =>
      [
        ['user', users],
        ['test_case', cases],
        ['test_run', runs],
      ].forEach(([n, r]) => insertAll(n as string, r as Record<string, unknown>[])),
    )();
    const plain = await timed(() => raw.transaction(() => insertAll('test_result', results))());
    raw.close();

    figure('parse 10k-test JUnit file', parse.ms, 'ms', `${(xml.length / 1048576).toFixed(1)} MB`);
    figure('tests.previewJunit (parse + map)', preview.ms, 'ms');
    figure('tests.importJunit (parse + map + write + audit)', imported.ms, 'ms', `${results.length.toLocaleString('en-US')} result rows`);
    figure('raw better-sqlite3 insert of the same rows', plain.ms, 'ms');
    figure('ratio import / raw insert', imported.ms / plain.ms, '×');
    figure('tests.status for the version (50 requirements)', status.ms, 'ms');

    // The report: 5k results of one version through the document engine, rendered to a signed-off PDF.
    const reportCore = createTestCore({ userDataDir: ctx.userDataDir, clock: () => new Date() });
    const reportPath = join(dir, 'report.cairn');
    const rcall = async <T>(method: string, input: unknown): Promise<T> => {
      const result = await reportCore.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as T;
    };
    await rcall('project.create', createInput(reportPath));
    await rcall('tests.importJunit', { fileName: 'report.xml', base64: Buffer.from(generatedJunit(REPORT_RESULTS, CASES), 'utf8').toString('base64'), softwareVersion: '2.0.0' });
    const doc = await timed(() => rcall<{ id: number }>('documents.create', { type: 'test-report', version: '2.0.0' }));
    const cpu = process.cpuUsage();
    const pdf = await timed(() => rcall<{ bytes: number }>('documents.exportPdf', { documentId: doc.value.id }));
    const used = process.cpuUsage(cpu);
    await reportCore.close();
    figure('test report: create (gather 5k results)', doc.ms, 'ms');
    const cpuS = (used.user + used.system) / 1e6;
    figure('test report: export PDF of 5k results', pdf.ms / 1000, 's', `${(pdf.value.bytes / 1048576).toFixed(1)} MB, CPU ${cpuS.toFixed(1)} s`);
    target(`test report PDF of ${REPORT_RESULTS.toLocaleString('en-US')} results: documents.exportPdf`, pdf.ms / 1000, 's', 8, `CPU ${cpuS.toFixed(1)} s (worker included)`);
  },
};
