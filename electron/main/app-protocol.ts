import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { APP_SCHEME, resolveAppPath } from './app-protocol-paths';
import { securityHeaders } from './content-security-policy';
import { contentTypeOf } from './content-types';

/**
 * Must run before the app is ready. `standard` gives app:// real origins and relative URLs, `secure`
 * makes it a secure context like https, `supportFetchAPI` lets the renderer fetch its own assets, and
 * `corsEnabled` lets Vite's `crossorigin` module scripts load from it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

async function fileResponse(file: string): Promise<Response> {
  const body = await readFile(file);
  return new Response(new Uint8Array(body), { status: 200, headers: securityHeaders(contentTypeOf(file)) });
}

/**
 * Serves the built renderer from `root`. Anything that would resolve outside it is a 404; an unknown
 * path without an extension is a client-side route and gets index.html, as the HTTP host does.
 */
export function serveAppProtocol(session: Session, root: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Only GET serves the app.');
    const file = resolveAppPath(root, request.url);
    if (!file) return refusal(404, 'Not found');
    try {
      return await fileResponse(file);
    } catch {
      if (extname(file) !== '') return refusal(404, 'Not found');
      return fileResponse(join(root, 'index.html')).catch(() => refusal(404, 'Not found'));
    }
  });
}
