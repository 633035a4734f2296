// A round's projection as one object: the round, its course and tee, its players and hole scores,
// plus the players' names. Used by reads, by handicap posting and by the analytics consumer.
import { asc, eq, inArray } from 'drizzle-orm';
import {
  type GolfCourseRow,
  type GolfHoleScoreRow,
  type GolfRoundPlayerRow,
  type GolfRoundRow,
  type GolfTeeRow,
  golfCourses,
  golfHoleScores,
  golfRoundPlayers,
  golfRounds,
  golfTees,
  users,
} from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { Gender, Tee } from '../courses/course';
import { teeFromRow } from '../courses/queries';
import type { HoleScore } from '../hole-score';

export interface LoadedPlayer extends GolfRoundPlayerRow {
  name: string;
  gender: Gender;
  holes: HoleScore[];
}

export interface LoadedRound {
  round: GolfRoundRow;
  course: GolfCourseRow;
  teeRow: GolfTeeRow;
  tee: Tee;
  players: LoadedPlayer[];
}

/** The round's row alone. */
export async function findRound(db: Db, roundId: string) {
  const [row] = await db.select().from(golfRounds).where(eq(golfRounds.id, roundId));
  return row ?? null;
}

export function toHoleScore(h: GolfHoleScoreRow): HoleScore {
  return {
    hole: h.hole,
    strokes: h.strokes,
    ...(h.putts === null ? {} : { putts: h.putts }),
    ...(h.fairway === null ? {} : { fairway: h.fairway as HoleScore['fairway'] }),
    ...(h.penalties === null ? {} : { penalties: h.penalties }),
    ...(h.sand === null ? {} : { sand: h.sand }),
  };
}

export async function loadRounds(db: Db, roundIds: string[]): Promise<LoadedRound[]> {
  if (roundIds.length === 0) return [];
  const rows = await db
    .select({ round: golfRounds, course: golfCourses, teeRow: golfTees })
    .from(golfRounds)
    .innerJoin(golfCourses, eq(golfCourses.id, golfRounds.courseId))
    .innerJoin(golfTees, eq(golfTees.id, golfRounds.teeId))
    .where(inArray(golfRounds.id, roundIds));
  const players = await db
    .select({ player: golfRoundPlayers, userName: users.name })
    .from(golfRoundPlayers)
    .leftJoin(users, eq(users.id, golfRoundPlayers.userId))
    .where(inArray(golfRoundPlayers.roundId, roundIds))
    .orderBy(asc(golfRoundPlayers.position));
  const holes = await db
    .select()
    .from(golfHoleScores)
    .where(inArray(golfHoleScores.roundId, roundIds))
    .orderBy(asc(golfHoleScores.hole));
  return rows.map(({ round, course, teeRow }) => ({
    round,
    course,
    teeRow,
    tee: teeFromRow(teeRow),
    players: players
      .filter((p) => p.player.roundId === round.id)
      .map(({ player, userName }) => ({
        ...player,
        name: player.guestName ?? userName ?? 'Former member',
        gender: player.gender === 'women' ? 'women' : 'men',
        holes: holes.filter((h) => h.roundId === round.id && h.position === player.position).map(toHoleScore),
      })),
  }));
}

export async function loadRound(db: Db, roundId: string): Promise<LoadedRound | null> {
  return (await loadRounds(db, [roundId]))[0] ?? null;
}
