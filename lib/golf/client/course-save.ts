// What the course builder says when a save fails. Saves carry an Idempotency-Key made once per
// card (see course-builder.tsx), so once a request has left the phone without a clear answer the
// course may be stored, and saving the same card again is safe: it answers that course. Only a
// refusal (4xx with the API's error body) proves nothing was saved.

export const MAYBE_SAVED =
  'No clear answer from the server: the course may have been saved. Save again without changing anything: the same card is never added twice.';

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
