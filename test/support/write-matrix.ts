// Every write endpoint of the API with a valid request per caller and the status each caller gets:
// the RBAC matrix (rbac.test.ts) and the audit walk (audit-walk.test.ts) both send these requests.
// Extend `writeMatrix` when an endpoint arrives; both tests fail until you do.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bbPlayers, type GrantRole, type League } from '../../drizzle/schema';
import { createApiKey } from '../../lib/auth/api-keys';
import { grantRole } from '../../lib/auth/grants-write';
import { newInvitation } from '../../lib/auth/invitations';
import { issuePasswordReset } from '../../lib/auth/password-reset';
import { mergePlayers } from '../../lib/basketball/identity/merge';
import { scheduleGames } from '../../lib/basketball/schedule/write';
import { createGame } from '../../lib/basketball/scoring/entities';
import { addEntries, createEvent } from '../../lib/golf/events/write';
import { scoreHole } from '../../lib/golf/rounds/score';
import { startRound } from '../../lib/golf/rounds/start';
import { findLeague } from '../../lib/leagues/queries';
import { createLeague } from '../../lib/leagues/write';
import { startPresignedUpload, uploadMedia } from '../../lib/media/service';
import { addFollow } from '../../lib/notify/follows';
import { mediaStorage } from '../../lib/storage';
import type { TestApp } from './app';
import { teamLog2019 } from './basketball-csv';
import { type Caller, call, type makeCallers, makeUser, type ScopedCallerName, scopedCallerNames } from './callers';
import { addFictionalCourse, type TestCourse } from './golf-api';
import { body as event, makeTeam, openingAndFreeThrows } from './live-game';
import { tinyPdf } from './media';
import { registerTestModel } from './model-fixture';
import { routeHandlers } from './routes';

export type CallerName = 'anonymous' | 'admin' | 'coach' | 'player' | 'fan' | 'read key' | 'write key';
export type WriteRequest = {
  body?: unknown;
  /** A body sent as is (a file upload), with its own content type in `headers`. */
  rawBody?: string;
  headers?: Record<string, string>;
  query?: string;
  params?: Record<string, string>;
};

export interface Row {
  endpoint: string;
  /** Builds a valid request for this caller (e.g. a key the caller owns). */
  request: (caller: Caller) => Promise<WriteRequest>;
  expected: Record<CallerName, number>;
  /**
   * Statuses of the scoped callers where they differ from their default: 'other coach' and 'coach key'
   * answer as the coach (the key as the write key where keys are refused), the others as the player
   * (their base role).
   */
  scoped?: Partial<Record<ScopedCallerName, number>>;
}

/** Every caller the matrix sends each row as. */
export const allCallerNames = [
  ...(['anonymous', 'admin', 'coach', 'player', 'fan', 'read key', 'write key'] as const),
  ...scopedCallerNames,
];
export type AnyCallerName = (typeof allCallerNames)[number];

/** The status `name` must get from `row`. */
export function expectedStatus(row: Row, name: AnyCallerName): number {
  if (name in row.expected) return row.expected[name as CallerName];
  const scoped = row.scoped?.[name as ScopedCallerName];
  if (scoped !== undefined) return scoped;
  if (name === 'other coach') return row.expected.coach;
  if (name === 'coach key')
    return row.expected['write key'] === row.expected.fan ? row.expected.coach : row.expected['write key'];
  return row.expected.player;
}

export type Callers = Awaited<ReturnType<typeof makeCallers>>;
let app: TestApp;
let callers: Callers;
/** Call once per test file, before any row's `request`: the rows act on this app's database. */
export async function setUpWriteMatrix(testApp: TestApp, testCallers: Callers): Promise<void> {
  app = testApp;
  callers = testCallers;
  const db = app.database.db;
  const idOf = (c: Caller) => c.userId ?? '';
  const admin = { userId: idOf(callers.sessions.admin) };
  // One youth league run by the league admin; the admin creates its teams, then each caller is
  // granted their scope in it, as invitations would.
  const league = await createLeague(
    db,
    { userId: idOf(callers.scoped['league admin']) },
    { ...leagueDefaults, name: `Matrix Scope League ${randomUUID().slice(0, 8)}`, sport: 'basketball', level: 'youth' },
  );
  coachTeam = await makeTeam(db, admin.userId, 8, league.id);
  otherTeam = await makeTeam(db, admin.userId, 8, league.id);
  neutralTeam = await makeTeam(db, admin.userId, 8, league.id);
  const grants: Array<[Caller, GrantRole, number]> = [
    [callers.sessions.coach, 'coach', coachTeam.teamId],
    [callers.scoped['other coach'], 'coach', otherTeam.teamId],
    [callers.scoped.scorekeeper, 'scorekeeper', coachTeam.teamId],
    [callers.sessions.player, 'player', coachTeam.players[0] ?? 0],
    [callers.scoped.parent, 'parent', coachTeam.players[0] ?? 0],
    [callers.scoped['other parent'], 'parent', otherTeam.players[0] ?? 0],
  ];
  for (const [caller, role, scopeId] of grants) await grantRole(db, admin, { userId: idOf(caller), role, scopeId });
  linksCourse = undefined;
}
let coachTeam: { teamId: number; players: number[] };
let otherTeam: { teamId: number; players: number[] };
let neutralTeam: { teamId: number; players: number[] };
// A game of the coach's team against a team nobody but the admin coaches, where period 1 can start.
const freshGame = async () => {
  const game = await createGame(
    app.database.db,
    { userId: callers.sessions.admin.userId ?? '' },
    { date: '2026-11-21', home_team_id: coachTeam.teamId, visitor_team_id: neutralTeam.teamId, postseason: false },
  );
  return { gameId: game.id, home: coachTeam, visitor: neutralTeam };
};
const adminOnly = { anonymous: 401, admin: 200, coach: 403, player: 403, fan: 403, 'read key': 403, 'write key': 403 };
const twoPlayers = async () =>
  (
    await app.database.db
      .insert(bbPlayers)
      .values([{ name: 'Matrix One' }, { name: 'Matrix Two' }])
      .returning()
  ).map((p) => p.id) as [number, number];
// A round of the player and the coach: a grant in a basketball scope gives no right to it.
const notInTheRound = { 'league admin': 403, 'other coach': 403, scorekeeper: 403, parent: 403, 'other parent': 403 };
const leagueDefaults = { season_format: 'split', visibility: 'public' } as const;
const coachOnly = { anonymous: 401, admin: 201, coach: 201, player: 403, fan: 403, 'read key': 403, 'write key': 403 };

/** A league the coach runs, with two of its teams (by id). */
async function scheduleLeague() {
  const coach = callers.sessions.coach.userId ?? '';
  const name = `Matrix League ${randomUUID().slice(0, 8)}`;
  const league = await createLeague(
    app.database.db,
    { userId: coach },
    { ...leagueDefaults, name, sport: 'basketball', level: 'youth' },
  );
  await grantRole(app.database.db, { userId: coach }, { userId: leagueAdminId(), role: 'league_admin', scopeId: league.id });
  const teams = [await makeTeam(app.database.db, coach, 0, league.id), await makeTeam(app.database.db, coach, 0, league.id)];
  return { id: league.id, teams: teams.map((t) => t.teamId) };
}

/** A site admin's invitation to score for the coach's team, with its token. */
const teamInvitation = async (teamId = coachTeam.teamId) =>
  newInvitation(
    app.database.db,
    { userId: callers.sessions.admin.userId ?? '' },
    { email: `invitee-${randomUUID()}@example.com`, role: 'scorekeeper', scopeId: teamId },
  );
/** An invitation to keep score for a team of its own: accepting it must not reach the matrix's teams. */
const throwawayInvitation = async () =>
  teamInvitation((await makeTeam(app.database.db, callers.sessions.admin.userId ?? '', 0)).teamId);

// One game (both teams' rows) from the demo team log: a valid upload.
const teamLogSample = readFileSync(teamLog2019, 'utf8').split('\n').slice(0, 3).join('\n');

export const writeMatrix: Row[] = [
  {
    endpoint: 'POST /api/v1/accounts',
    request: async () => ({ body: { email: `new-${randomUUID()}@example.com`, name: 'New', password: 'long enough password' } }),
    expected: { anonymous: 201, admin: 201, coach: 201, player: 201, fan: 201, 'read key': 403, 'write key': 201 },
  },
  // Each caller acts on a fresh account (never their own, never one another row needs).
  {
    endpoint: 'POST /api/v1/accounts/{id}/disable',
    request: async () => ({ params: { id: (await makeUser(app.database.db, 'fan')).id } }),
    expected: adminOnly,
  },
  {
    endpoint: 'POST /api/v1/accounts/{id}/enable',
    request: async () => ({ params: { id: (await makeUser(app.database.db, 'fan')).id } }),
    expected: adminOnly,
  },
  {
    endpoint: 'POST /api/v1/accounts/{id}/password-reset',
    request: async () => ({ params: { id: (await makeUser(app.database.db, 'fan')).id } }),
    expected: { ...adminOnly, admin: 201 },
  },
  // Scoped roles on the coach's team: its coach, its league's admin and site admins give, take and
  // confirm; nobody else.
  {
    endpoint: 'POST /api/v1/accounts/{id}/grants',
    request: async () => ({
      params: { id: (await makeUser(app.database.db, 'fan')).id },
      body: { role: 'scorekeeper', scope_id: coachTeam.teamId },
    }),
    expected: coachOnly,
    // The team is in the league admin's league; the other coach's team is not this one.
    scoped: { 'league admin': 201, 'other coach': 403 },
  },
  {
    endpoint: 'DELETE /api/v1/accounts/{id}/grants/{grant_id}',
    request: async () => {
      const keeper = await makeUser(app.database.db, 'fan');
      const admin = { userId: callers.sessions.admin.userId ?? '' };
      const grant = await grantRole(app.database.db, admin, {
        userId: keeper.id,
        role: 'scorekeeper',
        scopeId: coachTeam.teamId,
      });
      return { params: { id: keeper.id, grant_id: grant.id } };
    },
    expected: { ...coachOnly, admin: 204, coach: 204 },
    scoped: { 'league admin': 204, 'other coach': 403 },
  },
  {
    endpoint: 'POST /api/v1/role-grants/{id}/confirm',
    // A parent asks to be linked to a player on a team the coach coaches.
    request: async () => {
      const { players } = await makeTeam(app.database.db, callers.sessions.coach.userId ?? '', 1);
      const parent = await makeUser(app.database.db, 'fan');
      const asked = await grantRole(
        app.database.db,
        { userId: parent.id },
        { userId: parent.id, role: 'parent', scopeId: players[0] ?? 0, status: 'pending' },
      );
      return { params: { id: asked.id } };
    },
    expected: { ...coachOnly, admin: 200, coach: 200 },
    scoped: { 'other coach': 403 },
  },
  {
    endpoint: 'POST /api/v1/me/links',
    // Anyone signed in may ask; the link is pending until a coach confirms it.
    request: async () => ({ body: { player_id: (await twoPlayers())[0], role: 'parent' } }),
    expected: { anonymous: 401, admin: 201, coach: 201, player: 201, fan: 201, 'read key': 403, 'write key': 201 },
  },
  {
    endpoint: 'POST /api/v1/password-resets',
    // This suite's site sends no mail (no SMTP_URL): everyone allowed to ask is told to ask an admin.
    request: async () => ({ body: { email: `reset-${randomUUID()}@example.com` } }),
    expected: { anonymous: 422, admin: 422, coach: 422, player: 422, fan: 422, 'read key': 403, 'write key': 422 },
  },
  {
    endpoint: 'POST /api/v1/password-resets/redeem',
    request: async () => {
      const holder = await makeUser(app.database.db, 'fan');
      const issuer = { userId: callers.sessions.admin.userId ?? '' };
      const { url } = await issuePasswordReset(app.database.db, issuer, holder.id, 'http://localhost');
      return { body: { token: new URL(url).searchParams.get('token'), new_password: 'a matrix password' } };
    },
    expected: { anonymous: 204, admin: 204, coach: 204, player: 204, fan: 204, 'read key': 403, 'write key': 204 },
  },
  {
    endpoint: 'DELETE /api/v1/accounts/{id}',
    request: async () => ({ params: { id: (await makeUser(app.database.db, 'fan')).id } }),
    expected: { ...adminOnly, admin: 204 },
  },
  {
    endpoint: 'DELETE /api/v1/me',
    // Every caller would delete themselves: a wrong password keeps the matrix's accounts alive and
    // still shows who gets past the wrapper (403 for the password, as for a refused role).
    request: async () => ({ body: { password: 'not the password' } }),
    expected: { anonymous: 401, admin: 403, coach: 403, player: 403, fan: 403, 'read key': 403, 'write key': 403 },
  },
  {
    endpoint: 'POST /api/v1/api-keys',
    request: async () => ({ body: { name: 'matrix', scope: 'read' } }),
    expected: { anonymous: 401, admin: 201, coach: 201, player: 201, fan: 201, 'read key': 403, 'write key': 403 },
  },
  {
    endpoint: 'DELETE /api/v1/api-keys/{id}',
    // Each caller revokes a key of their own (anonymous gets someone's, and must still be refused).
    request: async (caller) => {
      const owner = caller.userId ?? callers.sessions.fan.userId ?? '';
      const key = await createApiKey(app.database.db, owner, 'victim', 'read');
      return { params: { id: key.id } };
    },
    expected: { anonymous: 401, admin: 204, coach: 204, player: 204, fan: 204, 'read key': 403, 'write key': 403 },
  },
  {
    endpoint: 'POST /api/v1/invitations',
    // A scorekeeper for the coach's team: its coach and site admins may invite one, nobody else.
    request: async () => ({
      body: { email: `invitee-${randomUUID()}@example.com`, role: 'scorekeeper', scope_id: coachTeam.teamId },
    }),
    expected: coachOnly,
    scoped: { 'league admin': 201, 'other coach': 403 },
  },
  {
    endpoint: 'DELETE /api/v1/invitations/{id}',
    // An admin's invitation to the coach's team: the team's coach may revoke it too.
    request: async () => ({ params: { id: (await teamInvitation()).invitation.id } }),
    expected: { anonymous: 401, admin: 200, coach: 200, player: 403, fan: 403, 'read key': 403, 'write key': 403 },
    scoped: { 'league admin': 200, 'other coach': 403 },
  },
  {
    endpoint: 'POST /api/v1/invitations/accept',
    // Anyone signed in may accept a link they hold (the write key's fan too); a read key may not write.
    request: async () => ({ body: { token: (await throwawayInvitation()).token } }),
    expected: { anonymous: 401, admin: 200, coach: 200, player: 200, fan: 200, 'read key': 403, 'write key': 200 },
  },
  // Loading and unloading models reaches every replica: site admins only.
  {
    endpoint: 'POST /api/v1/predictions/models/{name}/{version}/load',
    request: async () => {
      const model = await registerTestModel(app.database.db);
      return { params: { name: model.name, version: String(model.version) }, body: { default: true } };
    },
    expected: adminOnly,
  },
  {
    endpoint: 'DELETE /api/v1/predictions/models/{name}/{version}/load',
    request: async () => {
      const model = await registerTestModel(app.database.db);
      return { params: { name: model.name, version: String(model.version) } };
    },
    expected: adminOnly,
  },
  {
    endpoint: 'POST /api/v1/predictions/training',
    // Training runs for minutes on a whole league: site admins only (the job itself is in predictions-training.test.ts).
    request: async () => ({ body: { kind: 'elo' } }),
    expected: { ...adminOnly, admin: 202 },
  },
  {
    endpoint: 'POST /api/v1/basketball/imports',
    request: async () => ({ rawBody: teamLogSample, headers: { 'content-type': 'text/csv' }, query: 'filename=matrix.csv' }),
    // Admins only; the write key belongs to a fan (an admin's write key is covered in imports-api.test.ts).
    expected: { anonymous: 401, admin: 202, coach: 403, player: 403, fan: 403, 'read key': 403, 'write key': 403 },
  },
  {
    endpoint: 'POST /api/v1/leagues',
    request: async () => ({
      body: { name: `Matrix League ${randomUUID().slice(0, 8)}`, sport: 'basketball', level: 'youth' },
    }),
    expected: coachOnly,
  },
  {
    endpoint: 'PATCH /api/v1/leagues/{id}',
    // A league the coach runs: its league admin and site admins may change it, nobody else.
    request: async () => {
      const coach = { userId: callers.sessions.coach.userId ?? '' };
      const name = `Matrix League ${randomUUID().slice(0, 8)}`;
      const league = await createLeague(app.database.db, coach, { ...leagueDefaults, name, sport: 'basketball', level: 'youth' });
      await grantRole(app.database.db, coach, { userId: leagueAdminId(), role: 'league_admin', scopeId: league.id });
      return { params: { id: String(league.id) }, body: { name: `${name} renamed` } };
    },
    expected: { anonymous: 401, admin: 200, coach: 200, player: 403, fan: 403, 'read key': 403, 'write key': 403 },
    scoped: { 'league admin': 200, 'other coach': 403 },
  },
  ...(['', '/imports'] as const).map((tail) => ({
    endpoint: `POST /api/v1/leagues/{id}/schedule${tail}`,
    // A league the coach runs with two teams: its league admin and site admins schedule, nobody else.
    request: async () => {
      const league = await scheduleLeague();
      const game = { date: '2026-12-05', home: league.teams[0], visitor: league.teams[1], venue: 'Matrix Gym' };
      const params = { id: String(league.id) };
      return tail === ''
        ? { params, body: { games: [game] } }
        : {
            params,
            rawBody: `date,time,home,visitor,venue\n2026-12-05,19:00,${game.home},${game.visitor},Matrix Gym\n`,
            headers: { 'content-type': 'text/csv' },
            query: 'filename=matrix-schedule.csv&time_zone=America/Chicago',
          };
    },
    expected: {
      anonymous: 401,
      admin: tail === '' ? 201 : 202,
      coach: tail === '' ? 201 : 202,
      player: 403,
      fan: 403,
      'read key': 403,
      'write key': 403,
    },
    scoped: { 'league admin': tail === '' ? 201 : 202, 'other coach': 403 },
  })),
  ...(['PATCH', 'DELETE'] as const).map((method) => ({
    endpoint: `${method} /api/v1/leagues/{id}/schedule/{game_id}`,
    // A game scheduled in a league the coach runs, not yet started: moved to a new venue, or cancelled.
    request: async () => {
      const league = await scheduleLeague();
      const [game] = await scheduleGames(app.database.db, (await findLeague(app.database.db, league.id)) as League, [
        { date: '2026-12-05', startsAt: null, homeTeamId: league.teams[0] ?? 0, awayTeamId: league.teams[1] ?? 0, venue: null },
      ]);
      const params = { id: String(league.id), game_id: String(game?.gameId) };
      return method === 'PATCH' ? { params, body: { venue: 'Matrix Annex' } } : { params };
    },
    expected: {
      anonymous: 401,
      admin: method === 'PATCH' ? 200 : 204,
      coach: method === 'PATCH' ? 200 : 204,
      player: 403,
      fan: 403,
      'read key': 403,
      'write key': 403,
    },
    scoped: { 'league admin': method === 'PATCH' ? 200 : 204, 'other coach': 403 },
  })),
  {
    endpoint: 'POST /api/v1/basketball/teams',
    request: async () => ({ body: { name: `Matrix ${randomUUID().slice(0, 8)}`, abbreviation: `M${randomUUID().slice(0, 4)}` } }),
    expected: coachOnly,
  },
  {
    endpoint: 'POST /api/v1/basketball/players',
    // The coach's own team; a coach adding to someone else's team is covered in live-game.test.ts.
    request: async () => ({ body: { first_name: 'Matrix', last_name: 'Player', team_id: coachTeam.teamId } }),
    expected: coachOnly,
    scoped: { 'league admin': 201, 'other coach': 403 },
  },
  {
    endpoint: 'POST /api/v1/basketball/games',
    request: async () => ({
      body: { date: '2026-11-21', home_team_id: otherTeam.teamId, visitor_team_id: coachTeam.teamId },
    }),
    // The other coach coaches the home team here: either team's coach schedules the game.
    expected: coachOnly,
    scoped: { 'league admin': 201 },
  },
  ...(['PUT', 'DELETE'] as const).map((method) => ({
    endpoint: `${method} /api/v1/basketball/games/{id}/plays/{seq}`,
    // A game of the coach's with the opening and one free throw (seq 4): corrected to a miss, or deleted.
    request: async () => {
      const g = await freshGame();
      for (const b of openingAndFreeThrows(g, 4)) {
        const res = await sendWrite('POST /api/v1/basketball/games/{id}/events', callers.sessions.coach, {
          params: { id: String(g.gameId) },
          body: b,
        });
        if (res.status !== 201) throw new Error(`setting up a play to correct: ${res.status} ${await res.text()}`);
      }
      const miss = { type: 'free_throw', team_id: g.home.teamId, player_id: g.home.players[0], made: false };
      return {
        params: { id: String(g.gameId), seq: '4' },
        body: method === 'PUT' ? { id: randomUUID(), replacement: miss } : { id: randomUUID() },
      };
    },
    expected: { ...coachOnly, admin: 200, coach: 200 },
    scoped: { 'league admin': 200, scorekeeper: 200, 'other coach': 403 },
  })),
  {
    endpoint: 'POST /api/v1/basketball/games/{id}/events',
    request: async () => {
      const g = await freshGame();
      return { params: { id: String(g.gameId) }, body: event('period_start', { period: 1 }) };
    },
    expected: coachOnly,
    scoped: { 'league admin': 201, scorekeeper: 201, 'other coach': 403 },
  },
  ...(['accept', 'decline'] as const).map((answer) => ({
    endpoint: `POST /api/v1/basketball/games/{id}/${answer}`,
    // A game scheduled against the coach's team, waiting for its answer: its coaches and admins answer.
    request: async () => {
      const g = await createGame(
        app.database.db,
        { userId: callers.sessions.admin.userId ?? '' },
        {
          date: '2026-11-21',
          home_team_id: otherTeam.teamId,
          visitor_team_id: coachTeam.teamId,
          rule_set: 'nba',
          postseason: false,
        },
        coachTeam.teamId,
      );
      return { params: { id: String(g.id) } };
    },
    expected: { anonymous: 401, admin: 200, coach: 200, player: 403, fan: 403, 'read key': 403, 'write key': 403 },
    // The game waits for the coach's team's consent: its coaches give it, not the league's admin.
    scoped: { 'league admin': 403, 'other coach': 403 },
  })),
  {
    endpoint: 'POST /api/v1/basketball/players/{id}/merge',
    request: async () => {
      const [a, b] = await twoPlayers();
      return { params: { id: String(a) }, body: { player_id: b } };
    },
    expected: adminOnly,
  },
  {
    endpoint: 'POST /api/v1/basketball/player-merges/{id}/split',
    request: async () => {
      const [a, b] = await twoPlayers();
      const merged = await mergePlayers(app.database.db, { userId: callers.sessions.admin.userId ?? '' }, a, b);
      return { params: { id: String(merged.mergeId) } };
    },
    expected: adminOnly,
  },
  {
    endpoint: 'POST /api/v1/me/follows',
    request: async () => ({ body: { target_kind: 'team', target_id: coachTeam.teamId } }),
    expected: { anonymous: 401, admin: 201, coach: 201, player: 201, fan: 201, 'read key': 403, 'write key': 201 },
  },
  {
    endpoint: 'DELETE /api/v1/me/follows/{id}',
    // Each caller unfollows a follow of their own (anonymous gets someone's, and must still be refused).
    request: async (caller) => {
      const owner = caller.userId ?? callers.sessions.fan.userId ?? '';
      const { follow } = await addFollow(app.database.db, owner, 'team', String(otherTeam.teamId));
      return { params: { id: String(follow.id) } };
    },
    expected: { anonymous: 401, admin: 204, coach: 204, player: 204, fan: 204, 'read key': 403, 'write key': 204 },
  },
  {
    endpoint: 'POST /api/v1/me/notifications/read',
    request: async () => ({ body: {} }),
    expected: { anonymous: 401, admin: 200, coach: 200, player: 200, fan: 200, 'read key': 403, 'write key': 200 },
  },
  {
    endpoint: 'PATCH /api/v1/me/digest',
    request: async () => ({ body: { frequency: 'weekly' } }),
    expected: { anonymous: 401, admin: 200, coach: 200, player: 200, fan: 200, 'read key': 403, 'write key': 200 },
  },
  {
    endpoint: 'POST /api/v1/media',
    // A document for the coach's team; the fan's write key may not upload.
    request: async () => ({
      rawBody: tinyPdf,
      headers: { 'content-type': 'application/pdf' },
      query: `kind=document&team_id=${coachTeam.teamId}`,
    }),
    expected: coachOnly,
    scoped: { 'league admin': 201, 'other coach': 403 },
  },
  {
    endpoint: 'POST /api/v1/media/uploads',
    request: async () => ({
      body: { kind: 'document', team_id: coachTeam.teamId, content_type: 'application/pdf', bytes: tinyPdf.length },
    }),
    expected: coachOnly,
    scoped: { 'league admin': 201, 'other coach': 403 },
  },
  {
    endpoint: 'POST /api/v1/media/{id}/complete',
    // A direct upload to the coach's team whose bytes have reached the store.
    request: async () => {
      const target = { kind: 'document' as const, teamId: coachTeam.teamId };
      const file = { bytes: tinyPdf.length, contentType: 'application/pdf' };
      const { row } = await startPresignedUpload(
        app.database.db,
        mediaStorage(),
        callers.sessions.coach.userId ?? '',
        target,
        file,
      );
      await mediaStorage().put(row.storageKey, Buffer.from(tinyPdf), 'application/pdf');
      return { params: { id: row.id } };
    },
    expected: { ...coachOnly, admin: 200, coach: 200 },
    scoped: { 'league admin': 200, 'other coach': 403 },
  },
  {
    endpoint: 'DELETE /api/v1/media/{id}',
    request: async () => {
      const target = { kind: 'document' as const, teamId: coachTeam.teamId };
      const row = await uploadMedia(
        app.database.db,
        mediaStorage(),
        callers.sessions.coach.userId ?? '',
        target,
        Buffer.from(tinyPdf),
      );
      return { params: { id: row.id } };
    },
    expected: { ...coachOnly, admin: 204, coach: 204 },
    scoped: { 'league admin': 204, 'other coach': 403 },
  },
  {
    endpoint: 'POST /api/v1/golf/courses',
    request: async () => ({
      body: { name: 'Matrix Links', holes: 9, tees: [{ name: 'White', par: [4, 4, 3, 5, 4, 4, 3, 4, 5] }] },
    }),
    expected: golfers(201),
  },
  {
    endpoint: 'POST /api/v1/golf/courses/import',
    request: async () => ({ rawBody: golfCourseCsv, headers: { 'content-type': 'text/csv' } }),
    expected: { anonymous: 401, admin: 200, coach: 403, player: 403, fan: 403, 'read key': 403, 'write key': 403 },
  },
  {
    endpoint: 'POST /api/v1/golf/rounds',
    request: async () => {
      const course = await golfCourse();
      return { body: { course_id: course.courseId, tee_id: course.tees.White, date: '2026-11-21' } };
    },
    expected: golfers(201),
  },
  {
    endpoint: 'PUT /api/v1/golf/rounds/{id}/holes/{n}',
    // A round of the player and the coach: its players write (for each other too); admins write any round.
    request: async () => ({
      params: { id: await golfRound(), n: '1' },
      body: { strokes: 4, player_id: callers.sessions.player.userId },
    }),
    expected: golfers(200),
    scoped: notInTheRound,
  },
  {
    endpoint: 'POST /api/v1/golf/rounds/{id}/finish',
    request: async () => ({ params: { id: await golfRound(1) } }),
    expected: golfers(200),
    scoped: notInTheRound,
  },
  ...(['confirm', 'decline'] as const).map((answer) => ({
    endpoint: `POST /api/v1/golf/rounds/{id}/${answer}`,
    // A round another golfer started with the caller in it: the caller answers for themselves.
    request: async (caller: Caller) => ({
      params: { id: await golfRoundWith(['admin', 'coach', 'coach key'].includes(caller.name) ? caller.userId : undefined) },
    }),
    // The player is in no round here: refused by scope (403), as a stranger to a round always is.
    expected: { anonymous: 401, admin: 200, coach: 200, player: 403, fan: 403, 'read key': 403, 'write key': 403 },
    scoped: { 'other coach': 403 },
  })),
  {
    endpoint: 'POST /api/v1/golf/events',
    request: async () => {
      const course = await golfCourse();
      return { body: { name: 'Matrix Medal', course_id: course.courseId, tee_id: course.tees.White, start_date: '2026-11-21' } };
    },
    expected: golfers(201),
  },
  // An event the coach organises: its organiser and admins change it; other golfers may not.
  {
    endpoint: 'POST /api/v1/golf/events/{id}/entries',
    request: async () => ({
      params: { id: String((await golfEvent()).eventId) },
      body: { entrants: [{ name: 'Guest', handicap_index: 12.4 }] },
    }),
    expected: coachOnly,
    scoped: { 'other coach': 403 },
  },
  {
    endpoint: 'PATCH /api/v1/golf/events/{id}',
    request: async () => ({ params: { id: String((await golfEvent()).eventId) }, body: { name: 'Matrix Medal (renamed)' } }),
    expected: { ...coachOnly, admin: 200, coach: 200 },
    scoped: { 'other coach': 403 },
  },
  {
    endpoint: 'POST /api/v1/golf/events/{id}/groups',
    request: async () => {
      const { eventId, entryIds } = await golfEvent();
      return { params: { id: String(eventId) }, body: { round_number: 1, entry_ids: entryIds } };
    },
    expected: coachOnly,
    scoped: { 'other coach': 403 },
  },
];

/** A one-round event the coach organises, with two guests entered. */
async function golfEvent(): Promise<{ eventId: number; entryIds: number[] }> {
  const course = await golfCourse();
  const coach = { userId: callers.sessions.coach.userId ?? '' };
  const eventId = await createEvent(app.database.db, coach, {
    name: 'Matrix Medal',
    course_id: course.courseId,
    tee_id: course.tees.White as number,
    start_date: '2026-11-21',
    format: 'stroke_play',
    rounds: 1,
    scorer_ids: [],
  });
  const entries = await addEntries(app.database.db, coach, eventId, [{ name: 'Ann' }, { name: 'Bea', handicap_index: 8 }]);
  return { eventId, entryIds: entries.map((e) => e.id) };
}

// Golf: admins, coaches and players may add courses and play; fans and the fan's keys may not.
function golfers(ok: number): Record<CallerName, number> {
  return { anonymous: 401, admin: ok, coach: ok, player: ok, fan: 403, 'read key': 403, 'write key': 403 };
}
const golfCourseCsv = readFileSync('test/fixtures/golf/pga_tour_course_holes.csv', 'utf8').split('\n').slice(0, 19).join('\n');
let linksCourse: Promise<TestCourse> | undefined;
const golfCourse = () => {
  linksCourse ??= addFictionalCourse(app.database.db);
  return linksCourse;
};
/** A round of the player (who starts it) and the coach, with `holes` scored for the player. */
async function golfRound(holes = 0): Promise<string> {
  const course = await golfCourse();
  const player = { userId: callers.sessions.player.userId ?? '' };
  const { roundId } = await startRound(app.database.db, player, {
    course_id: course.courseId,
    tee_id: course.tees.White as number,
    date: '2026-11-21',
    format: 'stroke_play',
    caller_plays: true,
    players: [{ user_id: callers.sessions.coach.userId ?? '' }],
    guests: [],
  });
  for (let hole = 1; hole <= holes; hole++) await scoreHole(app.database.db, player, roundId, 1, { hole, strokes: 4 });
  return roundId;
}

/** A round started by a fresh golfer with `userId` added (when it is someone who may play). */
async function golfRoundWith(userId?: string): Promise<string> {
  const course = await golfCourse();
  const starter = await makeUser(app.database.db, 'player');
  const { roundId } = await startRound(
    app.database.db,
    { userId: starter.id },
    {
      course_id: course.courseId,
      tee_id: course.tees.White as number,
      date: '2026-11-21',
      format: 'stroke_play',
      caller_plays: true,
      players: userId ? [{ user_id: userId }] : [],
      guests: [],
    },
  );
  return roundId;
}

const leagueAdminId = () => callers.scoped['league admin'].userId ?? '';

export function pick(name: AnyCallerName): Caller {
  if (name === 'anonymous') return callers.anonymous;
  if (name === 'read key') return callers.readKey;
  if (name === 'write key') return callers.writeKey;
  if (name in callers.scoped) return callers.scoped[name as ScopedCallerName];
  return callers.sessions[name as CallerName & keyof Callers['sessions']];
}

/** Sends `request` to the row's handler as `caller` would. */
export async function sendWrite(endpoint: string, caller: Caller, request: WriteRequest): Promise<Response> {
  const [method, path] = endpoint.split(' ') as [string, string];
  const handler = routeHandlers[endpoint];
  if (!handler) throw new Error(`no handler for ${endpoint} in test/support/routes.ts`);
  const { body, rawBody, headers, query, params } = request;
  return call(handler, {
    method,
    path: query ? `${path}?${query}` : path,
    headers: { ...caller.headers, ...headers },
    body,
    rawBody,
    params,
  });
}
