// The play filter language, shared by the API and the play finder: every filter narrows the plays,
// arrays mean "any of", ranges are inclusive. One place turns it into SQL so both ask the same question.
import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { fbGames, fbPlays } from '@/drizzle/schema';

export interface PlayFilter {
  teamIds?: number[];
  defenseTeamIds?: number[];
  seasons?: number[];
  weeks?: number[];
  gameIds?: number[];
  seasonType?: 'pre' | 'reg' | 'post';
  quarters?: number[];
  downs?: number[];
  distanceMin?: number;
  distanceMax?: number;
  yardlineMin?: number;
  yardlineMax?: number;
  scoreDiffMin?: number;
  scoreDiffMax?: number;
  secondsRemainingMin?: number;
  secondsRemainingMax?: number;
  formations?: string[];
  personnel?: string[];
  defendersInBoxMin?: number;
  defendersInBoxMax?: number;
  passRushersMin?: number;
  passRushersMax?: number;
  playTypes?: string[];
  passResults?: string[];
  yardsMin?: number;
  yardsMax?: number;
}

const some = <T>(xs: T[] | undefined): xs is T[] => xs !== undefined && xs.length > 0;

/** The WHERE of a play query; joins fb_games only when a game-level filter (week, season type) needs it. */
export function playConditions(f: PlayFilter): { where: SQL | undefined; needsGames: boolean } {
  const c: (SQL | undefined)[] = [];
  const range = (column: Parameters<typeof gte>[0], min?: number, max?: number) => {
    if (min !== undefined) c.push(gte(column, min));
    if (max !== undefined) c.push(lte(column, max));
  };
  if (some(f.teamIds)) c.push(inArray(fbPlays.offenseTeamId, f.teamIds));
  if (some(f.defenseTeamIds)) c.push(inArray(fbPlays.defenseTeamId, f.defenseTeamIds));
  if (some(f.seasons)) c.push(inArray(fbPlays.season, f.seasons));
  if (some(f.gameIds)) c.push(inArray(fbPlays.gameId, f.gameIds));
  if (some(f.quarters)) c.push(inArray(fbPlays.quarter, f.quarters));
  if (some(f.downs)) c.push(inArray(fbPlays.down, f.downs));
  range(fbPlays.distance, f.distanceMin, f.distanceMax);
  range(fbPlays.yardline100, f.yardlineMin, f.yardlineMax);
  range(fbPlays.scoreDiff, f.scoreDiffMin, f.scoreDiffMax);
  range(fbPlays.gameSeconds, f.secondsRemainingMin, f.secondsRemainingMax);
  if (some(f.formations))
    c.push(
      inArray(
        fbPlays.formation,
        f.formations.map((x) => x.toUpperCase()),
      ),
    );
  if (some(f.personnel)) c.push(inArray(fbPlays.personnelCode, f.personnel));
  range(fbPlays.defendersInBox, f.defendersInBoxMin, f.defendersInBoxMax);
  range(fbPlays.passRushers, f.passRushersMin, f.passRushersMax);
  if (some(f.playTypes)) c.push(sql`${fbPlays.playType}::text in ${f.playTypes}`);
  if (some(f.passResults)) c.push(sql`${fbPlays.passResult}::text in ${f.passResults}`);
  range(fbPlays.yardsGained, f.yardsMin, f.yardsMax);
  const needsGames = some(f.weeks) || f.seasonType !== undefined;
  if (some(f.weeks)) c.push(inArray(fbGames.week, f.weeks));
  if (f.seasonType) c.push(eq(fbGames.seasonType, f.seasonType));
  return { where: and(...c.filter((x) => x !== undefined)), needsGames };
}
