// Shared by every offline outbox (basketball plays, golf holes); shared since it was written for basketball.
// The message to show for an API error body: its message, plus the fields it names when a form's
// input was refused, e.g. "The request body is invalid. (abbreviation: must be 2 to 5 letters or digits)".
export function apiErrorMessage(body: unknown): string | null {
  const err = (body as { error?: { message?: unknown; details?: unknown } } | null)?.error;
  if (!err || typeof err.message !== 'string') return null;
  const details = Array.isArray(err.details) ? (err.details as { path?: unknown; message?: unknown }[]) : [];
  const fields = details
    .filter((d) => typeof d?.message === 'string')
    .map((d) => (d.path ? `${String(d.path)}: ${d.message}` : String(d.message)));
  return fields.length > 0 ? `${err.message} (${fields.join('; ')})` : err.message;
}
