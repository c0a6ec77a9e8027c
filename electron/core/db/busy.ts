/**
 * SQLite says "someone else holds the file" in several ways: SQLITE_BUSY and its extended codes
 * (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_TIMEOUT) and SQLITE_LOCKED with its own
 * (SQLITE_LOCKED_SHAREDCACHE, …). Every one of them means the same to a person: try again shortly.
 */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}

export const PROJECT_BUSY_MESSAGE = 'The project file is in use by another program; nothing was changed. Try again in a moment.';
