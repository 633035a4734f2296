// Player game logs → players, rosters, games (venue unknown unless already stored) and player lines.
import type { UpsertCounts } from '@/lib/db/bulk';
import type { Database } from '@/lib/db/client';
import type { Rejection } from '@/lib/imports/job';
import { franchises } from '../franchises';
import { ambiguousReason, identifyPlayers } from '../identity/identify';
import { type PlayerLogLine, playerLogGameKey } from '../player-game-log';
import type { NumberedRow } from './team-logs';
import { ensureTeams, findGamesByTeams, pairKey, upsertGames, upsertPlayerLines } from './write';

const byAbbreviation = new Map(franchises.map((f) => [f.abbreviation, f]));

export async function writePlayerLines(
  database: Database,
  rows: NumberedRow<PlayerLogLine>[],
): Promise<{ written: number; counts: UpsertCounts; rejections: Rejection[] }> {
  if (rows.length === 0) return { written: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, rejections: [] };
  const lines = rows.map((r) => r.row);
  const teamIds = await ensureTeams(
    database,
    lines.flatMap((l) =>
      [l.team, l.opponent].map((abbr) => {
        const f = byAbbreviation.get(abbr);
        return { sourceId: f?.teamId ?? `abbr:${abbr}`, abbreviation: abbr, name: f?.name ?? abbr, season: l.season };
      }),
    ),
  );
  const teamId = (abbr: string) => teamIds.get(byAbbreviation.get(abbr)?.teamId ?? `abbr:${abbr}`) ?? Number.NaN;

  // A game already stored for that date and pair (e.g. from team logs) is the same game.
  const keys = new Map<string, PlayerLogLine>();
  for (const l of lines) keys.set(playerLogGameKey(l.date, l.team, l.opponent), l);
  const existing = await findGamesByTeams(
    database,
    [...keys.values()].map((l) => ({ date: l.date, a: teamId(l.team), b: teamId(l.opponent) })),
  );
  const toCreate = [...keys.entries()].filter(([, l]) => !existing.has(pairKey(l.date, teamId(l.team), teamId(l.opponent))));
  const created = await upsertGames(
    database,
    toCreate.map(([sourceId, l]) => {
      // Unknown venue: the pair in name order, no scores, only the winner the source states.
      const [first, second] = [l.team, l.opponent].sort() as [string, string];
      return {
        sourceId,
        season: l.season,
        date: l.date,
        postseason: false,
        homeTeamId: teamId(first),
        awayTeamId: teamId(second),
        homeScore: null,
        awayScore: null,
        venueKnown: false,
        winnerTeamId: teamId(l.won ? l.team : l.opponent),
      };
    }),
  );
  const gameIdOf = (l: PlayerLogLine) =>
    existing.get(pairKey(l.date, teamId(l.team), teamId(l.opponent))) ??
    created.get(playerLogGameKey(l.date, l.team, l.opponent)) ??
    Number.NaN;

  // This source has no player ids: its key for a person is the spelling.
  const keyOf = (l: PlayerLogLine) => `name:${l.player}`;
  const { ids: playerIds, ambiguous } = await identifyPlayers(
    database,
    lines.map((l) => ({ sourceKey: keyOf(l), name: l.player, teamId: teamId(l.team), season: l.season })),
  );
  const rejections: Rejection[] = rows
    .filter((r) => ambiguous.has(keyOf(r.row)))
    .map((r) => ({
      rowNumber: r.rowNumber,
      raw: r.raw,
      reason: ambiguousReason(r.rowNumber, 'PLAYER', r.row.player, ambiguous.get(keyOf(r.row))?.candidates ?? []),
    }));
  const landing = lines.filter((l) => !ambiguous.has(keyOf(l)));
  const counts = await upsertPlayerLines(
    database,
    landing.map((l) => ({
      gameId: gameIdOf(l),
      playerId: playerIds.get(keyOf(l)) ?? Number.NaN,
      teamId: teamId(l.team),
      season: l.season,
      min: l.min,
      stats: l.stats,
      plusMinus: null,
    })),
  );
  return { written: landing.length, counts, rejections };
}
