// The dates a round may be played on. A future date would post a score that anchors the WHS
// 365-day Low Handicap Index window ahead of time, and a date before modern handicapping is a typo.
export const EARLIEST_ROUND_DATE = '1900-01-01';

const DAY_MS = 86_400_000;

/** Tomorrow in UTC: the furthest time zone (UTC+14) is at most one calendar day ahead of UTC. */
export function latestRoundDate(now: Date = new Date()): string {
  return new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
}

/** Why `date` (YYYY-MM-DD) cannot be a round's date, or null when it can. */
export function roundDateProblem(date: string, now: Date = new Date()): string | null {
  // ISO dates of four-digit years compare as strings.
  if (date < EARLIEST_ROUND_DATE) return `date must be on or after ${EARLIEST_ROUND_DATE}`;
  const latest = latestRoundDate(now);
  if (date > latest) return `date must not be after ${latest} (tomorrow): a round cannot be played in the future`;
  return null;
}
