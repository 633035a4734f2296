// How errors appear in logs. Driver errors carry the query's parameters (emails, password hashes)
// in their message: log the SQLSTATE, the driver's own message and the SQL text, never the values.
import { sqlState } from './db/errors';

export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const query = (err as { query?: unknown }).query;
  if (typeof query === 'string') {
    const cause = (err as { cause?: unknown }).cause;
    return {
      type: err.name,
      sqlState: sqlState(err),
      message: cause instanceof Error ? cause.message : 'query failed',
      query: query.slice(0, 500),
    };
  }
  return { type: err.name, message: err.message, stack: err.stack, ...(sqlState(err) ? { sqlState: sqlState(err) } : {}) };
}
