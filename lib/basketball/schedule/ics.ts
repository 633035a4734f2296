// A schedule as an iCalendar feed (RFC 5545, written by the `ics` package) that phones subscribe to:
// one event per game with a UID that never changes, so an edited game updates rather than repeats.
import { createEvents, type EventAttributes } from 'ics';
import type { ScheduleGame } from './queries';

/** Games without a start time are all-day events; timed ones last two hours. */
const GAME_MINUTES = 120;

export function gameUid(gameId: number, host: string): string {
  return `bb-game-${gameId}@${host}`;
}

function parts(d: Date): [number, number, number, number, number] {
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

function description(g: ScheduleGame, url: string): string {
  if (g.status === 'final' && g.homeScore !== null && g.visitorScore !== null) {
    return `Final: ${g.visitor.name} ${g.visitorScore}, ${g.home.name} ${g.homeScore}\n${url}`;
  }
  if (g.status === 'live') return `Live now\n${url}`;
  return url;
}

export function scheduleCalendar(games: ScheduleGame[], opts: { name: string; origin: string }): string {
  // The host name only: a port is no part of where the UID comes from.
  const host = new URL(opts.origin).hostname;
  const events: EventAttributes[] = games.map((g) => {
    const url = `${opts.origin}/basketball/games/${g.id}`;
    const common = {
      uid: gameUid(g.id, host),
      title: `${g.visitor.name} at ${g.home.name}`,
      description: description(g, url),
      url,
      ...(g.venue ? { location: g.venue } : {}),
      status: 'CONFIRMED' as const,
      calName: opts.name,
      productId: 'statline/schedule',
    };
    if (g.startsAt) {
      return {
        ...common,
        start: parts(g.startsAt),
        startInputType: 'utc',
        startOutputType: 'utc',
        duration: { minutes: GAME_MINUTES },
      } satisfies EventAttributes;
    }
    const [y, m, d] = g.date.split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    return {
      ...common,
      start: [y, m, d],
      end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
    } satisfies EventAttributes;
  });
  if (events.length === 0) {
    // `ics` refuses an empty list; an empty calendar is still a valid feed to subscribe to.
    const name = opts.name.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:statline/schedule', `X-WR-CALNAME:${name}`, 'END:VCALENDAR', ''].join(
      '\r\n',
    );
  }
  const { error, value } = createEvents(events, { calName: opts.name, productId: 'statline/schedule' });
  if (error || !value) throw error ?? new Error('calendar not written');
  return value;
}
