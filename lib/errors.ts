// The one error type for what a caller did wrong or must be told (a rule broken, a conflict, bad
// input). Pure, so every layer may throw it, from rules to routes; lib/api turns it into a response
// through its one code → status table and never needs to know which domain threw it.

/** Every error code a client can see, in the order the API documents them. */
export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'stream_conflict'
  | 'event_id_conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rule_violation'
  | 'rate_limited'
  | 'internal'
  | 'not_ready';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Sent to the client as `error.details`: keep it JSON with snake_case fields. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Whether `err` is a DomainError with one of `codes` (any code when none are given). */
export function isDomainError(err: unknown, ...codes: ErrorCode[]): err is DomainError {
  return err instanceof DomainError && (codes.length === 0 || codes.includes(err.code));
}
