import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/api/contract';
import { asEnvelope } from '../support/api-envelope';
import { badPayloads, PATH_KEY, type BadPayload } from '../support/bad-payloads';
import { auditRowsAfter, memoReader, tableDigest, withReadOnly } from '../support/db-snapshot';
import { postApi } from '../support/http-client';
import { spawnHost, type HostProcess } from '../support/spawn-host';
import { createInput, OWNER, REVIEWER } from '../support/team';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { validInputFor } from '../support/valid-input';

// Every method of the contract, fed invalid and odd payloads through the real HTTP host, which runs in
// its own process so that a request that kills it shows as a failure instead of killing the test run.

const dir = makeTempDir('bad-input');
const main = join(dir, 'main.cairn');
let host: HostProcess;

interface Snapshot {
  digest: string;
  lastSeq: number;
}
const snapshot = memoReader(main, (db): Snapshot => ({ digest: tableDigest(db), lastSeq: (db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number) ?? 0 }));

async function call(method: string, input: unknown, rawBody?: string) {
  const answer = await postApi(host, method, input, rawBody === undefined ? {} : { rawBody });
  return asEnvelope(answer.json ?? answer.text);
}

/** Back to the state every payload starts from: the main project open and its owner signed in. */
async function resetSession(): Promise<void> {
  const status = await call('app.status', {});
  const value = status.ok ? (status.value as { project: { path: string } | null; user: { email: string } | null }) : null;
  if (value?.project?.path === main && value.user?.email === OWNER.email) return;
  const opened = await call('project.open', { path: main });
  const signedIn = await call('session.signIn', { email: OWNER.email, password: OWNER.password });
  if (!opened.ok || !signedIn.ok) throw new Error(`cannot get back to the main project: ${JSON.stringify([opened, signedIn])}`);
}

/** Finds `key` anywhere in a JSON value (the output or an audit row's after-image). */
function valuesAt(value: unknown, key: string): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  const own = Object.hasOwn(value, key) ? [(value as Record<string, unknown>)[key]] : [];
  return [...own, ...Object.values(value).flatMap((v) => valuesAt(v, key))];
}

/** What is wrong with the door's answer to one payload; empty when all is well. */
async function judge(method: MethodName, p: BadPayload): Promise<string[]> {
  const def = contract[method];
  const payload: unknown = JSON.parse(p.json);
  const before = snapshot();
  const result = await call(method, payload, p.json);
  const after = snapshot();
  const problems: string[] = [];
  const unchanged = () => {
    if (after.digest !== before.digest) problems.push('the project file changed although the call was refused');
  };
  // The dispatcher treats a missing (null) input as {}; only the contract decides the rest.
  const parsed = def.input.safeParse(payload ?? {});
  if (p.kind === 'invalid' && parsed.success) problems.push('generator error: the contract accepts this "invalid" payload');
  if (!parsed.success) {
    if (result.ok) problems.push('accepted an input the contract refuses');
    else {
      if (result.error.code !== 'invalid_input') problems.push(`code ${result.error.code}, expected invalid_input`);
      const field = result.error.field ?? '';
      // A refusal inside a nested object may name the inner field; it must still be within p.field.
      if (p.kind === 'invalid' && p.field !== undefined && field !== p.field && !field.startsWith(`${p.field}.`)) {
        problems.push(`field ${field}, expected ${p.field}`);
      }
    }
    unchanged();
  } else if (!result.ok) {
    if (result.error.code === 'internal') problems.push(`internal error: ${result.error.message}`);
    unchanged();
  } else {
    const rows = withReadOnly(main, (db) => auditRowsAfter(db, before.lastSeq));
    const foreign = rows.filter((r) => r.method !== method);
    if (foreign.length) problems.push(`audit rows of other methods appeared: ${JSON.stringify(foreign)}`);
    if (def.kind === 'mutation' && rows.length === 0) problems.push('a mutation was accepted without an audit row');
    const key = p.field?.split('.').at(-1);
    // Record text must come back verbatim; file paths are legitimately resolved and given ".cairn".
    const expected = key === undefined || PATH_KEY.test(key) ? undefined : valuesAt(parsed.data, key)[0];
    const echoed = key === undefined ? [] : valuesAt(result.value, key);
    // An accepted value must come back exactly as the contract parsed it (trimmed, never mangled).
    if (typeof expected === 'string' && echoed.length && !echoed.includes(expected)) {
      problems.push(`stored ${JSON.stringify(echoed).slice(0, 120)} instead of ${JSON.stringify(expected).slice(0, 120)}`);
    }
    await resetSession();
  }
  return problems.map((problem) => `${p.label}: ${problem}`);
}

beforeAll(async () => {
  mkdirSync(join(dir, 'renderer'));
  host = await spawnHost(join(dir, 'renderer'), join(dir, 'user-data'), dir);
  expect((await call('project.create', createInput(main))).ok).toBe(true);
  expect((await call('users.add', { ...REVIEWER, role: 'reviewer' })).ok).toBe(true);
});
afterAll(async () => {
  await host?.stop();
  removeTempDir(dir);
});

describe('bad input through the HTTP door, for every method of the contract', () => {
  it.for(Object.keys(contract) as MethodName[])('%s', { timeout: 120_000 }, async (method) => {
    const base = validInputFor(method, join(dir, 'files')) as Record<string, unknown>;
    mkdirSync(join(dir, 'files'), { recursive: true });
    const payloads = badPayloads(contract[method].input, base, join(dir, 'files'));
    const problems: string[] = [];
    for (const payload of payloads) problems.push(...(await judge(method, payload)));
    expect(problems).toEqual([]);
    expect(host.alive(), host.stderr()).toBe(true);
    // The process survived and still answers a valid call; the chain is intact.
    await resetSession();
    const verified = await call('audit.verify', {});
    expect(verified).toMatchObject({ ok: true, value: { ok: true } });
  });
});
