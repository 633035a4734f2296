// A live game in progress for the demo: two fictional teams of a demo youth league, coached by the demo coach, and a first
// half of plays (with shot locations) recorded through the same path a scorekeeper's taps take.
// Deterministic: the same seed always plays the same game.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { bbTeams, users } from '@/drizzle/schema';
import type { LiveEventBody } from '@/lib/basketball/live/events';
import { appendGameEvent, findGame } from '@/lib/basketball/scoring/append';
import { createGame, createPlayer, createTeam } from '@/lib/basketball/scoring/entities';
import { todayIn } from '@/lib/dates';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { createLeague } from '@/lib/leagues/write';
import { seededRandom } from './random';
import type { Seed } from './types';

const TEAMS = [
  {
    name: 'Harbor Hawks',
    abbreviation: 'HHK',
    city: 'Port Statline',
    players: ['Ava Reyes', 'Mia Chen', 'Zoe Park', 'Lena Ortiz', 'Iris Nowak', 'Tess Moreau', 'Nora Quinn', 'Ruby Stone'],
  },
  {
    name: 'Valley Owls',
    abbreviation: 'VOW',
    city: 'Statline Valley',
    players: ['Kai Brooks', 'Eli Watts', 'Sam Idris', 'Leo Varga', 'Max Hale', 'Ben Okafor', 'Jon Silva', 'Tom Berg'],
  },
];

type Play = { type: string } & Record<string, unknown>;

/** Possessions of a plausible first half: shots with locations, assists, rebounds, fouls and free throws. */
export function firstHalf(teams: { id: number; players: number[] }[]): Play[] {
  const r = seededRandom(2026);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)] as T;
  const plays: Play[] = teams.map((t) => ({ type: 'starters', team_id: t.id, player_ids: t.players.slice(0, 5) }));
  for (const period of [1, 2]) {
    plays.push({ type: 'period_start', period });
    if (period === 1) plays.push({ type: 'jump_ball', winner_team_id: teams[0]?.id });
    for (let p = 0; p < 36; p++) {
      const [off, def] = (p % 2 === 0 ? teams : [...teams].reverse()) as [(typeof teams)[0], (typeof teams)[0]];
      const onCourt = off.players.slice(0, 5);
      const shooter = pick(onCourt);
      if (r() < 0.12) {
        plays.push({ type: 'turnover', team_id: off.id, player_id: shooter, steal_player_id: pick(def.players.slice(0, 5)) });
        continue;
      }
      if (r() < 0.12) {
        plays.push({ type: 'foul', team_id: def.id, player_id: pick(def.players.slice(0, 5)), kind: 'shooting' });
        plays.push({ type: 'free_throw', team_id: off.id, player_id: shooter, made: r() < 0.78 });
        plays.push({ type: 'free_throw', team_id: off.id, player_id: shooter, made: r() < 0.78 });
        continue;
      }
      const three = r() < 0.38;
      const made = r() < (three ? 0.36 : 0.52);
      const angle = r() * Math.PI;
      const distance = three ? 0.5 + r() * 0.1 : r() * 0.4;
      const shot: Play = {
        type: 'field_goal',
        team_id: off.id,
        player_id: shooter,
        points: three ? 3 : 2,
        made,
        x: Math.round((0.5 + Math.cos(angle) * distance * 0.9) * 1000) / 1000,
        y: Math.round(Math.min(1, 0.06 + Math.sin(angle) * distance) * 1000) / 1000,
      };
      if (made && r() < 0.6) shot.assist_player_id = pick(onCourt.filter((id) => id !== shooter));
      plays.push(shot);
      if (!made) {
        const offensive = r() < 0.25;
        const team = offensive ? off : def;
        plays.push({ type: 'rebound', team_id: team.id, player_id: pick(team.players.slice(0, 5)), offensive });
      }
    }
    plays.push({ type: 'period_end', period });
  }
  plays.push({ type: 'period_start', period: 3 });
  return plays;
}

async function coachId(db: Db): Promise<string | null> {
  const [coach] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = 'coach@statline.test'`);
  return coach?.id ?? null;
}

export const liveDemo: Seed = {
  name: 'live-demo',
  async run({ db }) {
    const coach = await coachId(db);
    if (!coach) return 0;
    const [existing] = await db.select({ id: bbTeams.id }).from(bbTeams).where(eq(bbTeams.abbreviation, 'HHK'));
    if (existing) return 0;
    const actor = { userId: coach };
    // The demo coach runs a youth league of their own, beside the NBA data and never in its pages.
    const league = await createLeague(db, actor, {
      name: 'Statline Valley Youth League',
      slug: 'valley-youth',
      sport: 'basketball',
      level: 'youth',
      season_format: 'split',
      visibility: 'public',
      rule_set: 'nba',
    });
    const teams: { id: number; players: number[] }[] = [];
    for (const t of TEAMS) {
      const { team } = await createTeam(db, actor, {
        name: t.name,
        abbreviation: t.abbreviation,
        city: t.city,
        league_id: league.id,
      });
      const players: number[] = [];
      for (const [i, full] of t.players.entries()) {
        const [first_name = '', last_name = ''] = full.split(' ');
        const jersey = [3, 7, 11, 14, 21, 23, 30, 44][i];
        players.push(
          (await createPlayer(db, actor, { first_name, last_name, team_id: team.id, jersey_number: jersey })).player.id,
        );
      }
      teams.push({ id: team.id, players });
    }
    const created = await createGame(db, actor, {
      date: todayIn(env().DEFAULT_TIME_ZONE),
      home_team_id: teams[0]?.id ?? 0,
      visitor_team_id: teams[1]?.id ?? 0,
      rule_set: 'nba',
      postseason: false,
    });
    const game = await findGame(db, created.id);
    if (!game) return 0;
    const plays = firstHalf(teams);
    for (const play of plays) {
      await appendGameEvent(db, game, { id: randomUUID(), ...play } as LiveEventBody, actor);
    }
    return plays.length;
  },
};
