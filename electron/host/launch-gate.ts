import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The query parameter of the printed address that carries the launch secret. */
export const LAUNCH_PARAMETER = 'key';

/**
 * Browser sessions kept at once. Only someone holding the launch secret can add one, so the cap only
 * bounds memory; the oldest session is ended to make room.
 */
export const MAX_BROWSER_SESSIONS = 32;

/** A fresh 256-bit secret for one launch of the host. */
export function newLaunchSecret(): string {
  return randomBytes(32).toString('base64url');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The value of one cookie in a Cookie header, or null. */
function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/**
 * Lets in only the person who started the host: the address printed at launch carries a secret, which
 * a browser exchanges once for a session cookie of its own (HttpOnly, so page scripts cannot read it;
 * SameSite=Strict, so no other site can send it). Each browser gets its own session, and each session
 * is its own client of the core, so signing in in one browser does not sign in another.
 */
export class LaunchGate {
  /** Session id → nothing; a Set keeps insertion order, so the oldest is first. */
  private readonly sessions = new Set<string>();

  constructor(
    private readonly secret: string,
    /** Called when a session is ended to make room, so the core forgets its sign-in. */
    private readonly onEnded: (session: string) => void = () => undefined,
  ) {}

  /** The path and query to print: visiting it lets a browser in. */
  launchPath(): string {
    return `/?${LAUNCH_PARAMETER}=${encodeURIComponent(this.secret)}`;
  }

  /** A new session id when `candidate` is the launch secret, else null. */
  enter(candidate: string): string | null {
    if (!sameSecret(candidate, this.secret)) return null;
    const session = randomBytes(32).toString('base64url');
    this.sessions.add(session);
    if (this.sessions.size > MAX_BROWSER_SESSIONS) {
      const oldest = this.sessions.values().next().value as string;
      this.sessions.delete(oldest);
      this.onEnded(oldest);
    }
    return session;
  }

  /** The session a request belongs to, or null when it carries none this host issued. */
  sessionOf(req: IncomingMessage, port: number): string | null {
    const value = cookieValue(req, cookieName(port));
    if (value === null) return null;
    for (const session of this.sessions) if (sameSecret(value, session)) return session;
    return null;
  }
}

/** Cookies are shared across the ports of one host name, so each Cairn host names its own. */
function cookieName(port: number): string {
  return `cairn_session_${port}`;
}

/** The Set-Cookie header that hands a browser its session; no Max-Age, so it ends with the browser. */
export function sessionCookie(session: string, port: number): string {
  return `${cookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/`;
}
