// What a schedule row says (the API's JSON and the CSV import's columns alike): a date, an optional
// local start time in a time zone (or an ISO instant), two team references and a venue. Pure.
import { z } from 'zod';
import { isTimeZone } from '@/lib/dates';

const isoDay = z.iso.date('must be a date YYYY-MM-DD');
const teamRef = z
  .union([z.number().int().positive(), z.string().trim().min(1).max(100)])
  .describe('A team id, or the name, full name or abbreviation of a team in the league');

export const scheduleGameInput = z
  .strictObject({
    date: isoDay.optional().describe("The game's local date; may be left out when starts_at is given"),
    time: z
      .string()
      .trim()
      .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24-hour)')
      .optional()
      .describe('Local start time, HH:MM; needs time_zone'),
    time_zone: z.string().trim().refine(isTimeZone, 'must be an IANA time zone such as America/Chicago').optional(),
    starts_at: z.iso
      .datetime({ offset: true, message: 'must be an ISO date-time with an offset' })
      .optional()
      .describe('The start as an instant, e.g. 2026-12-05T19:00:00-06:00 (instead of time + time_zone)'),
    home: teamRef,
    visitor: teamRef,
    venue: z.string().trim().max(200).optional(),
  })
  .superRefine((g, ctx) => {
    if (!g.date && !g.starts_at) ctx.addIssue({ code: 'custom', path: ['date'], message: 'a date (or starts_at) is required' });
    if (g.time && !g.time_zone) ctx.addIssue({ code: 'custom', path: ['time_zone'], message: 'a time needs a time zone' });
    if (g.time && g.starts_at) ctx.addIssue({ code: 'custom', path: ['time'], message: 'give time or starts_at, not both' });
  });
export type ScheduleGameInput = z.infer<typeof scheduleGameInput>;

/** Milliseconds `timeZone` is ahead of UTC at the instant `at`. */
function offsetAt(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - (at - (at % 1000));
}

/** The instant a wall-clock time on a date in a time zone names (the later one when clocks fall back). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const local = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, h ?? 0, min ?? 0);
  // Twice: the offset at the first guess may differ from the offset at the answer across a DST change.
  const guess = local - offsetAt(local, timeZone);
  return new Date(local - offsetAt(guess, timeZone));
}

/** A row's date and start: the date as given (or as written in starts_at), the start as an instant or null. */
export function whenOf(g: ScheduleGameInput): { date: string; startsAt: Date | null } {
  if (g.starts_at) return { date: g.date ?? g.starts_at.slice(0, 10), startsAt: new Date(g.starts_at) };
  const date = g.date ?? '';
  return { date, startsAt: g.time && g.time_zone ? zonedInstant(date, g.time, g.time_zone) : null };
}
