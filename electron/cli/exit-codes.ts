import type { ErrorCode } from '../../shared/api/errors';

/** Exit codes are part of the CLI's contract with CI scripts: keep them stable. */
export const EXIT = {
  ok: 0,
  /** The operation was refused or failed (reason on stderr). */
  failed: 1,
  /** The command line or its input was wrong. */
  usage: 2,
  /** A check ran and found problems (broken chain; later: trace gaps). */
  checkFailed: 3,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  return code === 'invalid_input' ? EXIT.usage : EXIT.failed;
}
