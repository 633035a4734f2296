// Checking a play-by-play conversion: team counting stats straight from its events (independent of the
// reducer), and the official lines from a stats.nba.com team game log.
import { parse } from 'csv-parse/sync';
import type { LiveEventInput } from './nba-pbp';

export const COUNTING_FIELDS = ['PTS', 'FGM', 'FGA', 'FG3M', 'FG3A', 'FTM', 'FTA', 'AST', 'STL', 'BLK'] as const;
export type CountingField = (typeof COUNTING_FIELDS)[number];
export type TeamTally = Record<CountingField | 'OREB' | 'DREB' | 'TEAM_REB' | 'TOV' | 'PF', number>;

const emptyTally = (): TeamTally => ({
  PTS: 0,
  FGM: 0,
  FGA: 0,
  FG3M: 0,
  FG3A: 0,
  FTM: 0,
  FTA: 0,
  AST: 0,
  STL: 0,
  BLK: 0,
  OREB: 0,
  DREB: 0,
  TEAM_REB: 0,
  TOV: 0,
  PF: 0,
});

/**
 * Per-team box-score counts, computed directly from the events (deliberately independent of any reducer).
 * OREB/DREB are player rebounds, team rebounds are TEAM_REB; PF excludes technicals, as the NBA's does.
 * Blocks and steals go to the opponent of the team in the event.
 */
export function tally(events: LiveEventInput[]): Map<number, TeamTally> {
  const lines = new Map<number, TeamTally>();
  const line = (team: number) => {
    const l = lines.get(team) ?? emptyTally();
    lines.set(team, l);
    return l;
  };
  for (const e of events) if ('team_id' in e) line(e.team_id);
  const opponent = (team: number) => [...lines.keys()].find((t) => t !== team) ?? Number.NaN;

  for (const e of events) {
    switch (e.type) {
      case 'field_goal': {
        const l = line(e.team_id);
        l.FGA++;
        if (e.points === 3) l.FG3A++;
        if (e.made) {
          l.FGM++;
          l.PTS += e.points;
          if (e.points === 3) l.FG3M++;
          if (e.assist_player_id) l.AST++;
        }
        if (e.block_player_id) line(opponent(e.team_id)).BLK++;
        break;
      }
      case 'free_throw': {
        const l = line(e.team_id);
        l.FTA++;
        if (e.made) {
          l.FTM++;
          l.PTS++;
        }
        break;
      }
      case 'rebound': {
        // The official team line counts player rebounds only; team rebounds are kept apart.
        const l = line(e.team_id);
        if (e.player_id === null) l.TEAM_REB++;
        else if (e.offensive) l.OREB++;
        else l.DREB++;
        break;
      }
      case 'turnover':
        line(e.team_id).TOV++;
        if (e.steal_player_id) line(opponent(e.team_id)).STL++;
        break;
      case 'foul':
        if (e.kind !== 'technical') line(e.team_id).PF++;
        break;
    }
  }
  return lines;
}

export type LogLine = Record<CountingField | 'OREB' | 'DREB' | 'REB' | 'TOV' | 'PF', number> & { team: string };

/** The two team lines of one game from a stats.nba.com team game log (log-2019.csv); " vs. " marks home. */
export function teamLinesFromLog(csvText: string, gameId: string): { home: LogLine; visitor: LogLine } {
  const records = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const game = records.filter((r) => r.GAME_ID === gameId);
  const home = game.find((r) => r.MATCHUP?.includes(' vs. '));
  const visitor = game.find((r) => r.MATCHUP?.includes(' @ '));
  if (game.length !== 2 || !home || !visitor) throw new Error(`game ${gameId}: expected one home and one away row`);
  const toLine = (r: Record<string, string>): LogLine => {
    const n = (k: string) => Number(r[k]);
    return {
      team: r.TEAM_ABBREVIATION ?? '',
      ...Object.fromEntries(COUNTING_FIELDS.map((f) => [f, n(f)])),
      OREB: n('OREB'),
      DREB: n('DREB'),
      REB: n('REB'),
      TOV: n('TOV'),
      PF: n('PF'),
    } as LogLine;
  };
  return { home: toLine(home), visitor: toLine(visitor) };
}
