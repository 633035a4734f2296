// The schedule endpoints' work: the league a request names (not found for those who may not see it),
// and a JSON batch of games checked row by row before any is written.
import type { League } from '@/drizzle/schema';
import type { AuditActor } from '@/lib/audit';
import { todayIn } from '@/lib/dates';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { findLeague, mayView, type Viewer } from '@/lib/leagues/queries';
import type { ScheduleGameInput } from './input';
import { type ScheduleGame, scheduledGame, upcomingGames } from './queries';
import { leagueTeams, resolveRow, type ScheduledGame, scheduleGames } from './write';

export async function visibleBasketballLeague(db: Db, ref: string, viewer: Viewer): Promise<League> {
  const league = await findLeague(db, ref);
  if (league?.sport !== 'basketball' || !(await mayView(db, league, viewer))) {
    throw new DomainError('not_found', `No basketball league "${ref}".`);
  }
  return league;
}

export function leagueUpcoming(db: Db, league: League): Promise<ScheduleGame[]> {
  return upcomingGames(db, { leagueId: league.id }, todayIn('UTC'));
}

export async function addToSchedule(db: Db, actor: AuditActor, league: League, rows: ScheduleGameInput[]) {
  const teams = await leagueTeams(db, league.id);
  const games: ScheduledGame[] = [];
  for (const [index, row] of rows.entries()) {
    const game = resolveRow(teams, league, row);
    if ('reason' in game) {
      throw new DomainError('rule_violation', `games[${index}].${game.field}: ${game.reason}`, {
        field: `games.${index}.${game.field}`,
      });
    }
    games.push(game);
  }
  const outcomes = await scheduleGames(db, league, games, { actor });
  const created: ScheduleGame[] = [];
  const duplicates: { index: number; existing_game_id: number }[] = [];
  for (const [index, o] of outcomes.entries()) {
    if (o.kind === 'created') {
      const game = await scheduledGame(db, league.id, o.gameId);
      if (game) created.push(game);
    } else duplicates.push({ index, existing_game_id: o.gameId });
  }
  return { created, duplicates };
}
