// balldontlie's NBA JSON shapes (as its SDK, @balldontlie/sdk, types them) and the pure mappers from
// Statline's rows onto them. Ids are Statline's own. A field Statline does not hold is null: a
// client should see "unknown", never a made-up height or draft pick.
import { z } from 'zod';
import { ruleSets } from '../live/rules';
import { type CountingKey, countingKeys, formatMinutes, pickCounting, ratio } from '../stats';

const int = z.number().int();
const counting = z.object(Object.fromEntries(countingKeys.map((k) => [k, z.number()])) as Record<CountingKey, z.ZodNumber>);
const shooting = { fg_pct: z.number().nullable(), fg3_pct: z.number().nullable(), ft_pct: z.number().nullable() };

export const bdlTeam = z.object({
  id: int,
  conference: z.string().nullable(),
  division: z.string().nullable(),
  city: z.string().nullable(),
  name: z.string(),
  full_name: z.string(),
  abbreviation: z.string(),
});
export type BdlTeam = z.infer<typeof bdlTeam>;

const playerFields = {
  id: int,
  first_name: z.string(),
  last_name: z.string(),
  position: z.string().nullable(),
  height: z.string().nullable(),
  weight: z.string().nullable(),
  jersey_number: z.string().nullable(),
  college: z.string().nullable(),
  country: z.string().nullable(),
  draft_year: int.nullable(),
  draft_round: int.nullable(),
  draft_number: int.nullable(),
};
export const bdlPlayer = z.object({ ...playerFields, team: bdlTeam.nullable() });
export type BdlPlayer = z.infer<typeof bdlPlayer>;
/** How balldontlie nests a player inside a stat row: the team by id, beside the row's own team. */
export const bdlStatPlayer = z.object({ ...playerFields, team_id: int.nullable() });

const gameFields = {
  id: int,
  date: z.iso.date(),
  season: int,
  status: z.string(),
  period: int.nullable(),
  time: z.string().nullable(),
  postseason: z.boolean(),
  home_team_score: int.nullable(),
  visitor_team_score: int.nullable(),
};
export const bdlGame = z.object({ ...gameFields, home_team: bdlTeam, visitor_team: bdlTeam });
export type BdlGame = z.infer<typeof bdlGame>;
export const bdlStatGame = z.object({ ...gameFields, home_team_id: int, visitor_team_id: int });

export const bdlStat = counting.extend({
  id: int,
  min: z.string().nullable(),
  ...shooting,
  player: bdlStatPlayer,
  team: bdlTeam,
  game: bdlStatGame,
});

export const bdlSeasonAverages = counting.extend({
  games_played: int,
  player_id: int,
  season: int,
  min: z.string(),
  ...shooting,
});

export const bdlStanding = z.object({
  team: bdlTeam,
  conference_record: z.string().nullable(),
  conference_rank: int.nullable(),
  division_record: z.string().nullable(),
  division_rank: int.nullable(),
  wins: int,
  losses: int,
  home_record: z.string().nullable(),
  road_record: z.string().nullable(),
  season: int,
});

export const bdlBoxPlayer = counting.extend({ min: z.string().nullable(), ...shooting, player: bdlPlayer.omit({ team: true }) });
export type BdlBoxPlayer = z.infer<typeof bdlBoxPlayer>;
const boxTeam = bdlTeam.extend({ players: z.array(bdlBoxPlayer) });
export const bdlBoxScore = z.object({
  ...gameFields,
  id: int.describe("Statline's game id (balldontlie's box scores carry none; clients that do not expect it ignore it)"),
  home_team: boxTeam,
  visitor_team: boxTeam,
});
export type BdlBoxScore = z.infer<typeof bdlBoxScore>;

export const bdlStatTypes = ['pts', 'reb', 'ast', 'stl', 'blk', 'min', 'tov', 'oreb', 'dreb'] as const;
export type BdlStatType = (typeof bdlStatTypes)[number];
export const bdlLeader = z.object({
  player: bdlPlayer,
  value: z.number(),
  stat_type: z.enum(bdlStatTypes),
  rank: int,
  season: int,
  games_played: int,
});

// ——— mappers ———

/** Two-word NBA nicknames: every other franchise's nickname is the last word of its name. */
const twoWordNicknames = ['Trail Blazers'];

/**
 * balldontlie splits "Boston Celtics" into city and nickname. A team created with a city is split
 * at it; an imported NBA franchise (it has a conference) at its nickname; any other team keeps its
 * whole name as the name and has no city.
 */
export function splitTeamName(
  full: string,
  city: string | null,
  conference: string | null,
): { city: string | null; name: string } {
  if (city && full.startsWith(`${city} `)) return { city, name: full.slice(city.length + 1) };
  if (city) return { city, name: full };
  if (!conference) return { city: null, name: full };
  const nickname = twoWordNicknames.find((n) => full.endsWith(` ${n}`)) ?? full.split(' ').at(-1) ?? full;
  const rest = full.slice(0, full.length - nickname.length).trim();
  return rest ? { city: rest, name: nickname } : { city: null, name: full };
}

export interface TeamLike {
  id: number;
  abbreviation: string;
  name: string;
  conference: string | null;
  division: string | null;
  city?: string | null;
}

export function toBdlTeam(t: TeamLike): BdlTeam {
  const { city, name } = splitTeamName(t.name, t.city ?? null, t.conference);
  return {
    id: t.id,
    conference: t.conference,
    division: t.division,
    city,
    name,
    full_name: t.name,
    abbreviation: t.abbreviation,
  };
}

/** Stored first and last names when the player has them; otherwise the full name split at its first space. */
export function splitPlayerName(name: string, first: string | null, last: string | null) {
  if (first !== null || last !== null) return { first_name: first ?? '', last_name: last ?? '' };
  const space = name.indexOf(' ');
  return space < 0 ? { first_name: name, last_name: '' } : { first_name: name.slice(0, space), last_name: name.slice(space + 1) };
}

export interface PlayerCard {
  id: number;
  name: string;
  firstName: string | null;
  lastName: string | null;
  position: string | null;
  jerseyNumber: number | null;
  team: TeamLike | null;
}

function playerBase(p: PlayerCard) {
  return {
    id: p.id,
    ...splitPlayerName(p.name, p.firstName, p.lastName),
    position: p.position,
    height: null,
    weight: null,
    jersey_number: p.jerseyNumber === null ? null : String(p.jerseyNumber),
    college: null,
    country: null,
    draft_year: null,
    draft_round: null,
    draft_number: null,
  };
}
export const toBdlPlayer = (p: PlayerCard): BdlPlayer => ({ ...playerBase(p), team: p.team ? toBdlTeam(p.team) : null });
export const toBdlStatPlayer = (p: PlayerCard): z.infer<typeof bdlStatPlayer> => ({
  ...playerBase(p),
  team_id: p.team?.id ?? null,
});
export const toBdlBoxPlayerInfo = (p: PlayerCard) => playerBase(p);

/** What Statline knows of a live-scored game's progress. */
export interface LiveProgress {
  period: number;
  ruleSet: string;
  score: { home: number; visitor: number };
}

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

/** "1st Qtr", "2nd Half", "OT1": what balldontlie's status says while a game is on. */
export function periodLabel(period: number, ruleSet: string): string {
  const periods = ruleSets[ruleSet as keyof typeof ruleSets]?.periods ?? 4;
  if (period <= 0) return 'In Progress';
  if (period > periods) return `OT${period - periods}`;
  return `${ordinal(period)} ${periods === 2 ? 'Half' : 'Qtr'}`;
}

/**
 * Status, period and time as balldontlie words them. Statline keeps no game clock, so `time` is
 * "Final" for a finished game and null otherwise; `period` is known only for live-scored games.
 */
export function gameProgress(status: 'scheduled' | 'live' | 'final', live: LiveProgress | undefined) {
  if (status === 'final') return { status: 'Final', period: live?.period ?? null, time: 'Final' };
  if (status === 'live') {
    return { status: live ? periodLabel(live.period, live.ruleSet) : 'In Progress', period: live?.period ?? null, time: null };
  }
  return { status: 'Scheduled', period: 0, time: null };
}

export interface GameLike {
  id: number;
  date: string;
  season: number;
  status: 'scheduled' | 'live' | 'final';
  postseason: boolean;
  homeScore: number | null;
  awayScore: number | null;
}

function gameBase(g: GameLike, live: LiveProgress | undefined) {
  // A live game's row may trail its projection within a request; the projection is the score.
  const scores = g.status === 'live' && live ? live.score : { home: g.homeScore, visitor: g.awayScore };
  return {
    id: g.id,
    date: g.date,
    season: g.season,
    ...gameProgress(g.status, live),
    postseason: g.postseason,
    home_team_score: scores.home,
    visitor_team_score: scores.visitor,
  };
}

export const toBdlGame = (g: GameLike & { home: TeamLike; away: TeamLike }, live?: LiveProgress): BdlGame => ({
  ...gameBase(g, live),
  home_team: toBdlTeam(g.home),
  visitor_team: toBdlTeam(g.away),
});

export const toBdlStatGame = (
  g: GameLike & { homeTeamId: number; awayTeamId: number },
  live?: LiveProgress,
): z.infer<typeof bdlStatGame> => ({ ...gameBase(g, live), home_team_id: g.homeTeamId, visitor_team_id: g.awayTeamId });

/** Minutes as balldontlie's strings ("34:12"); null when the line was scored without a clock. */
export const bdlMinutes = (min: number | null): string | null => (min === null ? null : formatMinutes(Number(min)));

/** A box-score line: counting stats, minutes and shooting from the line's own totals. */
export function bdlLine(l: Record<CountingKey, number> & { min: number | null }) {
  return {
    min: bdlMinutes(l.min),
    ...pickCounting(l),
    fg_pct: ratio(l.fgm, l.fga),
    fg3_pct: ratio(l.fg3m, l.fg3a),
    ft_pct: ratio(l.ftm, l.fta),
  };
}

/** "W-L", or null where Statline does not know the split (venues missing from the source). */
export const record = (r: { wins: number; losses: number } | null): string | null => (r ? `${r.wins}-${r.losses}` : null);
