// Player game logs → players, rosters, games (venue unknown unless already stored) and player lines.
import type { UpsertCounts } from '@/lib/db/bulk';
import type { Database } from '@/lib/db/client';
import type { Rejection } from '@/lib/imports/job';
import { franchises } from '../franchises';
import { ambiguousReason, identifyPlayers } from '../identity/identify';
import { type PlayerLogLine, playerLogGameKey } from '../player-game-log';
import type { NumberedRow } from './team-logs';
import { ensureTeams, type LogGameInput, resolveLogGames, scoreLogGames, upsertPlayerLines } from './write';

const byAbbreviation = new Map(franchises.map((f) => [f.abbreviation, f]));

export async function writePlayerLines(
  database: Database,
  rows: NumberedRow<PlayerLogLine>[],
): Promise<{ written: number; counts: UpsertCounts; rejections: Rejection[] }> {
  if (rows.length === 0) return { written: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, rejections: [] };
  const lines = rows.map((r) => r.row);
  const teams = new Map<string, { abbr: string; season: number }>();
  for (const l of lines) for (const abbr of [l.team, l.opponent]) teams.set(`${abbr}|${l.season}`, { abbr, season: l.season });
  const teamIds = await ensureTeams(
    database,
    [...teams.values()].map(({ abbr, season }) => {
      const f = byAbbreviation.get(abbr);
      return { sourceId: f?.teamId ?? `abbr:${abbr}`, abbreviation: abbr, name: f?.name ?? abbr, season };
    }),
  );
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
  const counts = await upsertPlayerLines(database, landed);
  await scoreLogGames(
    database,
    landed.map((l) => l.gameId),
  );
  return { written: landing.length, counts, rejections };
}
