import type { ErrorCode } from '../../shared/api/errors';

/** HTTP status for each error code; the body always carries the full envelope as well. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_method: 404,
  no_project_open: 409,
  not_signed_in: 401,
  forbidden: 403,
  wrong_password: 401,
  not_found: 404,
  conflict: 409,
  file_exists: 409,
  file_not_found: 404,
  not_a_project: 422,
  project_newer_than_app: 422,
  migration_edited: 422,
  migration_failed: 500,
  project_busy: 503,
  cancelled: 409,
  integrity_failed: 409,
  internal: 500,
};
