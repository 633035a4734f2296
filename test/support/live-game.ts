// A live game ready to score: two teams coached by `coachId`'s team and another, eight players
// each with jersey numbers 1..8, and a scheduled game between them.
import { randomUUID } from 'node:crypto';
import type { RuleSetName } from '../../lib/basketball/live/rules';
import { createGame, createPlayer, createTeam } from '../../lib/basketball/scoring/entities';
import type { Db } from '../../lib/db/client';

export interface LiveFixture {
  gameId: number;
  home: { teamId: number; players: number[] };
  visitor: { teamId: number; players: number[] };
}

let n = 0;
/** A team of `size` players; in `leagueId` when given, else in the coach's pickup league. */
export async function makeTeam(db: Db, coachId: string, size = 8, leagueId?: number) {
  n++;
  const { team } = await createTeam(
    db,
    { userId: coachId },
    { name: `Team ${n}`, abbreviation: `T${n % 1000}`, league_id: leagueId },
  );
  const players: number[] = [];
  for (let i = 1; i <= size; i++) {
    const { player } = await createPlayer(
      db,
      { userId: coachId },
      { first_name: `P${i}`, last_name: `${team.abbreviation}`, team_id: team.id, jersey_number: i },
    );
    players.push(player.id);
  }
  return { teamId: team.id, players };
}

export async function makeLiveGame(
  db: Db,
  opts: { homeCoachId: string; visitorCoachId: string; ruleSet?: RuleSetName; date?: string; leagueId?: number },
): Promise<LiveFixture> {
  const home = await makeTeam(db, opts.homeCoachId, 8, opts.leagueId);
  const visitor = await makeTeam(db, opts.visitorCoachId, 8, opts.leagueId);
  const game = await createGame(
    db,
    { userId: opts.homeCoachId },
    {
      date: opts.date ?? new Date().toISOString().slice(0, 10),
      home_team_id: home.teamId,
      visitor_team_id: visitor.teamId,
      rule_set: opts.ruleSet ?? 'nba',
      postseason: false,
    },
  );
  return { gameId: game.id, home, visitor };
}

/** An event body with a fresh idempotency id. */
export const body = (type: string, data: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  type,
  ...data,
  ...extra,
});

/** The opening of a game (both starting fives, period 1) and then free throws: `n` plays in all. */
export function openingAndFreeThrows(g: LiveFixture, n: number) {
  const plays = [
    body('starters', { team_id: g.home.teamId, player_ids: g.home.players.slice(0, 5) }),
    body('starters', { team_id: g.visitor.teamId, player_ids: g.visitor.players.slice(0, 5) }),
    body('period_start', { period: 1 }),
  ];
  while (plays.length < n) {
    plays.push(body('free_throw', { team_id: g.home.teamId, player_id: g.home.players[plays.length % 5], made: true }));
  }
  return plays.slice(0, n);
}
