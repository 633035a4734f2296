// What the examples recorder calls, in order, and as whom. Ids come from earlier answers (or, where
// no public list names them, from the demo data's rows), so the plan holds no id of its own.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, like } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import sharp from 'sharp';
import { bbGames, events, users } from '@/drizzle/schema';
import type { Contract } from '@/lib/api/contract';
import { allContracts } from '@/lib/api/contracts';
import type { RecordedExample } from '@/lib/api/openapi.examples';
import { createApiKey } from '@/lib/auth/api-keys';
import { newInvitation } from '@/lib/auth/invitations';
import { authSecret } from '@/lib/auth/secret';
import { basketballNotifications } from '@/lib/basketball/notify';
import { todayIn } from '@/lib/dates';
import type { Db } from '@/lib/db/client';
import { golfNotifications } from '@/lib/golf/notify';
import { runNotify } from '@/lib/notify/consumer';
import { trainingJobsSettled } from '@/lib/predictions/games/training-job';
import { type Answer, type Call, invoke, type loadRoutes } from './harness';
import { trimmed } from './trim';

type Routes = Awaited<ReturnType<typeof loadRoutes>>;
type Row = Record<string, unknown>;

const demoDir = path.resolve(import.meta.dirname, '../../lib/demo/data');

function contract(key: string): Contract {
  const found = allContracts.find((c) => `${c.method} ${c.path}` === key);
  if (!found) throw new Error(`no contract ${key}`);
  return found;
}

async function caller(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`demo account ${email} is missing`);
  const token = await encode({ token: { sub: user.id, role: user.role }, secret: authSecret() });
  const key = await createApiKey(db, user.id, 'docs examples', 'write');
  return {
    id: user.id,
    session: { cookie: `next-auth.session-token=${token}` },
    key: { authorization: `Bearer ${key.key}` },
  };
}

export async function recordExamples(db: Db, routes: Routes): Promise<Record<string, RecordedExample>> {
  const examples: Record<string, RecordedExample> = {};
  const admin = await caller(db, 'admin@statline.test');
  const coach = await caller(db, 'coach@statline.test');
  const golfer = await caller(db, 'player@statline.test');

  /** Calls one operation; anything but its documented success status stops the run. */
  async function call(key: string, c: Call = {}): Promise<Answer> {
    const op = contract(key);
    const answer = await invoke(routes, op, c);
    const expected = op.status ?? 200;
    if (answer.status !== expected) {
      throw new Error(
        `${key} (${answer.url}) answered ${answer.status}, not ${expected}: ${JSON.stringify(answer.json ?? answer.text)}`,
      );
    }
    examples[key] = {
      request: { url: answer.url, ...(c.body === undefined ? {} : { body: c.body }) },
      status: answer.status,
      ...(answer.json ? { response: trimmed(op, answer.json) } : {}),
      ...(answer.text !== undefined ? { text: op.path.endsWith('.csv') ? csvHead(answer.text) : answer.text } : {}),
    };
    return answer;
  }
  const data = (a: Answer) => a.json?.data as Row;
  const list = (a: Answer) => a.json?.data as Row[];

  // Basketball, public reads on the imported NBA seasons.
  const players = list(await call('GET /api/v1/basketball/players', { query: 'search=james&per_page=2' }));
  const player = players[0] as Row & { teams: { season: number; team: Row }[] };
  // The player's newest season, where the demo has both box scores and team games.
  const { season, team } = player.teams.at(-1) as { season: number; team: Row };
  await call('GET /api/v1/basketball/players/{id}', { params: { id: player.id as number } });
  await call('GET /api/v1/basketball/teams', { query: 'per_page=2' });
  const teamId = team.id as number;
  await call('GET /api/v1/basketball/teams/{id}', { params: { id: teamId } });
  const games = list(
    await call('GET /api/v1/basketball/games', { query: `team_ids[]=${teamId}&seasons[]=${season}&per_page=2` }),
  );
  const game = games[0] as Row;
  await call('GET /api/v1/basketball/games/{id}', { params: { id: game.id as number } });
  await call('GET /api/v1/basketball/stats', { query: `game_ids[]=${game.id}&per_page=2` });
  await call('GET /api/v1/basketball/season-averages', { query: `seasons[]=${season}&player_ids[]=${player.id}` });
  await call('GET /api/v1/basketball/league-averages', { query: `season=${season}` });
  await call('GET /api/v1/basketball/leaders', { query: `season=${season}&stat=pts&per_page=3` });
  await call('GET /api/v1/basketball/standings', { query: `season=${season}` });

  // Football: the demo's Big Data Bowl 2017 season and nflscrapR postseason.
  const fbTeams = list(await call('GET /api/v1/football/teams'));
  const fbTeam = fbTeams.find((t) => t.abbreviation === 'NE') as Row;
  const fbGames = list(await call('GET /api/v1/football/games', { query: `team_ids[]=${fbTeam.id}&seasons[]=2017&per_page=2` }));
  await call('GET /api/v1/football/games/{id}', { params: { id: (fbGames[0] as Row).id as number } });
  await call('GET /api/v1/football/plays', {
    query: `team_ids[]=${fbTeam.id}&downs[]=3&distance_min=5&distance_max=10&formations[]=SHOTGUN&personnel[]=11&per_page=2`,
  });
  await call('GET /api/v1/football/teams/{id}/tendencies', { params: { id: fbTeam.id as number }, query: 'seasons[]=2017' });
  await call('GET /api/v1/football/plays/summary', {
    query: `team_ids[]=${fbTeam.id}&seasons[]=2017&downs[]=3&group_by[]=formation&group_by[]=personnel`,
  });

  // The demo's live club game (not in the pro league the public lists default to).
  const [liveStream] = await db
    .select({ stream: events.stream })
    .from(events)
    .where(like(events.stream, 'basketball-game:%'))
    .limit(1);
  const liveId = Number(liveStream?.stream.split(':')[1]);
  await call('GET /api/v1/basketball/games/{id}/boxscore', { params: { id: liveId } });
  await call('GET /api/v1/basketball/games/{id}/plays', { params: { id: liveId }, query: 'after_seq=20' });
  await call('GET /api/v1/basketball/games/{id}/stream', { params: { id: liveId }, query: 'after_seq=20' });

  // My Statline: the golfer follows the live game's teams; the notify consumer turns the game's log
  // into their notifications.
  const [liveGame] = await db.select().from(bbGames).where(eq(bbGames.id, liveId));
  if (!liveGame) throw new Error('the demo live game is missing');
  await call('POST /api/v1/me/follows', { body: { target_kind: 'team', target_id: liveGame.homeTeamId }, headers: golfer.key });
  const unfollow = data(
    await invokeOnly(routes, 'POST /api/v1/me/follows', {
      body: { target_kind: 'team', target_id: liveGame.awayTeamId },
      headers: golfer.key,
    }),
  );
  await call('GET /api/v1/me/follows', { headers: golfer.key });
  await call('DELETE /api/v1/me/follows/{id}', { params: { id: unfollow.id as number }, headers: golfer.key });
  await runNotify(db, [basketballNotifications, golfNotifications]);
  await call('GET /api/v1/me/feed', { headers: golfer.key });
  await call('GET /api/v1/me/notifications', { query: 'per_page=2', headers: golfer.key });
  await call('GET /api/v1/me/notifications/stream', { query: 'after_id=0', headers: golfer.key });
  await call('POST /api/v1/me/notifications/read', { body: {}, headers: golfer.key });
  await call('PATCH /api/v1/me/digest', { body: { frequency: 'daily' }, headers: golfer.key });
  await call('GET /api/v1/me/digest', { headers: golfer.key });

  // Golf: the demo golfer's rounds on the demo courses.
  const courses = list(await call('GET /api/v1/golf/courses', { query: 'per_page=2' }));
  const course = courses[0] as Row & { tees: Row[] };
  await call('GET /api/v1/golf/courses/{id}', { params: { id: course.id as number } });
  const rounds = list(await call('GET /api/v1/golf/players/{id}/rounds', { params: { id: golfer.id }, query: 'per_page=2' }));
  const roundId = rounds[0]?.round_id as string;
  await call('GET /api/v1/golf/rounds/{id}', { params: { id: roundId } });
  await call('GET /api/v1/golf/rounds/{id}/leaderboard', { params: { id: roundId } });
  await call('GET /api/v1/golf/rounds/{id}/stream', { params: { id: roundId } });
  await call('GET /api/v1/golf/players/{id}/rounds.csv', { params: { id: golfer.id } });
  await call('GET /api/v1/golf/players/{id}/handicap', { params: { id: golfer.id } });
  await call('GET /api/v1/golf/players/{id}/analytics', { params: { id: golfer.id } });
  await call('GET /api/v1/golf/players/{id}/achievements', { params: { id: golfer.id } });

  // Accounts and API keys.
  await call('GET /api/v1/me', { headers: golfer.key });
  const account = data(
    await call('POST /api/v1/accounts', {
      body: { email: 'sam.rivera@example.com', name: 'Sam Rivera', password: 'correct horse battery staple' },
    }),
  );
  await call('POST /api/v1/accounts/{id}/disable', { params: { id: account.id as string }, headers: admin.session });
  await call('POST /api/v1/accounts/{id}/enable', { params: { id: account.id as string }, headers: admin.session });
  const key = data(
    await call('POST /api/v1/api-keys', { body: { name: 'Weekly stats export', scope: 'read' }, headers: golfer.session }),
  );
  // The one secret an answer holds: the example keeps its recognisable start only.
  const shown = examples['POST /api/v1/api-keys']?.response as { data: Row };
  shown.data.key = `${key.prefix}…`;
  await call('GET /api/v1/api-keys', { headers: golfer.session });
  await call('DELETE /api/v1/api-keys/{id}', { params: { id: key.id as string }, headers: golfer.session });

  // Password resets: an ask (the same answer for any address), a link an admin issues, and spending it.
  await call('POST /api/v1/password-resets', { body: { email: 'nobody@example.com' } });
  const link = data(
    await call('POST /api/v1/accounts/{id}/password-reset', { params: { id: account.id as string }, headers: admin.session }),
  );
  const token = new URL(link.url as string).searchParams.get('token') ?? '';
  // The link is a secret: the example shows its shape only.
  const issued = examples['POST /api/v1/accounts/{id}/password-reset']?.response as { data: Row };
  issued.data.url = (link.url as string).replace(token, '…');
  await call('POST /api/v1/password-resets/redeem', { body: { token, new_password: 'another long passphrase' } });

  // Your data: a download of your own and an admin's of someone's; then both ways to delete an account.
  await call('GET /api/v1/me/export', { headers: golfer.key });
  await call('GET /api/v1/accounts/{id}/export', { params: { id: account.id as string }, headers: admin.session });
  await call('DELETE /api/v1/accounts/{id}', { params: { id: account.id as string }, headers: admin.session });
  const leaving = { email: 'lee.park@example.com', password: 'correct horse battery staple' };
  await call('POST /api/v1/accounts', { body: { ...leaving, name: 'Lee Park' } });
  const lee = await caller(db, leaving.email);
  await call('DELETE /api/v1/me', { body: { password: leaving.password }, headers: lee.session });

  // Leagues: a coach starts a youth league (and so runs it) and renames it; anyone lists and reads them.
  const riverside = data(
    await call('POST /api/v1/leagues', {
      body: { name: 'Riverside Youth League', sport: 'basketball', level: 'youth' },
      headers: coach.key,
    }),
  );
  await call('PATCH /api/v1/leagues/{id}', {
    params: { id: riverside.slug as string },
    body: { name: 'Riverside Youth Basketball' },
    headers: coach.key,
  });
  await call('GET /api/v1/leagues', { query: 'sport=basketball' });
  await call('GET /api/v1/leagues/{id}', { params: { id: 'nba' } });

  // Schedules: the league's admin adds a game, then imports two more (one naming a team from
  // elsewhere, to show a rejection); anyone lists what is upcoming and subscribes to the calendars.
  const riversideTeams: Row[] = [];
  for (const [name, abbreviation] of [
    ['Riverside Owls', 'OWL'],
    ['Riverside Hawks', 'HWK'],
    ['Riverside Foxes', 'FOX'],
  ] as const) {
    const answer = await invokeOnly(routes, 'POST /api/v1/basketball/teams', {
      body: { name, abbreviation, league_id: riverside.id },
      headers: coach.key,
    });
    riversideTeams.push(answer.json?.data as Row);
  }
  await call('POST /api/v1/leagues/{id}/schedule', {
    params: { id: riverside.slug as string },
    body: {
      games: [
        {
          date: '2030-01-12',
          time: '10:00',
          time_zone: 'America/Chicago',
          home: 'OWL',
          visitor: 'HWK',
          venue: 'Riverside Middle School Gym',
        },
      ],
    },
    headers: coach.key,
  });
  const scheduleJob = data(
    await call('POST /api/v1/leagues/{id}/schedule/imports', {
      params: { id: riverside.slug as string },
      query: 'filename=winter.csv&time_zone=America/Chicago',
      file: 'date,time,home,visitor,venue\n2030-01-19,10:00,Riverside Foxes,OWL,Riverside Middle School Gym\n2030-01-19,11:30,HWK,Lakeside Sharks,Lakeside Gym\n2030-01-26,,FOX,HWK,\n',
      headers: coach.key,
    }),
  );
  for (let i = 0; i < 100; i++) {
    const job = (
      await invokeOnly(routes, 'GET /api/v1/leagues/{id}/schedule/imports/{job_id}', {
        params: { id: riverside.slug as string, job_id: scheduleJob.id as string },
        headers: coach.key,
      })
    ).json?.data as Row;
    if (!['queued', 'running'].includes(job.status as string)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await call('GET /api/v1/leagues/{id}/schedule/imports/{job_id}', {
    params: { id: riverside.slug as string, job_id: scheduleJob.id as string },
    headers: coach.key,
  });
  // The Jan 26 game gets its start time and gym; a practice scrimmage added by mistake is cancelled.
  const winter = list(
    await invokeOnly(routes, 'GET /api/v1/leagues/{id}/schedule', { params: { id: riverside.slug as string } }),
  );
  const allDay = winter.find((g) => g.date === '2030-01-26') as Row;
  await call('PATCH /api/v1/leagues/{id}/schedule/{game_id}', {
    params: { id: riverside.slug as string, game_id: allDay.id as number },
    body: { time: '09:00', time_zone: 'America/Chicago', venue: 'Riverside Middle School Gym' },
    headers: coach.key,
  });
  const scrimmage = data(
    await invokeOnly(routes, 'POST /api/v1/leagues/{id}/schedule', {
      params: { id: riverside.slug as string },
      body: { games: [{ date: '2030-02-02', home: 'HWK', visitor: 'FOX' }] },
      headers: coach.key,
    }),
  );
  await call('DELETE /api/v1/leagues/{id}/schedule/{game_id}', {
    params: { id: riverside.slug as string, game_id: (scrimmage.created as Row[])[0]?.id as number },
    headers: coach.key,
  });
  await call('GET /api/v1/leagues/{id}/schedule', { params: { id: riverside.slug as string } });
  await call('GET /api/v1/leagues/{id}/calendar.ics', { params: { id: riverside.slug as string } });
  await call('GET /api/v1/basketball/teams/{id}/calendar.ics', { params: { id: riversideTeams[0]?.id as number } });

  // People and roles: the league's admin makes the golfer a scorekeeper of the Owls; the golfer asks
  // to be linked as a parent of an Owls player, and the league's admin confirms; the scorekeeper role
  // is taken away again.
  const owls = riversideTeams[0] as Row;
  const keeper = data(
    await call('POST /api/v1/accounts/{id}/grants', {
      params: { id: golfer.id },
      body: { role: 'scorekeeper', scope_id: owls.id },
      headers: coach.key,
    }),
  );
  const owl = data(
    await invokeOnly(routes, 'POST /api/v1/basketball/players', {
      body: { first_name: 'Sam', last_name: 'Rivera', team_id: owls.id, jersey_number: 4 },
      headers: coach.key,
    }),
  );
  const parentLink = data(
    await call('POST /api/v1/me/links', { body: { player_id: owl.id, role: 'parent' }, headers: golfer.key }),
  );
  await call('POST /api/v1/role-grants/{id}/confirm', { params: { id: parentLink.id as string }, headers: coach.key });
  await call('GET /api/v1/accounts/{id}/grants', { params: { id: golfer.id }, headers: golfer.key });
  await call('GET /api/v1/leagues/{id}/members', {
    params: { id: riverside.slug as string },
    query: 'per_page=3',
    headers: coach.key,
  });
  await call('DELETE /api/v1/accounts/{id}/grants/{grant_id}', {
    params: { id: golfer.id, grant_id: keeper.id as string },
    headers: coach.key,
  });
  // Invitations: the Owls' coach invites a scorekeeper (this site mails the link, so the answer
  // does not hold it), lists the team's invitations and takes one back; an invitee accepts a link.
  const owlsId = riversideTeams[0]?.id as number;
  const invitation = data(
    await call('POST /api/v1/invitations', {
      body: { email: 'jordan.lee@example.com', role: 'scorekeeper', scope_id: owlsId },
      headers: coach.key,
    }),
  );
  // The mailed link's token, as the invitee would have it: made here, since no mail is read.
  const { token: invitationToken } = await newInvitation(
    db,
    { userId: coach.id },
    { email: 'player@statline.test', role: 'scorekeeper', scopeId: owlsId },
  );
  await call('GET /api/v1/invitations', { query: `scope_kind=team&scope_id=${owlsId}`, headers: coach.key });
  await call('DELETE /api/v1/invitations/{id}', { params: { id: invitation.id as string }, headers: coach.key });
  await call('POST /api/v1/invitations/accept', { body: { token: invitationToken }, headers: golfer.session });

  // Live basketball: a coach's new teams, roster and game, and its first play.
  const today = todayIn('UTC');
  const comets = data(
    await call('POST /api/v1/basketball/teams', {
      body: { name: 'Bay City Comets', abbreviation: 'BCC', city: 'Bay City' },
      headers: coach.key,
    }),
  );
  const rivals = data(
    await call('POST /api/v1/basketball/teams', { body: { name: 'Ridge Foxes', abbreviation: 'RFX' }, headers: coach.key }),
  );
  const scorer = data(
    await call('POST /api/v1/basketball/players', {
      body: { first_name: 'Jordan', last_name: 'Ellis', team_id: comets.id, jersey_number: 11, position: 'G' },
      headers: coach.key,
    }),
  );
  const duplicate = data(
    await invokeOnly(routes, 'POST /api/v1/basketball/players', {
      body: { first_name: 'Jordon', last_name: 'Ellis', team_id: comets.id },
      headers: coach.key,
    }),
  );
  const scheduled = data(
    await call('POST /api/v1/basketball/games', {
      body: { date: today, home_team_id: comets.id, visitor_team_id: rivals.id, rule_set: 'nba' },
      headers: coach.key,
    }),
  );
  await call('POST /api/v1/basketball/games/{id}/events', {
    params: { id: scheduled.id as number },
    body: { id: randomUUID(), expected_seq: 0, type: 'period_start', period: 1 },
    headers: coach.key,
  });
  // Two timeouts logged (seq 2 and 3): the first was the other team's, the second never happened.
  for (const team of [comets, comets]) {
    await invokeOnly(routes, 'POST /api/v1/basketball/games/{id}/events', {
      params: { id: scheduled.id as number },
      body: { id: randomUUID(), type: 'timeout', team_id: team.id },
      headers: coach.key,
    });
  }
  await call('PUT /api/v1/basketball/games/{id}/plays/{seq}', {
    params: { id: scheduled.id as number, seq: 2 },
    body: { id: randomUUID(), replacement: { type: 'timeout', team_id: rivals.id } },
    headers: coach.key,
  });
  await call('DELETE /api/v1/basketball/games/{id}/plays/{seq}', {
    params: { id: scheduled.id as number, seq: 3 },
    body: { id: randomUUID() },
    headers: coach.key,
  });
  // Against a team the coach does not manage: it counts for that team once its side answers.
  const pioneers = data(
    await invokeOnly(routes, 'POST /api/v1/basketball/teams', {
      body: { name: 'Lakeside Pioneers', abbreviation: 'LSP' },
      headers: admin.key,
    }),
  );
  for (const answer of ['accept', 'decline'] as const) {
    const against = data(
      await invokeOnly(routes, 'POST /api/v1/basketball/games', {
        body: { date: today, home_team_id: comets.id, visitor_team_id: pioneers.id },
        headers: coach.key,
      }),
    );
    await call(`POST /api/v1/basketball/games/{id}/${answer}`, { params: { id: against.id as number }, headers: admin.key });
  }
  const merged = data(
    await call('POST /api/v1/basketball/players/{id}/merge', {
      params: { id: scorer.id as number },
      body: { player_id: duplicate.id },
      headers: admin.key,
    }),
  );
  await call('POST /api/v1/basketball/player-merges/{id}/split', {
    params: { id: merged.merge_id as number },
    headers: admin.key,
  });

  // Imports: a game log with one broken row, so the job has a rejection to show.
  const log = readFileSync(path.join(demoDir, 'basketball', 'log-2019.csv'), 'utf8').split('\n');
  const broken = log[2]?.replace(/,\d+,-?\d+,1$/, ',lots,0,1');
  const job = data(
    await call('POST /api/v1/basketball/imports', {
      query: 'filename=log-sample.csv',
      file: [...log.slice(0, 3), broken].join('\n'),
      headers: admin.key,
    }),
  );
  await settle(routes, job.id as string, admin.key);
  await call('GET /api/v1/basketball/imports', { query: 'per_page=2', headers: admin.key });
  await call('GET /api/v1/basketball/imports/{id}', { params: { id: job.id as string }, headers: admin.key });
  await call('GET /api/v1/basketball/imports/{id}/rejections.csv', { params: { id: job.id as string }, headers: admin.key });

  // Golf writes: a course from the builder, a card from a CSV, and a round with a partner.
  await call('POST /api/v1/golf/courses', {
    body: {
      name: 'Millbrook Municipal (9)',
      location: { city: 'Millbrook', country: 'US' },
      holes: 9,
      tees: [
        {
          name: 'White',
          par: [4, 3, 5, 4, 4, 3, 4, 5, 4],
          stroke_index: [3, 9, 1, 5, 7, 8, 4, 2, 6],
          yardage: [362, 158, 498, 341, 377, 171, 329, 512, 355],
          ratings: { men: { course_rating: 34.8, slope: 121 } },
        },
      ],
    },
    headers: golfer.key,
  });
  const card = readFileSync(path.join(demoDir, 'golf', 'pga_tour_course_holes.csv'), 'utf8')
    .split('\n')
    .slice(0, 19)
    .join('\n');
  await call('POST /api/v1/golf/courses/import', { query: 'filename=course-holes.csv', file: card, headers: admin.key });
  const tee = course.tees[0] as Row;
  const startRound = (body: Row) => ({
    body: { course_id: course.id, tee_id: tee.id, date: today, ...body },
    headers: golfer.key,
  });
  const round = data(await call('POST /api/v1/golf/rounds', startRound({ player_ids: [coach.id] })));
  await call('PUT /api/v1/golf/rounds/{id}/holes/{n}', {
    params: { id: round.id as string, n: 1 },
    body: { strokes: 5, putts: 2, fairway: 'hit', penalties: 0, sand: false },
    headers: golfer.key,
  });
  await call('POST /api/v1/golf/rounds/{id}/confirm', { params: { id: round.id as string }, headers: coach.key });
  await call('POST /api/v1/golf/rounds/{id}/finish', { params: { id: round.id as string }, headers: golfer.key });
  const other = data(await invokeOnly(routes, 'POST /api/v1/golf/rounds', startRound({ player_ids: [coach.id] })));
  await call('POST /api/v1/golf/rounds/{id}/decline', { params: { id: other.id as string }, headers: coach.key });

  // Golf events: the golfer organises a two-round medal with the coach as its scorer, enters a
  // guest and the coach, makes a group (its round), and the leaderboard follows the scores.
  const event = data(
    await call('POST /api/v1/golf/events', {
      body: { name: 'Club Medal', course_id: course.id, tee_id: tee.id, start_date: today, rounds: 2, scorer_ids: [coach.id] },
      headers: golfer.key,
    }),
  );
  const eventId = event.id as number;
  await call('PATCH /api/v1/golf/events/{id}', {
    params: { id: eventId },
    body: { name: 'Club Medal (36 holes)', cut: { after_round: 1, top: 40 } },
    headers: golfer.key,
  });
  const entries = list(
    await call('POST /api/v1/golf/events/{id}/entries', {
      params: { id: eventId },
      body: {
        entrants: [
          { name: 'Sam Guest', handicap_index: 14.2 },
          { user_id: coach.id, handicap_index: 9.8 },
        ],
      },
      headers: golfer.key,
    }),
  );
  const group = data(
    await call('POST /api/v1/golf/events/{id}/groups', {
      params: { id: eventId },
      body: { round_number: 1, tee_time: `${today}T08:10:00Z`, starting_hole: 1, entry_ids: entries.map((e) => e.id) },
      headers: golfer.key,
    }),
  );
  const groupRound = (group.round as Row).id as string;
  for (const position of [1, 2])
    await invokeOnly(routes, 'PUT /api/v1/golf/rounds/{id}/holes/{n}', {
      params: { id: groupRound, n: 1 },
      body: { position, strokes: 3 + position },
      headers: coach.key,
    });
  await call('GET /api/v1/golf/events', { query: 'per_page=2' });
  await call('GET /api/v1/golf/events/{id}', { params: { id: eventId } });
  await call('GET /api/v1/golf/events/{id}/entries', { params: { id: eventId } });
  await call('GET /api/v1/golf/events/{id}/groups', { params: { id: eventId } });
  await call('GET /api/v1/golf/events/{id}/leaderboard', { params: { id: eventId }, query: 'by=net' });
  await call('GET /api/v1/golf/events/{id}/leaderboard/stream', { params: { id: eventId } });

  // Media: a team logo (and its thumbnail) sent through the app, a roster PDF sent straight to the
  // store with a presigned URL and then checked, read whole and by range, and deleted.
  const logoFile = await sharp({ create: { width: 160, height: 160, channels: 3, background: { r: 12, g: 74, b: 110 } } })
    .jpeg()
    .toBuffer();
  const logo = data(
    await call('POST /api/v1/media', { query: `kind=logo&team_id=${comets.id}`, file: logoFile, headers: coach.key }),
  );
  await call('GET /api/v1/media/{id}', { params: { id: logo.id as string } });
  await call('GET /api/v1/media/{id}/thumbnail', { params: { id: logo.id as string } });
  const roster = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
  const started = data(
    await call('POST /api/v1/media/uploads', {
      body: { kind: 'document', team_id: comets.id, content_type: 'application/pdf', bytes: roster.length },
      headers: coach.key,
    }),
  ) as { media: Row; upload: { url: string; headers: Record<string, string> } };
  await uploadToPresignedUrl(started.upload, roster);
  const doc = data(
    await call('POST /api/v1/media/{id}/complete', { params: { id: started.media.id as string }, headers: coach.key }),
  );
  await call('GET /api/v1/media', { query: `team_id=${comets.id}` });
  await call('GET /api/v1/media/{id}/file', { params: { id: doc.id as string } });
  await call('DELETE /api/v1/media/{id}', { params: { id: doc.id as string }, headers: coach.key });

  // Predictions from the demo's trained models (logistic the default, Elo beside it): two teams of the
  // newest demo season, as of a day in it.
  const [home, visitor] = list(await call('GET /api/v1/basketball/teams', { query: 'per_page=2' }));
  const matchup = { home_team_id: home?.id as number, visitor_team_id: visitor?.id as number, date: '2019-03-01' };
  await call('GET /api/v1/predictions/models');
  await call('POST /api/v1/predictions/games/simple', { body: matchup });
  const answer = data(await call('POST /api/v1/predictions/compare', { body: matchup }));
  const features = Object.fromEntries(
    (((answer.answers as Row[])[0]?.contributions ?? []) as { feature: string; value: number }[]).map((c) => [
      c.feature,
      c.value,
    ]),
  );
  const model = data(
    await call('GET /api/v1/predictions/models/{name}/{version}', { params: { name: 'nba-game-logistic', version: 1 } }),
  );
  const vector = Object.fromEntries((model.features as string[]).map((f) => [f, features[f] ?? 0]));
  await call('POST /api/v1/predictions/games', { body: { features: vector, model: 'logistic' } });
  await call('POST /api/v1/predictions/batch', {
    body: { matchups: [matchup, { ...matchup, home_team_id: matchup.visitor_team_id, visitor_team_id: matchup.home_team_id }] },
  });
  await call('GET /api/v1/predictions/backtest', { query: 'model=logistic&from=2019-03-01&to=2019-03-03' });
  const [tatum] = list(await call('GET /api/v1/basketball/players', { query: 'search=Jayson%20Tatum&per_page=1' }));
  await call('POST /api/v1/predictions/players', {
    body: { player_id: tatum?.id as number, date: '2024-12-20', is_home: true },
  });
  await call('GET /api/v1/predictions/players/backtest', { query: 'stat=pts&from=2024-12-30&to=2024-12-30' });
  // A signed-in caller's own record of what it asked.
  await call('POST /api/v1/predictions/games/simple', { body: matchup, headers: admin.key });
  await call('GET /api/v1/predictions/history', { query: 'per_page=1', headers: admin.key });
  await call('DELETE /api/v1/predictions/models/{name}/{version}/load', {
    params: { name: 'nba-game-elo', version: 1 },
    headers: admin.key,
  });
  await call('POST /api/v1/predictions/models/{name}/{version}/load', {
    params: { name: 'nba-game-elo', version: 1 },
    body: { default: false },
    headers: admin.key,
  });
  // Training in the background: the 202, then the job once it has registered its version.
  const trainJob = data(await call('POST /api/v1/predictions/training', { body: { kind: 'elo' }, headers: admin.key }));
  await trainingJobsSettled();
  await call('GET /api/v1/predictions/training/{id}', { params: { id: trainJob.id as string }, headers: admin.key });

  // Last, so the log holds the writes above.
  await call('GET /api/v1/audit', { query: 'per_page=3', headers: admin.key });

  const missing = allContracts.filter((c) => !examples[`${c.method} ${c.path}`]).map((c) => `${c.method} ${c.path}`);
  if (missing.length) throw new Error(`no example recorded for: ${missing.join(', ')}`);
  // In the contracts' order, so a re-run's diff shows only what changed.
  return Object.fromEntries(
    allContracts.map((c) => [`${c.method} ${c.path}`, examples[`${c.method} ${c.path}`] as RecordedExample]),
  );
}

/** The header and the first rows of a CSV answer. */
const csvHead = (csv: string) => `${csv.split('\r\n').slice(0, 4).join('\r\n')}\r\n`;

/** The browser's part of a direct upload: PUT to the presigned URL (here the disk driver's, on this app). */
async function uploadToPresignedUrl(upload: { url: string; headers: Record<string, string> }, file: string): Promise<void> {
  const { PUT } = await import('@/app/api/media-uploads/[...key]/route');
  const url = new URL(upload.url, 'http://localhost');
  const key = url.pathname.replace('/api/media-uploads/', '').split('/');
  const res = await PUT(new Request(url, { method: 'PUT', headers: upload.headers, body: file }), {
    params: Promise.resolve({ key }),
  });
  if (res.status !== 200) throw new Error(`presigned upload answered ${res.status}: ${await res.text()}`);
}

/** A call made only to set up another one's example. */
async function invokeOnly(routes: Routes, key: string, c: Call): Promise<Answer> {
  const answer = await invoke(routes, contract(key), c);
  if (answer.status >= 300) throw new Error(`${key} answered ${answer.status}: ${JSON.stringify(answer.json)}`);
  return answer;
}

/** Imports run in the background: wait until the job is done, so its example shows a finished one. */
async function settle(routes: Routes, id: string, headers: Record<string, string>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const job = (await invokeOnly(routes, 'GET /api/v1/basketball/imports/{id}', { params: { id }, headers })).json?.data as Row;
    if (!['queued', 'running'].includes(job.status as string)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} did not finish`);
}
