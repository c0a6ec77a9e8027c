import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isLocalUrl, resolveAppPath } from '../../electron/main/app-protocol-paths';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../electron/main/content-security-policy';
import { contentTypeOf } from '../../electron/main/content-types';
import { REPO_ROOT } from './electronegativity-findings';

const root = resolve('/srv/cairn/renderer');

describe('app:// path resolution', () => {
  it('maps the entry and assets inside the root', () => {
    expect(resolveAppPath(root, APP_ENTRY_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://cairn/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://cairn/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://cairn/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it('keeps dot segments inside the root (the URL parser removes them before we see the path)', () => {
    expect(resolveAppPath(root, 'app://cairn/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppPath(root, 'app://cairn/%2e%2e/%2E%2E/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it('refuses encoded separators that would climb out of the root', () => {
    expect(resolveAppPath(root, 'app://cairn/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://cairn/assets/..%2F..%2F..%2Fsecret')).toBeNull();
  });

  it('refuses a sibling folder that merely shares the root as a prefix', () => {
    expect(resolveAppPath(root, 'app://cairn/..%2frenderer-private%2fkey.pem')).toBeNull();
  });

  it('refuses NUL bytes, malformed escapes, other hosts and other schemes', () => {
    expect(resolveAppPath(root, 'app://cairn/index.html%00.png')).toBeNull();
    expect(resolveAppPath(root, 'app://cairn/%E0%A4%A')).toBeNull();
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'app://user:pass@cairn/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'https://cairn/index.html')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });
});

describe('which URLs count as the app', () => {
  it('accepts only app://cairn', () => {
    expect(isAppUrl('app://cairn/index.html')).toBe(true);
    expect(isAppUrl('app://cairn.evil/index.html')).toBe(false);
    expect(isAppUrl('app://cairn:8080/index.html')).toBe(false);
    expect(isAppUrl('http://cairn/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('lets the window load only local URLs', () => {
    expect(isLocalUrl('app://cairn/assets/x.js')).toBe(true);
    expect(isLocalUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isLocalUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isLocalUrl('https://example.com/')).toBe(false);
    expect(isLocalUrl('http://127.0.0.1:4000/')).toBe(false);
    expect(isLocalUrl('ws://127.0.0.1:4000/')).toBe(false);
    expect(isLocalUrl('file:///etc/passwd')).toBe(false);
  });
});

describe('response headers', () => {
  it('sends the same policy as the meta tag in renderer/index.html', () => {
    const html = readFileSync(join(REPO_ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('adds the policy and nosniff to every response', () => {
    const headers = securityHeaders('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('types renderer files and treats unknown ones as opaque bytes', () => {
    expect(contentTypeOf('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/x/assets/INDEX.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/x/notes.exe')).toBe('application/octet-stream');
  });
});
