export class StreamConflictError extends Error {
  readonly code = 'stream_conflict';
  constructor(
    readonly stream: string,
    readonly expectedSeq: number,
    readonly currentSeq: number,
  ) {
    super(`stream ${stream} is at seq ${currentSeq}, not the expected ${expectedSeq}`);
    this.name = 'StreamConflictError';
  }
}

/** An event id (the client's idempotency key) reused for a different event. */
export class EventIdConflictError extends Error {
  readonly code = 'event_id_conflict';
  constructor(readonly id: string) {
    super(`event id ${id} was already used for a different event`);
    this.name = 'EventIdConflictError';
  }
}

/** SQLSTATE of a driver error, looking through Drizzle's DrizzleQueryError wrapper. */
export function sqlState(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Name of the violated constraint (postgres.js: constraint_name; PGlite: constraint). */
export function constraintName(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const c = e as { constraint_name?: unknown; constraint?: unknown };
    const name = c.constraint_name ?? c.constraint;
    if (typeof name === 'string') return name;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
