import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/api/contract';
import { asEnvelope } from '../support/api-envelope';
import { badPayloads, type BadPayload } from '../support/bad-payloads';
import { auditRowsAfter, tableDigest, withReadOnly } from '../support/db-snapshot';
import { runCli } from '../support/cli';
import { createInput, OWNER } from '../support/team';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';
import { validInputFor } from '../support/valid-input';

// The CLI's `api` door with three invalid payloads per method, called as a function (cli.test.ts spawns
// the real binary), one after another on a copy of a fresh project.

const dir = makeTempDir('bad-cli');
const pristine = join(dir, 'pristine.cairn');
const userData = join(dir, 'user-data');
/** Tables a refused call must leave alone; the audit trail may only gain the CLI's own sign-in/out. */
const RECORD_TABLES = ['project', 'user'];

/**
 * Three shapes per method: not an object, an unknown field, a wrong field type (a method without fields
 * has no wrong-typed field, so it gets the first two).
 */
function sample(method: MethodName): BadPayload[] {
  const all = badPayloads(contract[method].input, validInputFor(method, join(dir, 'files')) as Record<string, unknown>, join(dir, 'files'));
  const picks = [
    all.find((p) => p.label === 'array instead of an object'),
    all.find((p) => p.label === 'unknown field'),
    all.find((p) => p.kind === 'invalid' && / (number|string|null)$/.test(p.label)),
  ];
  return picks.filter((p): p is BadPayload => p !== undefined);
}

const needsUser = (method: MethodName) => ['user', 'owner'].includes(contract[method].access);

beforeAll(async () => {
  mkdirSync(join(dir, 'files'));
  const core = createTestCore({ userDataDir: userData });
  expect((await core.call('project.create', createInput(pristine))).ok).toBe(true);
  await core.close();
  copyFileSync(pristine, join(dir, 'project.cairn'));
});
afterAll(() => removeTempDir(dir));

describe('bad input through the CLI api door', () => {
  const cases = (Object.keys(contract) as MethodName[]).flatMap((method) => sample(method).map((payload) => ({ method, payload })));

  it(`covers every method of the contract with ${cases.length} payloads`, () => {
    expect(new Set(cases.map((c) => c.method))).toEqual(new Set(Object.keys(contract)));
  });

  // One test per method, so a slow machine bounds each method's three calls, not the whole contract's.
  it.for(Object.keys(contract) as MethodName[])('%s: refuses each invalid payload with exit 2 and writes nothing', async (method) => {
    const file = join(dir, 'project.cairn');
    const found: string[] = [];
    for (const { payload } of cases.filter((c) => c.method === method)) {
      const before = withReadOnly(file, (db) => ({ digest: tableDigest(db, RECORD_TABLES), seq: db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number }));
      const inputFile = join(dir, 'input.json');
      writeFileSync(inputFile, payload.json);
      const args = ['api', file, method, '--input-file', inputFile, ...(needsUser(method) ? ['--user', OWNER.email] : [])];
      const result = await runCli(args, { userData, password: OWNER.password, cwd: dir });
      const label = `${method} ${payload.label}`;
      const envelope = asEnvelope(JSON.parse(result.stdout));
      if (result.code !== 2) found.push(`${label}: exit ${result.code}, expected 2 (${result.stderr.trim()})`);
      if (envelope.ok || envelope.error.code !== 'invalid_input') found.push(`${label}: ${JSON.stringify(envelope).slice(0, 200)}`);
      const after = withReadOnly(file, (db) => ({ digest: tableDigest(db, RECORD_TABLES), rows: auditRowsAfter(db, before.seq) }));
      if (after.digest !== before.digest) found.push(`${label}: project or user table changed`);
      const extra = after.rows.filter((r) => r.action !== 'sign_in' && r.action !== 'sign_out');
      if (extra.length) found.push(`${label}: audit rows besides sign-in/out: ${JSON.stringify(extra)}`);
    }
    expect(found).toEqual([]);
  });

  it('refuses JSON that does not parse with exit 2', async () => {
    const result = await runCli(['api', '-', 'app.status', '{"half'], { userData, cwd: dir });
    expect(result.code).toBe(2);
  });

  it('refuses a 1 MB product name from --input-file with exit 2', async () => {
    const file = join(dir, 'project.cairn');
    const inputFile = join(dir, 'huge.json');
    writeFileSync(inputFile, JSON.stringify({ productName: 'x'.repeat(1024 * 1024) }));
    const result = await runCli(['api', file, 'project.update', '--input-file', inputFile, '--user', OWNER.email], { userData, password: OWNER.password, cwd: dir });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'productName' } });
  });

  it('answers an unknown method with unknown_method and exit 1', async () => {
    const result = await runCli(['api', '-', 'project.drop', '{}'], { userData, cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
