// People and roles over HTTP: who may give, take and confirm which scoped role (site admins anything;
// a league admin in their league; a coach scorekeepers, players and parents of their team), asking
// to be linked to a player, each write audited, and a league's people listed page by page.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, bbPlayers, bbRosters, bbTeams, leagues, roleGrants } from '../../drizzle/schema';
import { createApiKey } from '../../lib/auth/api-keys';
import { grantsOfAccounts, mayAskLinkTo, pendingLinksOfTeam } from '../../lib/auth/grant-list';
import { scopeOptions } from '../../lib/auth/grant-scope-options';
import { mayReadTeamPrivate } from '../../lib/auth/grants';
import { authorize, mayDo } from '../../lib/auth/permissions';
import type { Role } from '../../lib/auth/roles';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser, sessionCookie } from '../support/callers';
import { routeHandlers } from '../support/routes';

type Who = { id: string; headers: Record<string, string> };
// biome-ignore lint/suspicious/noExplicitAny: response bodies differ per route
type Json = any;

let app: TestApp;
let league: { id: number; slug: string };
let teamA: number;
let teamB: number;
let teamC: number;
let kid: number;
const who: Record<string, Who> = {};
const anonymous: Who = { id: '', headers: {} };

async function person(name: string, role: Role, grants: { role: 'league_admin' | 'coach'; scopeId: () => number }[] = []) {
  const user = await makeUser(app.database.db, role);
  for (const g of grants) {
    await app.database.db.insert(roleGrants).values({
      userId: user.id,
      role: g.role,
      scopeKind: g.role === 'league_admin' ? 'league' : 'team',
      scopeId: g.scopeId(),
    });
  }
  who[name] = { id: user.id, headers: { cookie: await sessionCookie(user.id, role) } };
}

beforeAll(async () => {
  app = await startTestApp();
  const db = app.database.db;
  const stamp = Date.now();
  const [mine, other] = await db
    .insert(leagues)
    .values([
      { slug: `people-${stamp}`, name: 'People League', sport: 'basketball', level: 'youth', visibility: 'public' },
      { slug: `others-${stamp}`, name: 'Other League', sport: 'basketball', level: 'youth', visibility: 'public' },
    ])
    .returning();
  if (!mine || !other) throw new Error('leagues not created');
  league = { id: mine.id, slug: mine.slug };
  const teams = await db
    .insert(bbTeams)
    .values([
      { leagueId: mine.id, abbreviation: 'PA', name: 'People A' },
      { leagueId: mine.id, abbreviation: 'PB', name: 'People B' },
      { leagueId: other.id, abbreviation: 'OC', name: 'Other C' },
    ])
    .returning();
  [teamA, teamB, teamC] = teams.map((t) => t.id) as [number, number, number];
  const [player] = await db.insert(bbPlayers).values({ name: 'Kid Person' }).returning();
  kid = player?.id ?? 0;
  await db.insert(bbRosters).values({ teamId: teamA, playerId: kid, season: 2026 });

  await person('site admin', 'admin');
  await person('league admin', 'fan', [{ role: 'league_admin', scopeId: () => league.id }]);
  await person('other league admin', 'fan', [{ role: 'league_admin', scopeId: () => other.id }]);
  await person('coach', 'player', [{ role: 'coach', scopeId: () => teamA }]);
  await person('other coach', 'coach', [{ role: 'coach', scopeId: () => teamC }]);
  await person('player', 'player');
  await person('fan', 'fan');
  // Teams made in Statline (a creator), not imported ones: their rosters are their coaches' to write.
  await db
    .update(bbTeams)
    .set({ createdBy: who['site admin']?.id })
    .where(inArray(bbTeams.id, [teamA, teamB, teamC]));
  const coachId = who.coach?.id ?? '';
  who['coach write key'] = {
    id: coachId,
    headers: { authorization: `Bearer ${(await createApiKey(db, coachId, 'w', 'write')).key}` },
  };
  who['coach read key'] = {
    id: coachId,
    headers: { authorization: `Bearer ${(await createApiKey(db, coachId, 'r', 'read')).key}` },
  };
});
afterAll(async () => {
  await app?.close();
});

const as = (name: string): Who => (name === 'anonymous' ? anonymous : (who[name] as Who));

function send(endpoint: string, caller: Who, opts: { params?: Record<string, string>; body?: unknown; query?: string } = {}) {
  const [method, template] = endpoint.split(' ') as [string, string];
  const handler = routeHandlers[endpoint];
  if (!handler) throw new Error(`no handler for ${endpoint}`);
  let path = template;
  for (const [k, v] of Object.entries(opts.params ?? {})) path = path.replace(`{${k}}`, v);
  return call(handler, {
    method,
    path: opts.query ? `${path}?${opts.query}` : path,
    headers: caller.headers,
    body: opts.body,
    params: opts.params,
  });
}

const give = async (caller: Who, role: string, scopeId: number, to?: string) =>
  send('POST /api/v1/accounts/{id}/grants', caller, {
    params: { id: to ?? (await makeUser(app.database.db, 'fan')).id },
    body: { role, scope_id: scopeId },
  });

describe('POST /api/v1/accounts/{id}/grants', () => {
  it.each([
    ['site admin', 201],
    ['league admin', 201],
    ['coach', 201],
    ['coach write key', 201],
    ['coach read key', 403],
    ['other coach', 403],
    ['other league admin', 403],
    ['player', 403],
    ['fan', 403],
    ['anonymous', 401],
  ])('a scorekeeper of team A: %s → %i', async (name, status) => {
    const res = await give(as(name), 'scorekeeper', teamA);
    expect(res.status, await res.clone().text()).toBe(status);
    if (status === 201) {
      const { data } = (await res.json()) as Json;
      expect(data).toMatchObject({ role: 'scorekeeper', status: 'active', scope: { kind: 'team', id: teamA, name: 'People A' } });
    }
  });

  it.each([
    ['coach', 'team A', 'site admin', 201],
    ['coach', 'team A', 'league admin', 201],
    ['coach', 'team A', 'coach', 403],
    ['coach', 'team A', 'other league admin', 403],
    ['league_admin', 'the league', 'league admin', 201],
    ['league_admin', 'the league', 'site admin', 201],
    ['league_admin', 'the league', 'coach', 403],
    ['parent', 'the kid', 'coach', 201],
    ['player', 'the kid', 'league admin', 201],
    ['parent', 'the kid', 'other coach', 403],
    ['scorekeeper', 'team B', 'coach', 403],
    ['scorekeeper', 'team B', 'league admin', 201],
  ] as const)('%s of %s by %s → %i', async (role, _scope, name, status) => {
    const scopeId = { coach: teamA, league_admin: league.id, parent: kid, player: kid, scorekeeper: teamB }[role];
    const res = await give(as(name), role, scopeId);
    expect(res.status, await res.clone().text()).toBe(status);
  });

  it('answers 404 for an unknown scope or account and 400 for an unknown role', async () => {
    const admin = as('site admin');
    expect((await give(admin, 'coach', 2_000_000_000)).status).toBe(404);
    expect((await give(admin, 'coach', teamA, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await give(admin, 'owner', teamA)).status).toBe(400);
    expect((await give(admin, 'coach', -1)).status).toBe(400);
  });
});

describe('GET /api/v1/accounts/{id}/grants', () => {
  it('shows an account its own roles and site admins anyone’s; nobody else', async () => {
    const coach = as('coach');
    const own = await send('GET /api/v1/accounts/{id}/grants', coach, { params: { id: coach.id } });
    expect(own.status).toBe(200);
    expect(((await own.json()) as Json).data).toEqual([
      expect.objectContaining({ role: 'coach', status: 'active', scope: { kind: 'team', id: teamA, name: 'People A' } }),
    ]);
    expect((await send('GET /api/v1/accounts/{id}/grants', as('site admin'), { params: { id: coach.id } })).status).toBe(200);
    for (const name of ['league admin', 'fan', 'other coach']) {
      expect((await send('GET /api/v1/accounts/{id}/grants', as(name), { params: { id: coach.id } })).status).toBe(403);
    }
    expect((await send('GET /api/v1/accounts/{id}/grants', anonymous, { params: { id: coach.id } })).status).toBe(401);
  });
});

describe('DELETE /api/v1/accounts/{id}/grants/{grant_id}', () => {
  it('lets whoever may give a role take it, audited; the account loses it at once', async () => {
    const keeper = await makeUser(app.database.db, 'fan');
    const given = ((await (await give(as('coach'), 'scorekeeper', teamA, keeper.id)).json()) as Json).data;
    const params = { id: keeper.id, grant_id: given.id };
    const gameOfA = { kind: 'teams' as const, teamIds: [teamA] };
    expect(await authorize(app.database.db, keeper, 'basketball-game:score', gameOfA)).toBe(true);
    for (const name of ['other coach', 'other league admin', 'player', 'fan', 'coach read key']) {
      expect((await send('DELETE /api/v1/accounts/{id}/grants/{grant_id}', as(name), { params })).status).toBe(403);
    }
    // The grant belongs to another account than the one named: not found.
    const wrong = { id: as('fan').id, grant_id: given.id };
    expect((await send('DELETE /api/v1/accounts/{id}/grants/{grant_id}', as('site admin'), { params: wrong })).status).toBe(404);
    expect((await send('DELETE /api/v1/accounts/{id}/grants/{grant_id}', as('coach'), { params })).status).toBe(204);
    expect(await authorize(app.database.db, keeper, 'basketball-game:score', gameOfA)).toBe(false);
    expect((await send('DELETE /api/v1/accounts/{id}/grants/{grant_id}', as('coach'), { params })).status).toBe(404);
    // A coach may not take away a coach (only the league's admins may).
    const coachGrant = await app.database.db
      .select()
      .from(roleGrants)
      .where(and(eq(roleGrants.userId, as('coach').id), eq(roleGrants.role, 'coach')));
    const own = { id: as('coach').id, grant_id: coachGrant[0]?.id ?? '' };
    expect((await send('DELETE /api/v1/accounts/{id}/grants/{grant_id}', as('coach'), { params: own })).status).toBe(403);

    const audit = await app.database.db.select().from(auditLog).where(eq(auditLog.targetId, given.id));
    expect(audit.map((a) => [a.action, a.actorId]).sort()).toEqual([
      ['role-grant.create', as('coach').id],
      ['role-grant.revoke', as('coach').id],
    ]);
  });
});

describe('asking to be linked, and confirming', () => {
  it('a signed-in account asks (pending, gives nothing); the team’s coach confirms; others may not', async () => {
    const parent = await makeUser(app.database.db, 'fan');
    const parentCaller = { id: parent.id, headers: { cookie: await sessionCookie(parent.id, 'fan') } };
    expect((await send('POST /api/v1/me/links', anonymous, { body: { player_id: kid, role: 'parent' } })).status).toBe(401);
    expect(
      (await send('POST /api/v1/me/links', parentCaller, { body: { player_id: 2_000_000_000, role: 'parent' } })).status,
    ).toBe(404);
    expect((await send('POST /api/v1/me/links', parentCaller, { body: { player_id: kid, role: 'coach' } })).status).toBe(400);
    const asked = await send('POST /api/v1/me/links', parentCaller, { body: { player_id: kid, role: 'parent' } });
    expect(asked.status).toBe(201);
    const link = ((await asked.json()) as Json).data;
    expect(link).toMatchObject({
      role: 'parent',
      status: 'pending',
      account: { id: parent.id },
      scope: { kind: 'player', id: kid },
    });
    expect(await mayReadTeamPrivate(app.database.db, parent, teamA)).toBe(false);
    // Asking again is the same pending link.
    const again = await send('POST /api/v1/me/links', parentCaller, { body: { player_id: kid, role: 'parent' } });
    expect(((await again.json()) as Json).data).toMatchObject({ id: link.id, status: 'pending' });

    const params = { id: link.id };
    for (const name of ['other coach', 'other league admin', 'player', 'fan', 'coach read key']) {
      expect((await send('POST /api/v1/role-grants/{id}/confirm', as(name), { params })).status, name).toBe(403);
    }
    expect((await send('POST /api/v1/role-grants/{id}/confirm', parentCaller, { params })).status).toBe(403);
    expect((await send('POST /api/v1/role-grants/{id}/confirm', anonymous, { params })).status).toBe(401);
    const confirmed = await send('POST /api/v1/role-grants/{id}/confirm', as('coach'), { params });
    expect(confirmed.status).toBe(200);
    expect(((await confirmed.json()) as Json).data).toMatchObject({ id: link.id, status: 'active' });
    expect(await mayReadTeamPrivate(app.database.db, parent, teamA)).toBe(true);
    expect((await send('POST /api/v1/role-grants/{id}/confirm', as('coach'), { params })).status).toBe(404);

    const audit = await app.database.db.select().from(auditLog).where(eq(auditLog.targetId, link.id));
    expect(audit.map((a) => [a.action, a.actorId]).sort()).toEqual([
      ['role-grant.confirm', as('coach').id],
      ['role-grant.create', parent.id],
      ['role-grant.create', parent.id],
    ]);
  });

  it('lets the league’s admins and site admins confirm, and the coach decline (revoke) a pending link', async () => {
    const ask = async () => {
      const u = await makeUser(app.database.db, 'player');
      const res = await send(
        'POST /api/v1/me/links',
        { id: u.id, headers: { cookie: await sessionCookie(u.id, 'player') } },
        {
          body: { player_id: kid, role: 'player' },
        },
      );
      return { userId: u.id, id: ((await res.json()) as Json).data.id as string };
    };
    for (const name of ['league admin', 'site admin', 'coach write key']) {
      const { id } = await ask();
      expect((await send('POST /api/v1/role-grants/{id}/confirm', as(name), { params: { id } })).status, name).toBe(200);
    }
    const declined = await ask();
    const params = { id: declined.userId, grant_id: declined.id };
    expect((await send('DELETE /api/v1/accounts/{id}/grants/{grant_id}', as('coach'), { params })).status).toBe(204);
    const left = await app.database.db.select().from(roleGrants).where(eq(roleGrants.id, declined.id));
    expect(left).toEqual([]);
  });
});

describe('GET /api/v1/leagues/{id}/members', () => {
  it('lists everyone holding a role in the league, its teams and their players, page by page', async () => {
    const all: Json[] = [];
    let cursor: string | null = null;
    do {
      const res = await send('GET /api/v1/leagues/{id}/members', as('league admin'), {
        params: { id: league.slug },
        query: `per_page=3${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(res.status, await res.clone().text()).toBe(200);
      const body = (await res.json()) as Json;
      expect(body.data.length).toBeLessThanOrEqual(3);
      all.push(...body.data);
      cursor = body.meta.next_cursor;
    } while (cursor);
    const ids = all.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(all.length).toBeGreaterThan(3);
    // Only this league's scopes: never the other league's admin or the other team's coach.
    const holders = new Set(all.map((m) => m.account.id));
    expect(holders.has(as('league admin').id)).toBe(true);
    expect(holders.has(as('coach').id)).toBe(true);
    expect(holders.has(as('other league admin').id)).toBe(false);
    expect(holders.has(as('other coach').id)).toBe(false);
    for (const m of all) {
      const inScope =
        (m.scope.kind === 'league' && m.scope.id === league.id) ||
        (m.scope.kind === 'team' && [teamA, teamB].includes(m.scope.id)) ||
        (m.scope.kind === 'player' && m.scope.id === kid);
      expect(inScope, JSON.stringify(m)).toBe(true);
    }
    const emails = all.map((m) => m.account.email);
    expect(emails).toEqual([...emails].sort());
  });

  it.each([
    ['site admin', 200],
    ['league admin', 200],
    ['other league admin', 403],
    ['coach', 403],
    ['player', 403],
    ['fan', 403],
    ['coach read key', 403],
    ['anonymous', 401],
  ])('%s → %i', async (name, status) => {
    const res = await send('GET /api/v1/leagues/{id}/members', as(name), { params: { id: String(league.id) } });
    expect(res.status).toBe(status);
  });
});

describe('grants where pages and the API ask whether an account may act at all', () => {
  it('lets a player who coaches team A by a grant add to its roster (not team B’s); a fan without a grant nothing', async () => {
    const db = app.database.db;
    const coach = { id: as('coach').id, role: 'player' as const };
    expect(await mayDo(db, coach, 'basketball-game:score')).toBe(true);
    expect(await mayDo(db, coach, 'basketball-roster:manage')).toBe(true);
    expect(await mayDo(db, { id: as('fan').id, role: 'fan' }, 'basketball-game:score')).toBe(false);
    expect(await mayDo(db, { id: as('player').id, role: 'player' }, 'basketball-game:score')).toBe(false);
    const keeper = await makeUser(db, 'fan');
    await give(as('site admin'), 'scorekeeper', teamB, keeper.id);
    expect(await mayDo(db, keeper, 'basketball-game:score')).toBe(true);
    expect(await mayDo(db, keeper, 'basketball-roster:manage')).toBe(false);

    const add = (caller: Who, teamId: number) =>
      send('POST /api/v1/basketball/players', caller, { body: { first_name: 'New', last_name: 'Kid', team_id: teamId } });
    expect((await add(as('coach'), teamA)).status).toBe(201);
    expect((await add(as('coach'), teamB)).status).toBe(403);
    expect((await add(as('league admin'), teamB)).status).toBe(201);
    expect((await add(as('fan'), teamA)).status).toBe(403);
  });
});

describe('what the pages read', () => {
  it('lists a team’s pending links, who may ask a link, the grant form’s scopes and accounts’ roles', async () => {
    const db = app.database.db;
    const asker = await makeUser(db, 'fan');
    const caller = { id: asker.id, headers: { cookie: await sessionCookie(asker.id, 'fan') } };
    const link = (
      (await (await send('POST /api/v1/me/links', caller, { body: { player_id: kid, role: 'parent' } })).json()) as Json
    ).data;
    expect((await pendingLinksOfTeam(db, teamA)).map((l) => l.id)).toContain(link.id);
    expect((await pendingLinksOfTeam(db, teamB)).map((l) => l.id)).not.toContain(link.id);
    expect(await mayAskLinkTo(db, kid)).toBe(true);
    const [loner] = await db.insert(bbPlayers).values({ name: 'On No Team' }).returning();
    expect(await mayAskLinkTo(db, loner?.id ?? 0)).toBe(false);

    const options = await scopeOptions(db);
    expect(options.league.map((o) => o.id)).toContain(league.id);
    expect(options.team).toContainEqual({ id: teamA, label: 'People A (People League)' });
    expect(options.player).toContainEqual({ id: kid, label: 'Kid Person (People A)' });

    const byAccount = await grantsOfAccounts(db, [as('coach').id, asker.id]);
    expect(byAccount.get(as('coach').id)?.map((g) => g.role)).toEqual(['coach']);
    expect(byAccount.get(asker.id)?.map((g) => [g.role, g.status])).toEqual([['parent', 'pending']]);
  });
});
