import { openProjectDb } from '../support/project-db';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { deleteRow, forgeColumn, TAMPERABLE_COLUMNS } from '../support/tamper';
import { createInput, OWNER, REVIEWER } from '../support/team';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';

const UPDATES = 30;
const dir = makeTempDir('tamper');
const pristine = join(dir, 'pristine.cairn');
const userData = join(dir, 'user-data');
let rows = 0;

/** A project with a few dozen audit rows of several kinds (create, update, users.add, sign-out). */
async function buildPristine(): Promise<number> {
  const core = createTestCore({ userDataDir: userData });
  const results = [await core.call('project.create', createInput(pristine))];
  for (let n = 1; n <= UPDATES; n += 1) results.push(await core.call('project.update', { productName: `Pump mk ${n}` }));
  results.push(await core.call('users.add', { ...REVIEWER, role: 'reviewer' }));
  await core.close();
  expect(results.filter((r) => !r.ok)).toEqual([]);
  const db = openProjectDb(pristine);
  // Everything in the main file, so a plain file copy is the whole project.
  db.pragma('wal_checkpoint(TRUNCATE)');
  const count = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  db.close();
  return count;
}

function verify(file: string) {
  return runCli(['verify', file], { userData, password: OWNER.password });
}

/** The rows the brief asks about: first, middle and last (`rows` is known once the project exists). */
const PLACES = ['first', 'middle', 'last'] as const;
const seqOf = (place: (typeof PLACES)[number]) => (place === 'first' ? 1 : place === 'middle' ? Math.ceil(rows / 2) : rows);

beforeAll(async () => {
  rows = await buildPristine();
});
afterAll(() => removeTempDir(dir));

describe('cairn verify on the untampered file', () => {
  it('exits 0 and counts every row', async () => {
    expect(rows).toBeGreaterThanOrEqual(UPDATES + 5);
    const result = await verify(pristine);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${rows} rows verified`);
  });
});

describe.concurrent('cairn verify detects one changed column of one audit row', () => {
  const cases = PLACES.flatMap((place) => TAMPERABLE_COLUMNS.map((column) => ({ place, column })));
  it.for(cases)('$column of the $place row', async ({ place, column }) => {
    const seq = seqOf(place);
    const copy = join(dir, `forged-${place}-${column}.cairn`);
    expect(forgeColumn(pristine, copy, seq, column)).toBe(1);
    const result = await verify(copy);
    expect(result.code, result.stdout + result.stderr).toBe(3);
    expect(result.stdout).toContain(`BROKEN at row ${seq}:`);
    expect(result.stdout).toMatch(new RegExp(`: row ${seq} `));
  });
});

describe.concurrent('cairn verify detects deleted audit rows', () => {
  it.for(['middle', 'last'] as const)('deleting the %s row', async (place) => {
    const seq = seqOf(place);
    const copy = join(dir, `deleted-${place}.cairn`);
    expect(deleteRow(pristine, copy, seq)).toBe(1);
    const result = await verify(copy);
    expect(result.code, result.stdout + result.stderr).toBe(3);
    expect(result.stdout).toContain(`BROKEN at row ${seq}:`);
    expect(result.stdout).toContain(`row ${seq}`);
  });
});
