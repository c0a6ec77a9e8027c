import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asEnvelope } from '../support/api-envelope';
import { tableDigest, withReadOnly } from '../support/db-snapshot';
import { postApi, type HttpAnswer } from '../support/http-client';
import { spawnHost, type HostProcess } from '../support/spawn-host';
import { createInput } from '../support/team';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

// Requests that are wrong as HTTP rather than as input: each must get a typed refusal, leave the
// project untouched and leave the host (in its own process) answering.

const dir = makeTempDir('bad-http');
const main = join(dir, 'main.cairn');
/** Above any body limit the host sets (8 MB today; raised for PDFs to verify). */
const OVERSIZED_BYTES = 80 * 1024 * 1024;

async function startHost(): Promise<HostProcess> {
  mkdirSync(join(dir, 'renderer'), { recursive: true });
  return spawnHost(join(dir, 'renderer'), join(dir, 'user-data'), dir);
}

function refusal(answer: HttpAnswer, status: number): void {
  expect(answer.status).toBe(status);
  const envelope = asEnvelope(answer.json ?? answer.text);
  expect(envelope.ok).toBe(false);
}

describe('HTTP requests the host must refuse', () => {
  let host: HostProcess;
  let digest: string;
  const port = () => new URL(host.url).port;

  beforeAll(async () => {
    host = await startHost();
    const created = asEnvelope((await postApi(host, 'project.create', createInput(main))).json);
    expect(created.ok).toBe(true);
    digest = withReadOnly(main, (db) => tableDigest(db));
  });
  afterAll(async () => {
    // Whatever happened, the project is untouched, the host alive and still answering valid calls.
    expect(withReadOnly(main, (db) => tableDigest(db))).toBe(digest);
    expect(host.alive(), host.stderr()).toBe(true);
    expect(asEnvelope((await postApi(host, 'project.summary', {})).json).ok).toBe(true);
    await host.stop();
  });

  it('a body that is not JSON', async () => {
    refusal(await postApi(host, 'project.update', null, { rawBody: '{"productName": "half' }), 400);
  });
  it('a JSON body with a trailing second document', async () => {
    refusal(await postApi(host, 'project.update', null, { rawBody: '{"productName":"A"} {"productName":"B"}' }), 400);
  });
  it('a wrong content type', async () => {
    refusal(await postApi(host, 'project.update', { productName: 'X' }, { headers: { 'content-type': 'text/plain' } }), 415);
  });
  it('a form post (what a cross-site form could send)', async () => {
    const form = { headers: { 'content-type': 'application/x-www-form-urlencoded' }, rawBody: 'productName=X' };
    refusal(await postApi(host, 'project.update', null, form), 415);
  });
  it('a foreign Host header (DNS rebinding)', async () => {
    refusal(await postApi(host, 'project.update', { productName: 'X' }, { headers: { host: `evil.example:${port()}` } }), 403);
  });
  it('the right host name on another port', async () => {
    refusal(await postApi(host, 'project.update', { productName: 'X' }, { headers: { host: '127.0.0.1:1' } }), 403);
  });
  it('a foreign Origin (CSRF)', async () => {
    refusal(await postApi(host, 'project.update', { productName: 'X' }, { headers: { origin: 'http://evil.example' } }), 403);
  });
  it('an unknown method', async () => {
    const answer = await postApi(host, 'project.drop', {});
    refusal(answer, 404);
    expect(asEnvelope(answer.json)).toMatchObject({ error: { code: 'unknown_method' } });
  });
  it('a __proto__ key', async () => {
    const answer = await postApi(host, 'project.update', null, { rawBody: '{"__proto__":{"productName":"X"}}' });
    refusal(answer, 400);
    expect(asEnvelope(answer.json)).toMatchObject({ error: { code: 'invalid_input', field: '__proto__' } });
  });
  it('a body larger than the limit gets a typed refusal, not a dropped connection', async () => {
    const body = `{"productName":"${'x'.repeat(OVERSIZED_BYTES)}"}`;
    const answer = await postApi(host, 'project.update', null, { rawBody: body }).catch((error: Error) => error);
    expect(answer, 'the host dropped the connection instead of answering').not.toBeInstanceOf(Error);
    refusal(answer as HttpAnswer, 413);
  });
});

describe('a malformed URL', () => {
  let host: HostProcess;
  beforeAll(async () => {
    host = await startHost();
  });
  afterAll(() => host.stop());

  it('gets a typed refusal and the host survives', async () => {
    const answer = await postApi(host, '%E0%A4%A', {}).catch((error: Error) => error);
    // Give a crashing host a moment to exit before asking whether it is alive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(host.alive(), `the host died: ${host.stderr()}`).toBe(true);
    expect(answer).not.toBeInstanceOf(Error);
    expect(asEnvelope((answer as HttpAnswer).json).ok).toBe(false);
  });
});

afterAll(() => removeTempDir(dir));
