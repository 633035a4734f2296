// One table from error code to HTTP status; every error response is built from it, for a DomainError
// from any layer alike.
import { DomainError, type ErrorCode } from '@/lib/errors';

export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stream_conflict: 409,
  event_id_conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rule_violation: 422,
  rate_limited: 429,
  internal: 500,
  not_ready: 503,
} as const satisfies Record<ErrorCode, number>;

export type { ErrorCode };

/** A DomainError raised by the HTTP layer itself, which may also need response headers (Retry-After). */
export class ApiError extends DomainError {
  constructor(
    code: ErrorCode,
    message: string,
    details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(code, message, details);
    this.name = 'ApiError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown; requestId: string };
}

export function errorBody(err: DomainError, requestId: string): ErrorBody {
  return {
    error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }), requestId },
  };
}
