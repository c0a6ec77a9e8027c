import { resolve, sep } from 'node:path';

/** The renderer's scheme and host: every page of the app lives under app://cairn/. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cairn';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when `url` belongs to the app's own origin. Node's URL gives non-special schemes the origin
 * "null", so the scheme and host are compared instead of `origin`.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Schemes the window may load besides app://cairn: inline images the CSP allows, and dev tools. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/** True for the URLs the window may request at all; anything else (http, https, ws, file) is remote or the disk. */
export function isLocalUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Maps an app:// request URL to a file inside `root`, or null when the URL is not ours, cannot be
 * decoded, names a NUL byte, or would resolve outside the root (path traversal, encoded or not).
 * "/" maps to index.html. Whether the file exists is the caller's question.
 */
export function resolveAppPath(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = resolve(root);
  const candidate = resolve(base, relative);
  return candidate.startsWith(base + sep) ? candidate : null;
}
