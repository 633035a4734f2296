// The dates a round may be played on. A future date would post a score that anchors the WHS
// 365-day Low Handicap Index window ahead of time, and a date before modern handicapping is a typo.
import { addDays, todayIn } from '@/lib/dates';

export const EARLIEST_ROUND_DATE = '1900-01-01';

/** Tomorrow in UTC: the furthest time zone (UTC+14) is at most one calendar day ahead of UTC, so
 * this admits today wherever the course is, without knowing where that is. */
export function latestRoundDate(now: Date = new Date()): string {
  return addDays(todayIn('UTC', now), 1);
}

/** Why `date` (YYYY-MM-DD) cannot be a round's date, or null when it can. */
export function roundDateProblem(date: string, now: Date = new Date()): string | null {
  // ISO dates of four-digit years compare as strings.
  if (date < EARLIEST_ROUND_DATE) return `date must be on or after ${EARLIEST_ROUND_DATE}`;
  const latest = latestRoundDate(now);
  if (date > latest) return `date must not be after ${latest} (tomorrow): a round cannot be played in the future`;
  return null;
}
