import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiError, Envelope } from '../../shared/api/errors';
import { LIMITS } from '../../shared/domain/limits';
import type { Core } from '../core/core';
import { EventStreams } from './event-stream';
import { HTTP_STATUS } from './http-status';
import { LAUNCH_PARAMETER, LaunchGate, sessionCookie } from './launch-gate';
import { serveStatic } from './static-files';

/** Request bodies above this are refused before parsing: the largest legitimate input is a PDF to verify. */
const MAX_BODY_BYTES = LIMITS.pdfBase64 + 1024 * 1024;
const LOOPBACK = '127.0.0.1';
/** Open connections at once: the app keeps a handful; beyond this new ones are dropped at accept. */
export const MAX_CONNECTIONS = 64;

export interface HostOptions {
  core: Core;
  rendererDir: string;
  /** The per-launch secret (newLaunchSecret()); only the address that carries it lets a browser in. */
  secret: string;
  /** 0 picks a free port. */
  port: number;
}

/** The HTTP door and the path (with the launch secret) that lets a browser in. */
export interface Host {
  server: Server;
  launchPath: string;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(text);
}

function refusal(res: ServerResponse, status: number, message: string, code: ApiError['code'] = 'invalid_input'): void {
  sendJson(res, status, { ok: false, error: { code, message } } satisfies Envelope<never>);
}

const NOT_LET_IN = 'This browser has not been let in: open Cairn through the address printed when it started.';

/**
 * Reads a request body, or null when it is larger than the limit. An oversized body is drained rather
 * than cut off, so the client receives the refusal instead of a reset connection.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Only pages served by this host may call it. A web page elsewhere could otherwise post to the loopback
 * port (CSRF) or reach it through a rebound DNS name, so Host and Origin must both be this host.
 */
function fromThisHost(req: IncomingMessage, port: number): boolean {
  const allowed = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  if (!allowed.has(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowed.has(origin.replace(/^http:\/\//, ''));
}

async function handleApi(core: Core, client: string, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return refusal(res, 405, 'API methods are called with POST.');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return refusal(res, 415, 'API calls must send Content-Type: application/json.');
  }
  let input: unknown;
  try {
    const body = await readBody(req);
    if (body === null) return refusal(res, 413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch (error) {
    return refusal(res, 400, `The request body is not valid JSON: ${(error as Error).message}`);
  }
  const result = await core.call(method, input, client);
  sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result);
}

/** The launch address: swaps the secret for a session cookie and sends the browser on to the app. */
function enter(gate: LaunchGate, candidate: string, port: number, res: ServerResponse): void {
  const session = gate.enter(candidate);
  if (!session) {
    res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(NOT_LET_IN);
    return;
  }
  // 303 to the bare address, so the secret leaves the address bar and the history entry.
  res.writeHead(303, { location: '/', 'set-cookie': sessionCookie(session, port), 'cache-control': 'no-store' }).end();
}

export function createHost({ core, rendererDir, secret }: Omit<HostOptions, 'port'>): Host {
  const gate = new LaunchGate(secret, (session) => core.forgetClient(session));
  const streams = new EventStreams(core);
  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    if (!fromThisHost(req, port)) return refusal(res, 403, 'Requests must come from the Cairn page on this computer.');
    const [path = '/', query = ''] = (req.url ?? '/').split('?');
    const candidate = new URLSearchParams(query).get(LAUNCH_PARAMETER);
    if (req.method === 'GET' && path === '/' && candidate !== null) return enter(gate, candidate, port, res);
    // Nothing else is answered, read or parsed for a request without a session of this launch.
    const client = gate.sessionOf(req, port);
    if (client === null) {
      if (path.startsWith('/api/')) return refusal(res, 401, NOT_LET_IN, 'not_signed_in');
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(NOT_LET_IN);
      return;
    }
    if (path === '/api/events') {
      if (!streams.open(req, res)) refusal(res, 503, 'Too many event streams are open; close a Cairn tab and reload.');
      return;
    }
    if (path.startsWith('/api/')) {
      let method: string;
      try {
        method = decodeURIComponent(path.slice('/api/'.length));
      } catch {
        return refusal(res, 400, 'The method name in the URL is not valid percent-encoding.');
      }
      handleApi(core, client, method, req, res).catch((error: unknown) => {
        console.error('[cairn host]', error);
        if (!res.headersSent) refusal(res, 500, 'The host failed to answer.');
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refusal(res, 405, 'Only GET serves the app.');
    serveStatic(rendererDir, path, res);
  });
  server.maxConnections = MAX_CONNECTIONS;
  return { server, launchPath: gate.launchPath() };
}

/** Starts the host on the loopback interface only and resolves with its URL. */
export function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve(`http://${LOOPBACK}:${actual}/`);
    });
  });
}
