// Demo golf: the real PGA Tour cards (unrated: no rating is published) and Sedgefield's par per hole,
// one clearly fictional rated course, and the demo golfer's history there — 24 finished rounds, one
// on an unrated tee, and a group round in progress — entered through the round event log like the
// API does. Deterministic (fixed ids and a seeded generator), so seeding again changes nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { golfCourses, golfTees, users } from '@/drizzle/schema';
import { addDays } from '@/lib/dates';
import type { Db } from '@/lib/db/client';
import { runGolfAnalytics } from '@/lib/golf/analytics/consumer';
import { type Course, parseCourse } from '@/lib/golf/courses/course';
import { parseCourseCsv } from '@/lib/golf/courses/csv';
import { insertCourse } from '@/lib/golf/courses/queries';
import type { HoleScore } from '@/lib/golf/hole-score';
import { uuidFrom } from '@/lib/golf/ids';
import { findRound } from '@/lib/golf/rounds/load';
import { finishRound, scoreHole } from '@/lib/golf/rounds/score';
import { startRound } from '@/lib/golf/rounds/start';
import { seededRandom } from './random';
import type { Seed } from './types';

export const golfDataDir = path.join(process.cwd(), 'lib', 'demo', 'data', 'golf');
export const DEMO_GOLFER_EMAIL = 'player@statline.test';
export const FICTIONAL_COURSE = { source: 'statline-demo', id: 'statline-links' };

function courseFile(file: string): Course {
  const parsed = parseCourse(JSON.parse(readFileSync(path.join(golfDataDir, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
  return parsed.course;
}
export const fictionalCourse = () => courseFile('statline-links-fictional.json');
export const sedgefieldCourse = () => courseFile('sedgefield-country-club.json');

export function demoCourses(): Course[] {
  const pga = parseCourseCsv(readFileSync(path.join(golfDataDir, 'pga_tour_course_holes.csv'), 'utf8'));
  if (pga.rejected.length) throw new Error(`demo course file: ${pga.rejected.map((r) => `${r.course}: ${r.reason}`).join('; ')}`);
  return [...pga.courses, sedgefieldCourse(), fictionalCourse()];
}

/** One hole by a mid-handicap golfer who improves over the season (`form` 0 → 1). */
function playHole(rand: () => number, hole: number, par: number, form: number): HoleScore {
  const weights = [0.05, 0.3 + 0.1 * form, 0.4 - 0.04 * form, 0.18 - 0.04 * form, 0.07 - 0.02 * form];
  let r = rand() * weights.reduce((a, b) => a + b, 0);
  let delta = -1;
  for (const w of weights) {
    if (r < w) break;
    r -= w;
    delta++;
  }
  if (par === 5 && rand() < 0.02) delta = -2;
  const strokes = par + delta;
  const penalties = delta >= 2 && rand() < 0.35 ? 1 : 0;
  const roll = rand();
  const putts = Math.min(delta < 0 ? 1 : roll < 0.15 ? 1 : roll < 0.85 ? 2 : 3, strokes - 1 - penalties);
  const f = rand();
  return {
    hole,
    strokes,
    putts,
    fairway: par === 3 ? 'n/a' : f < 0.5 ? 'hit' : f < 0.75 ? 'left' : 'right',
    penalties,
    sand: rand() < 0.12,
  };
}

interface DemoRound {
  key: string;
  date: string;
  course: { source: string; id: string };
  tee: string;
  holesToPlay: number;
  finish: boolean;
  withCoachAndGuest?: boolean;
}

export function demoRounds(): DemoRound[] {
  const rounds: DemoRound[] = [];
  for (let i = 0; i < 24; i++) {
    const date = addDays('2025-11-08', i * 14);
    rounds.push({ key: `links-${i + 1}`, date, course: FICTIONAL_COURSE, tee: 'White', holesToPlay: 18, finish: true });
  }
  rounds.push({
    key: 'sedgefield-1',
    date: '2026-08-15',
    course: { source: 'pga-tour-2024-hole-by-hole', id: 'wyndham-championship-2024' },
    tee: 'Tournament',
    holesToPlay: 18,
    finish: true,
  });
  rounds.push({
    key: 'group-1',
    date: '2026-10-10',
    course: FICTIONAL_COURSE,
    tee: 'Blue',
    holesToPlay: 11,
    finish: false,
    withCoachAndGuest: true,
  });
  return rounds;
}

async function teeOf(db: Db, course: { source: string; id: string }, tee: string) {
  const [row] = await db
    .select({ courseId: golfCourses.id, teeId: golfTees.id, par: golfTees.par })
    .from(golfTees)
    .innerJoin(golfCourses, sql`${golfCourses.id} = ${golfTees.courseId}`)
    .where(
      sql`${golfCourses.sourceName} = ${course.source} and ${golfCourses.sourceId} = ${course.id} and ${golfTees.name} = ${tee}`,
    );
  if (!row) throw new Error(`demo tee ${tee} of ${course.id} is missing`);
  return row;
}

async function userId(db: Db, email: string): Promise<string | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
  return row?.id ?? null;
}

export async function playDemoRound(
  db: Db,
  golferId: string,
  coachId: string | null,
  r: DemoRound,
  index: number,
): Promise<number> {
  const roundId = uuidFrom('demo-round', r.key);
  if ((await findRound(db, roundId))?.status === 'finished') return 0;
  const tee = await teeOf(db, r.course, r.tee);
  const actor = { userId: golferId };
  const others = r.withCoachAndGuest && coachId ? [{ user_id: coachId }] : [];
  const guests = r.withCoachAndGuest ? [{ name: 'Gil Guest (demo)', handicap_index: 18.4 }] : [];
  const started = await startRound(db, actor, {
    id: roundId,
    course_id: tee.courseId,
    tee_id: tee.teeId,
    date: r.date,
    format: 'stroke_play',
    caller_plays: true,
    players: others,
    guests,
  });
  const rand = seededRandom(1000 + index);
  const form = Math.min(1, index / 23);
  const positions = 1 + others.length + guests.length;
  let events = started.duplicate ? 0 : 1;
  for (let hole = 1; hole <= r.holesToPlay; hole++) {
    for (let position = 1; position <= positions; position++) {
      const score = playHole(rand, hole, tee.par[hole - 1] as number, position === 1 ? form : 0.3);
      const { changed } = await scoreHole(db, actor, roundId, position, score, {
        eventId: uuidFrom('demo-hole', r.key, position, hole),
      });
      if (changed) events++;
    }
  }
  if (r.finish && !(await finishRound(db, actor, roundId)).duplicate) events++;
  return events;
}

export const golfDemo: Seed = {
  name: 'golf-demo',
  async run({ db, onProgress }) {
    let rows = 0;
    for (const course of demoCourses()) {
      const stored = await db.transaction((tx) => insertCourse(tx, course, { createdBy: null }));
      if (stored.created) rows += 1 + course.tees.length;
    }
    const golferId = await userId(db, DEMO_GOLFER_EMAIL);
    // Without the demo accounts there is nobody to have played: courses only.
    if (!golferId) return rows;
    const coachId = await userId(db, 'coach@statline.test');
    const rounds = demoRounds();
    for (const [i, r] of rounds.entries()) {
      rows += await playDemoRound(db, golferId, coachId, r, i);
      onProgress?.(i + 1, rounds.length);
    }
    // Analytics and achievements at once, rather than on the first finish after start-up.
    await runGolfAnalytics(db);
    return rows;
  },
};
