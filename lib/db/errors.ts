// Reading Postgres errors the same way on both drivers: postgres.js and PGlite name their fields
// differently, and Drizzle wraps both in a DrizzleQueryError whose `cause` is the driver's error.

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

// postgres.js connection error codes, socket errors, and SQLSTATEs of a server going away
// (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, class 08 connection).
const lostCodes = new Set([
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECTION_CLOSED',
  'CONNECT_TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
]);

/** Did this fail because the database connection went away (not because of the query)? */
export function isConnectionLost(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (lostCodes.has(code) || code.startsWith('08'))) return true;
    // PGlite, once closed, answers every query with this message and no code.
    if (e instanceof Error && /PGlite is closed/i.test(e.message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
