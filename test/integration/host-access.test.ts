import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { MAX_SUBSCRIBERS } from '../../electron/host/event-stream';
import { MAX_CONNECTIONS } from '../../electron/host/server';
import { asEnvelope } from '../support/api-envelope';
import { startHost, type RunningHost } from '../support/host';
import { enterHost, getPath, postApi, type HostAddress } from '../support/http-client';
import { createInput, OWNER, REVIEWER } from '../support/team';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { createTestCore } from '../support/test-core';

// Issue 15: other local users and processes can reach 127.0.0.1, so the host admits only the browser
// that visited the address it printed, gives each browser its own sign-in and bounds its streams.

const dir = makeTempDir('host-access');
const rendererDir = join(dir, 'renderer');
const project = join(dir, 'project.cairn');
let core: Core;
let host: RunningHost;

beforeAll(async () => {
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Cairn</title>');
  core = createTestCore({ userDataDir: join(dir, 'user-data') });
  host = await startHost(core, rendererDir);
});
afterAll(async () => {
  await host.close();
  await core.close();
  removeTempDir(dir);
});

const stranger = (): HostAddress => ({ url: host.url, cookie: '' });
const envelope = async (client: HostAddress, method: string, input: unknown) => asEnvelope((await postApi(client, method, input)).json);

describe('a client without the session cookie', () => {
  it('gets 401 for an API call, and the call does not run', async () => {
    const answer = await postApi(stranger(), 'project.create', createInput(join(dir, 'intruder.cairn')));
    expect(answer.status).toBe(401);
    expect(asEnvelope(answer.json)).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(existsSync(join(dir, 'intruder.cairn'))).toBe(false);
  });

  it('gets 401 with a made-up or another port’s cookie', async () => {
    const port = new URL(host.url).port;
    for (const cookie of [`cairn_session_${port}=guess`, `cairn_session_1=${host.cookie.split('=')[1] ?? ''}`, host.cookie.slice(0, -1)]) {
      expect((await postApi({ url: host.url, cookie }, 'app.status', {})).status, cookie).toBe(401);
    }
  });

  it('gets 401 for the page and the event stream', async () => {
    expect((await getPath(stranger(), '/')).status).toBe(401);
    expect((await getPath(stranger(), '/api/events')).status).toBe(401);
  });

  it('is not let in by a wrong launch secret', async () => {
    const answer = await getPath(stranger(), '/?key=not-the-secret');
    expect(answer.status).toBe(401);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });
});

describe('the launch address', () => {
  it('hands out an HttpOnly, SameSite=Strict cookie and sends the browser on without the secret', async () => {
    const answer = await getPath(stranger(), `/${new URL(host.launchUrl).search}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    expect(answer.headers['set-cookie']?.[0]).toMatch(/^cairn_session_\d+=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/$/);
  });

  it('lets the browser load the app with its cookie', async () => {
    expect((await getPath(host, '/')).status).toBe(200);
  });
});

describe('sessions per browser', () => {
  it('signing in in one browser does not sign in another', async () => {
    expect((await envelope(host, 'project.create', createInput(project))).ok).toBe(true);
    expect((await envelope(host, 'users.add', { ...REVIEWER, role: 'reviewer' })).ok).toBe(true);
    const second = await enterHost(host.launchUrl);
    expect(await envelope(second, 'app.status', {})).toMatchObject({ ok: true, value: { project: { path: project }, user: null } });
    expect(await envelope(second, 'users.list', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await envelope(second, 'project.backup', { dest: join(dir, 'copy.cairn') })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(existsSync(join(dir, 'copy.cairn'))).toBe(false);

    expect((await envelope(second, 'session.signIn', { email: REVIEWER.email, password: REVIEWER.password })).ok).toBe(true);
    expect(await envelope(second, 'app.status', {})).toMatchObject({ value: { user: { email: REVIEWER.email } } });
    expect(await envelope(host, 'app.status', {})).toMatchObject({ value: { user: { email: OWNER.email } } });
    // Signing out in one browser leaves the other signed in.
    expect((await envelope(second, 'session.signOut', {})).ok).toBe(true);
    expect(await envelope(host, 'app.status', {})).toMatchObject({ value: { user: { email: OWNER.email } } });
  });
});

/** Opens the event stream and resolves with its response once the status line arrived. */
function openStream(client: HostAddress): Promise<{ res: IncomingMessage; req: ClientRequest }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL('api/events', client.url), { headers: { cookie: client.cookie }, agent: false }, (res) => resolve({ res, req }));
    req.on('error', reject);
    req.end();
  });
}

describe('bounds', () => {
  it(`refuses event-stream subscribers beyond ${MAX_SUBSCRIBERS}, and takes new ones once others leave`, async () => {
    const streams = await Promise.all(Array.from({ length: MAX_SUBSCRIBERS }, () => openStream(host)));
    expect(streams.every((s) => s.res.statusCode === 200)).toBe(true);
    const refused = await getPath(host, '/api/events');
    expect(refused.status).toBe(503);
    for (const s of streams) s.req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await openStream(host);
    expect(again.res.statusCode).toBe(200);
    again.req.destroy();
  });

  it(`drops connections beyond ${MAX_CONNECTIONS}`, async () => {
    const { port } = new URL(host.url);
    const idle: Socket[] = await Promise.all(
      Array.from(
        { length: MAX_CONNECTIONS },
        () =>
          new Promise<Socket>((resolve) => {
            const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
          }),
      ),
    );
    const extra = await postApi(host, 'app.status', {}).catch((error: NodeJS.ErrnoException) => error);
    expect(extra).toBeInstanceOf(Error);
    for (const socket of idle) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await postApi(host, 'app.status', {})).status).toBe(200);
  });
});
