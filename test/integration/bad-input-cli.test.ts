import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/api/contract';
import { asEnvelope } from '../support/api-envelope';
import { badPayloads, type BadPayload } from '../support/bad-payloads';
import { auditRowsAfter, tableDigest, withReadOnly } from '../support/db-snapshot';
import { runCli } from '../support/cli';
import { mapLimit } from '../support/concurrency';
import { createInput, OWNER } from '../support/team';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';
import { validInputFor } from '../support/valid-input';

// The CLI's `api` door with a few invalid payloads per method (each spawn costs ~0.6 s). Each lane has
// its own copy of the project so that what a call wrote can be told apart from what another did.

const LANES = 2;
const dir = makeTempDir('bad-cli');
const pristine = join(dir, 'pristine.cairn');
const userData = join(dir, 'user-data');
/** Tables a refused call must leave alone; the audit trail may only gain the CLI's own sign-in/out. */
const RECORD_TABLES = ['project', 'user'];

/**
 * One payload per method (spawns are slow), rotating through three shapes so all occur across the
 * contract: not an object, an unknown field, a wrong field type (falling back when a method has no fields).
 */
function sample(method: MethodName, index: number): BadPayload[] {
  const all = badPayloads(contract[method].input, validInputFor(method, join(dir, 'files')) as Record<string, unknown>, join(dir, 'files'));
  const picks = [
    all.find((p) => p.label === 'array instead of an object'),
    all.find((p) => p.label === 'unknown field'),
    all.find((p) => p.kind === 'invalid' && / (number|string|null)$/.test(p.label)),
  ];
  const available = picks.filter((p): p is BadPayload => p !== undefined);
  return [picks[index % picks.length] ?? available[0]].filter((p): p is BadPayload => p !== undefined);
}

const needsUser = (method: MethodName) => ['user', 'owner'].includes(contract[method].access);

beforeAll(async () => {
  mkdirSync(join(dir, 'files'));
  const core = createTestCore({ userDataDir: userData });
  expect((await core.call('project.create', createInput(pristine))).ok).toBe(true);
  await core.close();
  for (let lane = 0; lane < LANES; lane += 1) copyFileSync(pristine, join(dir, `lane-${lane}.cairn`));
});
afterAll(() => removeTempDir(dir));

describe('bad input through the CLI api door', () => {
  const cases = (Object.keys(contract) as MethodName[]).flatMap((method, index) => sample(method, index).map((payload) => ({ method, payload })));

  // One CLI process per payload (one to three seconds each on a loaded 2-core machine), so the bound grows with the contract.
  it(`refuses ${cases.length} invalid payloads with exit 2 and writes nothing`, { timeout: 600_000 }, async () => {
    const lanes = Array.from({ length: LANES }, (_, lane) => cases.filter((_c, i) => i % LANES === lane));
    const problems = (
      await mapLimit(lanes, LANES, async (laneCases, lane) => {
        const file = join(dir, `lane-${lane}.cairn`);
        const found: string[] = [];
        for (const { method, payload } of laneCases) {
          const before = withReadOnly(file, (db) => ({ digest: tableDigest(db, RECORD_TABLES), seq: db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number }));
          const inputFile = join(dir, `input-${lane}.json`);
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
        return found;
      })
    ).flat();
    expect(problems).toEqual([]);
  });

  it('refuses JSON that does not parse with exit 2', async () => {
    const result = await runCli(['api', '-', 'app.status', '{"half'], { userData, cwd: dir });
    expect(result.code).toBe(2);
  });

  it('refuses a 1 MB product name from --input-file with exit 2', async () => {
    const file = join(dir, 'lane-0.cairn');
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
