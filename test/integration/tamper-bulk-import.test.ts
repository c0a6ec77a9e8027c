import { copyFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainReport } from '../../shared/api/audit-types';
import { tamperWith } from '../support/tamper';
import { OWNER } from '../support/team';
import { CoreFixture } from './core-fixture';

// An import writes its rows in multi-row statements and SQLite writes their images into the trail's one
// row for the import: a row changed afterwards with plain SQL must still be reported, naming the
// requirement and the column, exactly as for a row written one at a time.
const ROWS = 300;
/** 300 characters of 2 UTF-16 units each: JavaScript counts 600, past the 512 kept inline; SQLite counts 300. */
const ASTRAL_TEXT = '𝄞'.repeat(300);
/** 400 characters of one unit each: inline in the trail. */
const PLAIN_LONG_TEXT = 'x'.repeat(400);

const csv = [
  'ID,Title,Text,Software item',
  ...Array.from({ length: ROWS }, (_, i) => {
    const text = i === 1 ? ASTRAL_TEXT : i === 2 ? PLAIN_LONG_TEXT : `The pump shall handle case ${i + 1}, "quoted".`;
    return `BULK-${i + 1},Case ${i + 1},"${text.replace(/"/g, '""')}",Dose engine`;
  }),
].join('\n');

const f = new CoreFixture();
let pristine = '';
let copies = 0;

async function verify(file: string): Promise<ChainReport> {
  await f.ok('project.open', { path: file, password: OWNER.password });
  return f.ok('audit.verify', {});
}

/** A copy of the imported project with `sql` run on it as someone with the file and sqlite3 would. */
function tampered(sql: string): string {
  const copy = f.path(`copy-${(copies += 1)}.cairn`);
  copyFileSync(pristine, copy);
  tamperWith(copy, (db) => db.prepare(sql).run().changes);
  return copy;
}

beforeAll(async () => {
  await f.project();
  await f.ok('software.add', { parentId: null, kind: 'system', name: 'Pump app' });
  await f.ok('software.add', { parentId: 1, kind: 'item', name: 'Dose engine' });
  const input = { fileName: 'bulk.csv', base64: Buffer.from(csv, 'utf8').toString('base64') };
  const preview = await f.ok('requirements.previewImport', input);
  const result = await f.ok('requirements.import', { ...input, mapping: preview.mapping });
  expect(result.added).toBe(ROWS);
  pristine = f.path();
  await f.ok('project.close', {});
});
afterAll(() => f.dispose());

describe('a bulk-imported project', () => {
  it('verifies untouched: every imported row and link matches the trail, long texts included', async () => {
    const report = await verify(pristine);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("reports one imported row's text changed with sqlite3, naming the requirement and the column", async () => {
    const report = await verify(tampered("UPDATE requirement SET text = 'The pump may stop.' WHERE human_id = 'BULK-150'"));
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ table: 'requirement', record: 'BULK-150', detail: expect.stringMatching(/text .* → "The pump may stop\."/) as unknown }),
    ]);
  });

  it('reports a long text kept by its hash when one character of it changes', async () => {
    const report = await verify(tampered(`UPDATE requirement SET text = '${'𝄞'.repeat(299)}x' WHERE human_id = 'BULK-2'`));
    expect(report.problems).toEqual([expect.objectContaining({ table: 'requirement', record: 'BULK-2', detail: expect.stringMatching(/text \(long value\)/) as unknown })]);
  });

  it('reports an imported row deleted and an imported link moved', async () => {
    const deleted = await verify(tampered("DELETE FROM requirement WHERE human_id = 'BULK-300'"));
    expect(deleted.problems).toContainEqual(expect.objectContaining({ table: 'requirement', detail: expect.stringMatching(/deleted outside Cairn/) as unknown }));
    const moved = await verify(tampered("UPDATE trace_link SET to_id = 1 WHERE from_type = 'requirement' AND from_id = 7"));
    expect(moved.problems).toEqual([expect.objectContaining({ table: 'trace_link', detail: expect.stringMatching(/to_id 2 → 1/) as unknown })]);
  });
});
