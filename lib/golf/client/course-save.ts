// What the course builder says when a save fails. POST /api/v1/golf/courses takes no idempotency
// key, so once a request has left the phone without a clear answer the course may well be stored:
// only a refusal (4xx with the API's error body) proves nothing was saved.

export const MAYBE_SAVED =
  'No clear answer from the server: the course may or may not have been saved. Look for it in the course picker of Start a round before saving again, so it is not added twice.';

export type SaveAttempt = { kind: 'no-response' } | { kind: 'response'; status: number; body: unknown };

interface ErrorBody {
  error?: { message?: unknown; details?: { message?: unknown }[] };
}

/** The lines to show under the form after a failed save. */
export function saveFailure(attempt: SaveAttempt): string[] {
  if (attempt.kind === 'no-response' || attempt.status >= 500) return [MAYBE_SAVED];
  const error = (attempt.body as ErrorBody | null)?.error;
  // A proxy's HTML page or an empty body is no proof the request was refused before it was stored.
  if (typeof error?.message !== 'string') return [MAYBE_SAVED];
  const details = Array.isArray(error.details)
    ? error.details.flatMap((d) => (typeof d?.message === 'string' ? [d.message] : []))
    : [];
  return [`${error.message} The course was not saved.`, ...details];
}
