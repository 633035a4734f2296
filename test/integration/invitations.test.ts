// Invitations end to end: a real SMTP server receives the mail, the test follows its link and
// accepts; the grant is active at once and the account can do what the role allows (a parent reads
// a minor's name in a youth league; a scorekeeper scores). Links work once, for 7 days, until
// revoked; of 20 accepts racing with one token exactly one wins; a coach invites only to their team.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as PLAYER } from '../../app/api/v1/basketball/players/[id]/route';
import { DELETE as REVOKE } from '../../app/api/v1/invitations/[id]/route';
import { POST as ACCEPT } from '../../app/api/v1/invitations/accept/route';
import { POST as INVITE, GET as LIST } from '../../app/api/v1/invitations/route';
import { auditLog, invitations, roleGrants } from '../../drizzle/schema';
import { createLeague } from '../../lib/leagues/write';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeUser, sessionCookie } from '../support/callers';
import { body, type LiveFixture, makeLiveGame, makeTeam } from '../support/live-game';
import { liveRoutes } from '../support/live-routes';
import { type SmtpInbox, startSmtpInbox } from '../support/smtp-inbox';

let app: TestApp;
let inbox: SmtpInbox;
const SITE = 'http://statline.example';
let coach: Caller;
let otherCoach: Caller;
let league: { id: number };
let team: { teamId: number; players: number[] };
let game: LiveFixture;

async function session(role: 'admin' | 'coach' | 'player' | 'fan', name: string): Promise<Caller & { email: string }> {
  const user = await makeUser(app.database.db, role);
  return { name, userId: user.id, email: user.email, headers: { cookie: await sessionCookie(user.id, role) } };
}

beforeAll(async () => {
  inbox = await startSmtpInbox();
  app = await startTestApp({ SMTP_URL: inbox.url, NEXTAUTH_URL: SITE });
  coach = await session('coach', 'coach');
  otherCoach = await session('coach', 'other coach');
  league = await createLeague(
    app.database.db,
    { userId: coach.userId ?? '' },
    { name: 'Invite Valley U12', sport: 'basketball', level: 'youth', season_format: 'split', visibility: 'public' },
  );
  team = await makeTeam(app.database.db, coach.userId ?? '', 5, league.id);
  game = await makeLiveGame(app.database.db, {
    homeCoachId: coach.userId ?? '',
    visitorCoachId: otherCoach.userId ?? '',
    leagueId: league.id,
  });
});
afterAll(async () => {
  await app?.close();
  await inbox?.close();
});

const invite = (by: Caller, input: { email: string; role: string; scope_id: number }) =>
  call(INVITE, { method: 'POST', path: '/api/v1/invitations', headers: by.headers, body: input });
const accept = (by: Caller, token: string) =>
  call(ACCEPT, { method: 'POST', path: '/api/v1/invitations/accept', headers: by.headers, body: { token } });

/** The token in the invitation link of the next mail to `email`. */
async function mailedToken(email: string): Promise<string> {
  const mail = await inbox.next(email);
  const link = mail.text.match(/https?:\/\/\S+\/invitations\/([A-Za-z0-9_-]+)/);
  expect(link?.[0].startsWith(`${SITE}/invitations/`), mail.text).toBe(true);
  return link?.[1] ?? '';
}

describe('invitations by mail', () => {
  it("a coach invites a parent: the mail's link, accepted, makes an active grant that shows the minor's name", async () => {
    const parent = await session('player', 'parent');
    const minor = team.players[0] as number;
    const readName = async () => {
      const res = await call(PLAYER, {
        path: `/api/v1/basketball/players/${minor}`,
        headers: parent.headers,
        params: { id: String(minor) },
      });
      expect(res.status).toBe(200);
      return JSON.stringify(await res.json());
    };
    expect(await readName()).not.toContain('P1'); // before: the minor's initials only
    const res = await invite(coach, { email: parent.email.toUpperCase(), role: 'parent', scope_id: minor });
    expect(res.status, await res.clone().text()).toBe(201);
    const created = (await res.json()).data;
    expect(created).toMatchObject({
      role: 'parent',
      scope_kind: 'player',
      scope_id: minor,
      status: 'pending',
      email: parent.email,
    });
    expect(created.url).toBeUndefined(); // mailed: the answer does not carry the link
    const token = await mailedToken(parent.email);
    const [row] = await app.database.db.select().from(invitations).where(eq(invitations.id, created.id));
    expect(JSON.stringify(row)).not.toContain(token); // only a hash is stored
    expect(row?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.9 * 24 * 3600 * 1000);

    const accepted = await accept(parent, token);
    expect(accepted.status, await accepted.clone().text()).toBe(200);
    expect((await accepted.json()).data).toMatchObject({ status: 'accepted', accepted_by: parent.userId });
    const grants = await app.database.db
      .select()
      .from(roleGrants)
      .where(eq(roleGrants.userId, parent.userId ?? ''));
    expect(grants).toMatchObject([{ role: 'parent', scopeKind: 'player', scopeId: minor, status: 'active' }]);
    const full = await readName();
    expect(full).toContain('P1');
    const actions = (await app.database.db.select().from(auditLog).where(eq(auditLog.targetId, created.id))).map((a) => a.action);
    expect(actions.sort()).toEqual(['invitation.accept', 'invitation.create']);
  });

  it('a scorekeeper invited to a team can score its game once accepted', async () => {
    const keeper = await session('coach', 'scorekeeper');
    const score = () =>
      call(liveRoutes['POST /api/v1/basketball/games/{id}/events'] as never, {
        method: 'POST',
        path: `/api/v1/basketball/games/${game.gameId}/events`,
        headers: keeper.headers,
        params: { id: String(game.gameId) },
        body: body('starters', { team_id: game.home.teamId, player_ids: game.home.players.slice(0, 5) }),
      });
    expect((await score()).status).toBe(403);
    expect((await invite(coach, { email: keeper.email, role: 'scorekeeper', scope_id: game.home.teamId })).status).toBe(201);
    expect((await accept(keeper, await mailedToken(keeper.email))).status).toBe(200);
    expect((await score()).status).toBeLessThan(300);
  });

  it('refuses a reused, an expired, a revoked and a made-up link with a 4xx that says which', async () => {
    const who = await session('fan', 'invitee');
    const twice = await session('fan', 'second taker');
    await invite(coach, { email: who.email, role: 'scorekeeper', scope_id: team.teamId });
    const token = await mailedToken(who.email);
    expect((await accept(who, token)).status).toBe(200);
    const reused = await accept(twice, token);
    expect(reused.status).toBe(409);
    expect((await reused.json()).error.details).toEqual({ status: 'accepted' });

    const late = await (await invite(coach, { email: who.email, role: 'parent', scope_id: team.players[1] as number })).json();
    const lateToken = await mailedToken(who.email);
    await app.database.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, late.data.id));
    const expired = await accept(who, lateToken);
    expect(expired.status).toBe(409);
    expect((await expired.json()).error.details).toEqual({ status: 'expired' });

    const taken = await (await invite(coach, { email: who.email, role: 'parent', scope_id: team.players[2] as number })).json();
    const takenToken = await mailedToken(who.email);
    const revoke = await call(REVOKE, {
      method: 'DELETE',
      path: `/api/v1/invitations/${taken.data.id}`,
      headers: coach.headers,
      params: { id: taken.data.id },
    });
    expect(revoke.status).toBe(200);
    expect((await revoke.json()).data.status).toBe('revoked');
    const revoked = await accept(who, takenToken);
    expect(revoked.status).toBe(409);
    expect((await revoked.json()).error.details).toEqual({ status: 'revoked' });

    expect((await accept(who, 'A'.repeat(43))).status).toBe(404);
    const grants = await app.database.db
      .select()
      .from(roleGrants)
      .where(eq(roleGrants.userId, twice.userId ?? ''));
    expect(grants).toEqual([]);
  });

  it('lets exactly one of 20 concurrent accepts of one token win', async () => {
    const takers = await Promise.all(Array.from({ length: 20 }, (_, i) => session('fan', `taker ${i}`)));
    const first = takers[0] as Caller & { email: string };
    await invite(coach, { email: first.email, role: 'scorekeeper', scope_id: team.teamId });
    const token = await mailedToken(first.email);
    const statuses = await Promise.all(takers.map(async (t) => (await accept(t, token)).status));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const ids = takers.map((t) => t.userId ?? '');
    const grants = (await app.database.db.select().from(roleGrants).where(eq(roleGrants.role, 'scorekeeper'))).filter((g) =>
      ids.includes(g.userId),
    );
    expect(grants).toHaveLength(1);
  });

  it('keeps a coach to their own team and the roles a coach may give; a league admin invites a coach', async () => {
    const email = 'someone@example.com';
    expect((await invite(otherCoach, { email, role: 'scorekeeper', scope_id: team.teamId })).status).toBe(403);
    expect((await invite(otherCoach, { email, role: 'parent', scope_id: team.players[0] as number })).status).toBe(403);
    const rival = await makeTeam(app.database.db, otherCoach.userId ?? '', 1);
    expect((await invite(coach, { email, role: 'scorekeeper', scope_id: rival.teamId })).status).toBe(403);
    // The coach who runs the league may appoint a coach in it; a coach of the team alone may not.
    const teamCoach = await session('coach', 'team coach only');
    await app.database.db
      .insert(roleGrants)
      .values({ userId: teamCoach.userId ?? '', role: 'coach', scopeKind: 'team', scopeId: team.teamId, status: 'active' });
    expect((await invite(teamCoach, { email, role: 'coach', scope_id: team.teamId })).status).toBe(403);
    expect((await invite(teamCoach, { email, role: 'league_admin', scope_id: league.id })).status).toBe(403);
    expect((await invite(teamCoach, { email, role: 'player', scope_id: team.players[3] as number })).status).toBe(201);
    await inbox.next(email);
    expect((await invite(coach, { email, role: 'coach', scope_id: team.teamId })).status).toBe(201);
    await inbox.next(email);
    expect((await invite(coach, { email, role: 'scorekeeper', scope_id: 999999 })).status).toBe(403);

    // The team's list: its invitations and its players' links; not for the other coach.
    const list = await call(LIST, {
      path: `/api/v1/invitations?scope_kind=team&scope_id=${team.teamId}`,
      headers: teamCoach.headers,
    });
    expect(list.status).toBe(200);
    const roles = ((await list.json()).data as { role: string }[]).map((r) => r.role);
    expect(roles).toEqual(expect.arrayContaining(['coach', 'player', 'parent', 'scorekeeper']));
    const refused = await call(LIST, {
      path: `/api/v1/invitations?scope_kind=team&scope_id=${team.teamId}`,
      headers: otherCoach.headers,
    });
    expect(refused.status).toBe(403);
    const mine = await call(LIST, { path: '/api/v1/invitations', headers: teamCoach.headers });
    expect(((await mine.json()).data as { role: string }[]).map((r) => r.role)).toEqual(['player']);
  });
});
