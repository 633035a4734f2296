// Player game logs → players, rosters, games (venue unknown unless already stored) and player lines.
import type { UpsertCounts } from '@/lib/db/bulk';
import type { Database } from '@/lib/db/client';
import type { Rejection } from '@/lib/imports/job';
import { franchises } from '../franchises';
import { ambiguousReason, identifyPlayers } from '../identity/identify';
import { type PlayerLogLine, playerLogGameKey } from '../player-game-log';
import type { NumberedRow } from './team-logs';
import {
  ensureTeams,
  type LogGameInput,
  type PlayerLineInput,
  resolveLogGames,
  scoreLogGames,
  upsertLines,
  upsertRosters,
} from './write';

const byAbbreviation = new Map(franchises.map((f) => [f.abbreviation, f]));

/**
 * Team ids across one file's batches: a team named for a season already sent is not upserted again
 * (the same input would change nothing), so a batch pays only for the team-seasons it adds.
 */
export class LogTeams {
  private readonly sent = new Set<string>();
  readonly ids = new Map<string, number>();

  async ensure(database: Database, lines: PlayerLogLine[]): Promise<void> {
    const teams = new Map<string, { abbr: string; season: number }>();
    for (const l of lines) {
      for (const abbr of [l.team, l.opponent]) {
        const key = `${abbr}|${l.season}`;
        if (!this.sent.has(key)) teams.set(key, { abbr, season: l.season });
      }
    }
    if (teams.size === 0) return;
    const ids = await ensureTeams(
      database,
      [...teams.values()].map(({ abbr, season }) => {
        const f = byAbbreviation.get(abbr);
        return { sourceId: f?.teamId ?? `abbr:${abbr}`, abbreviation: abbr, name: f?.name ?? abbr, season };
      }),
    );
    for (const [sourceId, id] of ids) this.ids.set(sourceId, id);
    for (const key of teams.keys()) this.sent.add(key);
  }
}

/** A batch with every id resolved (teams, games, players, rosters written), its lines not yet written. */
export interface PreparedLines {
  landed: PlayerLineInput[];
  rejections: Rejection[];
}

export async function writePlayerLines(
  database: Database,
  rows: NumberedRow<PlayerLogLine>[],
  logTeams = new LogTeams(),
): Promise<{ written: number; counts: UpsertCounts; rejections: Rejection[] }> {
  return landPlayerLines(database, await preparePlayerLines(database, rows, logTeams));
}

/**
 * The first half of a batch: the teams, games and players its lines point to, and its roster rows.
 * An import runs this for the next batch while the last one's lines are written (landPlayerLines)
 * on another connection. Rosters are written here, not with the lines: identity resolution of the
 * next batch finds a player by team and season through them, so it sees this batch's players
 * whether or not their lines have landed yet.
 */
export async function preparePlayerLines(
  database: Database,
  rows: NumberedRow<PlayerLogLine>[],
  logTeams = new LogTeams(),
): Promise<PreparedLines> {
  if (rows.length === 0) return { landed: [], rejections: [] };
  const lines = rows.map((r) => r.row);
  await logTeams.ensure(database, lines);
  const teamIds = logTeams.ids;
  const teamId = (abbr: string) => teamIds.get(byAbbreviation.get(abbr)?.teamId ?? `abbr:${abbr}`) ?? Number.NaN;

  const games = new Map<string, LogGameInput>();
  for (const l of lines) {
    const key = playerLogGameKey(l.date, l.team, l.opponent);
    if (games.has(key)) continue;
    const [first, second] = [l.team, l.opponent].sort() as [string, string];
    games.set(key, {
      key,
      season: l.season,
      date: l.date,
      team: teamId(l.team),
      opponent: teamId(l.opponent),
      first: teamId(first),
      second: teamId(second),
      winner: teamId(l.won ? l.team : l.opponent),
    });
  }
  const gameIds = await resolveLogGames(database, [...games.values()]);

  // This source has no player ids: its key for a person is the spelling.
  const keyOf = (l: PlayerLogLine) => `name:${l.player}`;
  const people = new Map<string, { sourceKey: string; name: string; teamId: number; season: number }>();
  for (const l of lines) {
    const ref = { sourceKey: keyOf(l), name: l.player, teamId: teamId(l.team), season: l.season };
    people.set(`${ref.sourceKey}|${ref.teamId}|${ref.season}`, ref);
  }
  const { ids: playerIds, ambiguous } = await identifyPlayers(database, [...people.values()]);
  const rejections: Rejection[] = rows
    .filter((r) => ambiguous.has(keyOf(r.row)))
    .map((r) => ({
      rowNumber: r.rowNumber,
      raw: JSON.stringify(r.record ?? r.row),
      reason: ambiguousReason(r.rowNumber, 'PLAYER', r.row.player, ambiguous.get(keyOf(r.row))?.candidates ?? []),
    }));
  const landing = lines.filter((l) => !ambiguous.has(keyOf(l)));
  const landed = landing.map((l) => ({
    gameId: gameIds.get(playerLogGameKey(l.date, l.team, l.opponent)) ?? Number.NaN,
    playerId: playerIds.get(keyOf(l)) ?? Number.NaN,
    teamId: teamId(l.team),
    season: l.season,
    min: l.min,
    stats: l.stats,
    plusMinus: null,
  }));
  await upsertRosters(database, landed);
  return { landed, rejections };
}

/** The second half: the lines themselves, then the scores of the games they belong to. */
export async function landPlayerLines(
  database: Database,
  prepared: PreparedLines,
): Promise<{ written: number; counts: UpsertCounts; rejections: Rejection[] }> {
  const { landed, rejections } = prepared;
  if (landed.length === 0) return { written: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, rejections };
  const counts = await upsertLines(database, landed);
  await scoreLogGames(
    database,
    landed.map((l) => l.gameId),
  );
  return { written: landed.length, counts, rejections };
}
