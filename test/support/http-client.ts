import { request } from 'node:http';

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body; `undefined` when the body was not JSON. */
  json: unknown;
  text: string;
}

/** A running host as a client sees it: its address and the session cookie it handed this client. */
export interface HostAddress {
  url: string;
  /** `name=value` for the Cookie header; '' for a client that was never let in. */
  cookie: string;
}

export interface PostOptions {
  headers?: Record<string, string>;
  /** Sent as is; otherwise `input` is JSON-encoded. */
  rawBody?: string | Buffer;
}

/**
 * POST /api/<method> with node:http rather than fetch: fetch refuses to set Host, and the host's Host
 * check is one of the things under test. A connection the server drops rejects with its error code.
 */
export function postApi(host: HostAddress, method: string, input: unknown, options: PostOptions = {}): Promise<HttpAnswer> {
  const body = options.rawBody ?? JSON.stringify(input);
  const url = new URL(`api/${method}`, host.url);
  const cookie: Record<string, string> = host.cookie ? { cookie: host.cookie } : {};
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...cookie, ...options.headers },
        // A fresh connection per call: reusing a kept-alive socket races the server closing it when
        // idle, which shows up as a spurious "socket hang up" on a loaded machine.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, json, text });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** GET `path` on the host, with the client's cookie; redirects are not followed. */
export function getPath(
  host: HostAddress,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const cookie: Record<string, string> = host.cookie ? { cookie: host.cookie } : {};
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, host.url), { method: 'GET', headers: { ...cookie, ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Visits the address the host printed, as a browser would the first time, and keeps the session
 * cookie it hands out: each call is a new browser with a session of its own.
 */
export async function enterHost(launchUrl: string): Promise<HostAddress> {
  const url = new URL('/', launchUrl).href;
  const answer = await getPath({ url, cookie: '' }, launchUrl);
  const setCookie = answer.headers['set-cookie']?.[0];
  if (answer.status !== 303 || !setCookie) throw new Error(`The host did not let this client in (${answer.status}): ${answer.text}`);
  return { url, cookie: setCookie.split(';')[0] ?? '' };
}
