// Creating what a scorekeeper scores: teams (their creator coaches them), players on a roster, and
// games with a rule set. Each write is one transaction with its audit row.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { bbGames, bbLiveGames, bbPlayers, bbRosters, bbTeams, leagues, roleGrants } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit';
import { invalidateTags } from '@/lib/cache/cached';
import { todayIn } from '@/lib/dates';
import type { Db } from '@/lib/db/client';
import { constraintName, sqlState } from '@/lib/db/errors';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { requireLeague } from '@/lib/leagues/queries';
import { seasonOfDate } from '@/lib/leagues/seasons';
import { pickupLeague } from '@/lib/leagues/write';
import { initialState } from '../live/reducer';
import { type RuleSetName, ruleSetName } from '../live/rules';
import { basketballTags } from '../tags';
import { teamFullName } from '../team-name';
import { touchBasketballData } from '../versioned-cache';

interface Actor {
  userId: string;
  requestId?: string;
  ip?: string | null;
}

/** A team in the league named, or in its creator's "Pickup games" league when none is. */
export async function createTeam(
  db: Db,
  actor: Actor,
  input: { name: string; abbreviation: string; city?: string; league_id?: number },
) {
  const league =
    input.league_id === undefined ? await pickupLeague(db, actor.userId) : await requireLeague(db, 'basketball', input.league_id);
  const fullName = teamFullName(input.city, input.name);
  const abbreviation = input.abbreviation.toUpperCase();
  const nameTaken = () =>
    new DomainError(
      'conflict',
      `A team named "${fullName}" exists already in ${league.name}: pick another name (add the city or the level).`,
    );
  const abbreviationTaken = (holder?: string) =>
    new DomainError(
      'conflict',
      `The abbreviation ${abbreviation} is taken in ${league.name}${holder ? ` by ${holder}` : ''}: pick another.`,
    );
  const clashes = await db
    .select({ name: bbTeams.name, sameName: sql<boolean>`lower(${bbTeams.name}) = lower(${fullName})` })
    .from(bbTeams)
    .where(
      and(
        eq(bbTeams.leagueId, league.id),
        sql`(lower(${bbTeams.name}) = lower(${fullName}) or upper(${bbTeams.abbreviation}) = ${abbreviation})`,
      ),
    )
    .limit(2);
  if (clashes.some((c) => c.sameName)) throw nameTaken();
  if (clashes[0]) throw abbreviationTaken(clashes[0].name);
  const team = await db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(bbTeams)
        .values({
          leagueId: league.id,
          abbreviation,
          name: fullName,
          city: input.city ?? null,
          createdBy: actor.userId,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await tx
        .insert(roleGrants)
        .values({ userId: actor.userId, role: 'coach', scopeKind: 'team', scopeId: row.id, grantedBy: actor.userId });
      await recordAudit(tx, {
        ...auditOf(actor),
        action: 'basketball-team.create',
        targetType: 'bb_team',
        targetId: String(row.id),
        details: { name: fullName, abbreviation: row.abbreviation, league_id: league.id },
      });
      return row;
    })
    .catch((err: unknown) => {
      // Two creating the same team at once: the unique indexes let one through.
      if (sqlState(err) !== '23505') throw err;
      throw constraintName(err) === 'bb_teams_created_abbr_uq' ? abbreviationTaken() : nameTaken();
    });
  return { team, shortName: input.name, league };
}

export async function teamsExist(db: Db, teamIds: number[]): Promise<Set<number>> {
  const rows = await db.select({ id: bbTeams.id }).from(bbTeams).where(inArray(bbTeams.id, teamIds));
  return new Set(rows.map((r) => r.id));
}

export async function requireTeams(db: Db, teamIds: number[]): Promise<void> {
  const found = await teamsExist(db, teamIds);
  const missing = teamIds.filter((t) => !found.has(t));
  if (missing.length) throw new DomainError('rule_violation', `No team with id ${missing.join(', ')}.`);
}

export async function createPlayer(
  db: Db,
  actor: Actor,
  input: { first_name: string; last_name: string; team_id: number; jersey_number?: number; position?: string },
  today = todayIn(env().DEFAULT_TIME_ZONE),
) {
  const season = seasonOfDate(today, await teamSeasonFormat(db, input.team_id));
  const name = `${input.first_name} ${input.last_name}`;
  try {
    return await db.transaction(async (tx) => {
      const [player] = await tx
        .insert(bbPlayers)
        .values({ name, firstName: input.first_name, lastName: input.last_name, position: input.position ?? null })
        .returning();
      if (!player) throw new Error('insert returned no row');
      await tx
        .insert(bbRosters)
        .values({ playerId: player.id, teamId: input.team_id, season, jerseyNumber: input.jersey_number ?? null });
      await recordAudit(tx, {
        ...auditOf(actor),
        action: 'basketball-player.create',
        targetType: 'bb_player',
        targetId: String(player.id),
        details: { name, team_id: input.team_id, jersey_number: input.jersey_number ?? null },
      });
      return { player, season, jerseyNumber: input.jersey_number ?? null };
    });
  } catch (err) {
    if (sqlState(err) === '23505') {
      throw new DomainError(
        'conflict',
        `Another player of team ${input.team_id} already wears number ${input.jersey_number} this season.`,
      );
    }
    throw err;
  }
}

export async function createGame(
  db: Db,
  actor: Actor,
  input: {
    date: string;
    home_team_id: number;
    visitor_team_id: number;
    rule_set?: RuleSetName;
    postseason: boolean;
    league_id?: number;
  },
  /** The team that must accept the game before it counts for it (confirmation.ts), if any. */
  confirmTeamId: number | null = null,
) {
  if (input.home_team_id === input.visitor_team_id) throw new DomainError('rule_violation', 'A team cannot play itself.');
  const league = await gameLeague(db, actor.userId, input);
  const ruleSet = input.rule_set ?? ruleSetOf(league.ruleSet);
  const game = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bbGames)
      .values({
        leagueId: league.id,
        season: seasonOfDate(input.date, league.seasonFormat),
        date: input.date,
        homeTeamId: input.home_team_id,
        awayTeamId: input.visitor_team_id,
        postseason: input.postseason,
        ruleSet,
        createdBy: actor.userId,
        status: 'scheduled',
        confirmTeamId,
        confirmation: confirmTeamId === null ? null : 'pending',
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    // Rosters join the setup as plays arrive (players may be added after the game is scheduled).
    const setup = {
      ruleSet,
      home: { team_id: input.home_team_id, player_ids: [] },
      visitor: { team_id: input.visitor_team_id, player_ids: [] },
    };
    await tx.insert(bbLiveGames).values({ gameId: row.id, lastSeq: 0, state: initialState(setup) });
    await recordAudit(tx, {
      ...auditOf(actor),
      action: 'basketball-game.create',
      targetType: 'bb_game',
      targetId: String(row.id),
      details: { ...input, rule_set: ruleSet, league_id: league.id, confirm_team_id: confirmTeamId },
    });
    await touchBasketballData(tx);
    return row;
  });
  await invalidateTags([basketballTags.games]);
  return { ...game, ruleSet };
}

/**
 * The league a new game belongs to: the league both teams are in (a league named must be that one);
 * for teams of different leagues, the creator's "Pickup games", so no league's standings count a
 * game its own people did not schedule in it.
 */
async function gameLeague(db: Db, userId: string, input: { home_team_id: number; visitor_team_id: number; league_id?: number }) {
  const teams = await db
    .select({ leagueId: bbTeams.leagueId })
    .from(bbTeams)
    .where(inArray(bbTeams.id, [input.home_team_id, input.visitor_team_id]));
  const [a, b] = teams;
  const shared = a && b && a.leagueId === b.leagueId ? a.leagueId : undefined;
  if (input.league_id !== undefined) {
    const league = await requireLeague(db, 'basketball', input.league_id);
    const pickup = league.pickupOwnerId === userId;
    if (shared !== league.id && !pickup) {
      throw new DomainError('rule_violation', `Both teams must be in ${league.name} for a game of that league.`, {
        field: 'league_id',
      });
    }
    return league;
  }
  return shared !== undefined ? requireLeague(db, 'basketball', shared) : pickupLeague(db, userId);
}

function ruleSetOf(name: string | null): RuleSetName {
  const parsed = ruleSetName.safeParse(name);
  return parsed.success ? parsed.data : 'nba';
}

async function teamSeasonFormat(db: Db, teamId: number) {
  const [row] = await db
    .select({ format: leagues.seasonFormat })
    .from(bbTeams)
    .innerJoin(leagues, eq(leagues.id, bbTeams.leagueId))
    .where(eq(bbTeams.id, teamId))
    .limit(1);
  return row?.format ?? 'split';
}

/** The players on each team's roster for the game's season: who may appear in its plays. */
export async function gameRosters(db: Db, game: { season: number; homeTeamId: number; awayTeamId: number }) {
  const rows = await db
    .select({ playerId: bbRosters.playerId, teamId: bbRosters.teamId })
    .from(bbRosters)
    .where(and(eq(bbRosters.season, game.season), inArray(bbRosters.teamId, [game.homeTeamId, game.awayTeamId])));
  const of = (teamId: number) => rows.filter((r) => r.teamId === teamId).map((r) => r.playerId);
  return { home: of(game.homeTeamId), visitor: of(game.awayTeamId) };
}

function auditOf(actor: Actor) {
  return { actorId: actor.userId, requestId: actor.requestId, ip: actor.ip ?? null };
}
