import type { ApiError, ErrorCode } from '../../shared/api/errors';

/** A failure the core expects and explains; the dispatcher turns it into an ApiError. */
export class CairnError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CairnError';
  }

  toApiError(): ApiError {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
  }
}
