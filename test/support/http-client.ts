import { request } from 'node:http';

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body; `undefined` when the body was not JSON. */
  json: unknown;
  text: string;
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
export function postApi(baseUrl: string, method: string, input: unknown, options: PostOptions = {}): Promise<HttpAnswer> {
  const body = options.rawBody ?? JSON.stringify(input);
  const url = new URL(`api/${method}`, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...options.headers },
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
