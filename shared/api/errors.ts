/**
 * The one error shape that leaves the core through every door.
 * `code` is stable and machine-readable (snake_case); `message` is written for a person;
 * `field` names the input field at fault, as a dotted path, when there is one.
 */
export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: string;
}

export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'no_project_open',
  'not_signed_in',
  'forbidden',
  'wrong_password',
  'not_found',
  'conflict',
  'file_exists',
  'file_not_found',
  'not_a_project',
  'project_newer_than_app',
  'migration_edited',
  'migration_failed',
  'project_busy',
  'cancelled',
  /** A stored record was changed outside Cairn; signing and signed exports are refused until it is resolved. */
  'integrity_failed',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
