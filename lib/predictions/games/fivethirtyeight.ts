// FiveThirtyEight's published pre-game forecasts, joined to stored games by date and the two
// teams' nicknames (their file names teams "Celtics", "Trail Blazers"; ours "Boston Celtics").
// The yardstick of the acceptance: the same games, their probability against ours. Pure.
import { parse } from 'csv-parse/sync';
import type { Forecast } from './metrics';

export interface PublishedForecast {
  date: string;
  home: string;
  away: string;
  p: number;
}

export function parseFiveThirtyEight(csv: string | Buffer): PublishedForecast[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r) => ({ date: r.date ?? '', home: r.team1 ?? '', away: r.team2 ?? '', p: Number(r.prob1) }));
}

interface JoinableGame {
  gameId: number;
  date: string;
  homeName: string;
  awayName: string;
  y: 0 | 1;
}

const nickname = (full: string, nicknames: string[]) => nicknames.find((n) => full === n || full.endsWith(` ${n}`));

/** Our games that FiveThirtyEight forecast, with their probability; game ids of the rest are left out. */
export function joinFiveThirtyEight(games: JoinableGame[], published: PublishedForecast[]): Map<number, Forecast> {
  const nicknames = [...new Set(published.flatMap((f) => [f.home, f.away]))].sort((a, b) => b.length - a.length);
  const byKey = new Map(published.map((f) => [`${f.date}|${f.home}|${f.away}`, f]));
  const joined = new Map<number, Forecast>();
  for (const g of games) {
    const home = nickname(g.homeName, nicknames);
    const away = nickname(g.awayName, nicknames);
    const f = home && away ? byKey.get(`${g.date}|${home}|${away}`) : undefined;
    if (f && Number.isFinite(f.p)) joined.set(g.gameId, { p: f.p, y: g.y });
  }
  return joined;
}
