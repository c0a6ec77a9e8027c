import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const dir = makeTempDir('cli-requirements');
const PASSWORD = 'owner-password-1';
const project = join(dir, 'bw.cairn');
const as = ['--user', 'ada@example.com'];
const cairn = (args: string[]) => runCli(args, { userData: join(dir, 'user-data'), password: PASSWORD });
const TRICKY = 'He said "blow!", then: 3,45 L\r\nsecond line — 🫁 日本語';

beforeAll(async () => {
  expect((await cairn(['init', project, '--product', 'BreathWise', '--owner', 'Ada Owner', '--email', 'ada@example.com'])).code).toBe(0);
  writeFileSync(join(dir, 'srs.csv'), `\uFEFFID,Title,Description,Type\r\nSRS-1,Coach,"${TRICKY.replace(/"/g, '""')}",Usability\r\n,Flow,Sample at 100 Hz,performance\r\n`);
}, 60_000);
afterAll(() => removeTempDir(dir));

describe('cairn import / requirements / export', () => {
  it('imports a CSV by header names, lists it as JSON with text exactly as imported, and re-imports by ID', async () => {
    const imported = await cairn(['import', project, 'requirements', join(dir, 'srs.csv'), ...as, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 2, updated: 0, skipped: 0 });
    const listed = await cairn(['requirements', project, ...as, '--json']);
    const rows = JSON.parse(listed.stdout) as { id: string; title: string; text: string; type: string }[];
    expect(rows.map((r) => [r.id, r.type])).toEqual([
      ['REQ-1', 'performance'],
      ['SRS-1', 'usability'],
    ]);
    expect(rows.find((r) => r.id === 'SRS-1')?.text).toBe(TRICKY);
    const again = await cairn(['import', project, 'requirements', join(dir, 'srs.csv'), ...as]);
    expect(again.stdout).toMatch(/1 added, 0 updated, 1 unchanged, 0 skipped/);
  }, 60_000);

  it('uses a mapping file, and refuses a bad file with the line, exit 2 and nothing written', async () => {
    writeFileSync(join(dir, 'other.csv'), 'Key;Statement\nK-1;From a mapping\n');
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify({ humanId: 'Key', text: 'Statement' }));
    const mapped = await cairn(['import', project, 'requirements', join(dir, 'other.csv'), '--mapping', join(dir, 'mapping.json'), ...as]);
    expect(mapped.code, mapped.stderr).toBe(0);
    writeFileSync(join(dir, 'bad.csv'), 'ID,Text\nB-1,fine\nB-2,"never closed\n');
    const bad = await cairn(['import', project, 'requirements', join(dir, 'bad.csv'), ...as]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.csv: Line 3: a quoted field is never closed/);
    const unknownKind = await cairn(['import', project, 'hazards', join(dir, 'bad.csv'), ...as]);
    expect(unknownKind.code).toBe(2);
    const rows = JSON.parse((await cairn(['requirements', project, ...as, '--json'])).stdout) as unknown[];
    expect(rows).toHaveLength(4);
  }, 60_000);

  it('exports CSV and ReqIF that import back, leaving the PDF export as it was', async () => {
    const csv = await cairn(['export', project, 'requirements', '--format', 'csv', '--out', join(dir, 'out.csv'), ...as]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toContain('"He said ""blow!"", then: 3,45 L\r\nsecond line');
    const reqif = await cairn(['export', project, 'requirements', '--format', 'reqif', '--out', join(dir, 'out.reqif'), ...as, '--json']);
    expect(JSON.parse(reqif.stdout)).toMatchObject({ format: 'reqif', count: 4 });
    const back = await cairn(['import', project, 'requirements', join(dir, 'out.reqif'), ...as, '--json']);
    expect(JSON.parse(back.stdout)).toMatchObject({ added: 0, skipped: 0 });
    expect((await cairn(['export', project, 'requirements', '--format', 'docx', '--out', join(dir, 'x'), ...as])).code).toBe(2);
    expect((await cairn(['export', project, 'NO-SUCH-DOC', '--out', join(dir, 'x.pdf'), ...as])).code).toBe(1);
  }, 60_000);

  it('imports tool ReqIF with no mapping, reporting sections, relations and every warning (human and JSON)', async () => {
    const tools = 'test/fixtures/reqif/tools';
    const doors = await cairn(['import', project, 'requirements', `${tools}/doors.reqif`, ...as]);
    expect(doors.code, doors.stderr).toBe(0);
    expect(doors.stdout).toMatch(/^Imported doors\.reqif: 3 added, 0 updated, 0 unchanged, 0 skipped \(5 rows\); 2 section\(s\), 1 relation\(s\)\.$/m);
    expect(doors.stdout).toMatch(/^ {2}warning: SPEC-OBJECT "_obj-3": an ATTRIBUTE-VALUE-XHTML refers to attribute definition "_ole-text"/m);
    const polarion = await cairn(['import', project, 'requirements', `${tools}/polarion.reqif`, ...as]);
    expect(polarion.stdout).toMatch(/^ {2}mapping: "ReqIF\.ForeignID" repeats "PUMP-31" .*IDENTIFIER is proposed as the ID instead\.$/m);
    const strictdoc = await cairn(['import', project, 'requirements', `${tools}/strictdoc.reqif`, ...as, '--json']);
    expect(JSON.parse(strictdoc.stdout)).toMatchObject({ format: 'reqif', rows: 5, added: 3, sections: 2, relations: 2, warnings: [] });
  }, 60_000);
});
