// Ownership rules that need data: a coach scores only their teams' games; a player edits only
// their own rounds; admins anything.

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, bbPlayers, bbRosters, bbTeams, leagues, roleGrants } from '../../drizzle/schema';
import { mayReadTeamPrivate, scopesOf } from '../../lib/auth/grants';
import { confirmGrant, grantRole, revokeGrant } from '../../lib/auth/grants-write';
import { authorize, managesAnyTeam } from '../../lib/auth/permissions';
import { importLeagueId } from '../../lib/basketball/import/write';
import { startTestApp, type TestApp } from '../support/app';
import { makeUser } from '../support/callers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('authorize with ownership', () => {
  it('lets a coach score only games of a team they manage', async () => {
    const db = app.database.db;
    const leagueId = await importLeagueId(db);
    const [mine, theirs, other] = await db
      .insert(bbTeams)
      .values([
        { leagueId, abbreviation: 'AAA', name: 'Mine' },
        { leagueId, abbreviation: 'BBB', name: 'Theirs' },
        { leagueId, abbreviation: 'CCC', name: 'Other' },
      ])
      .returning();
    if (!mine || !theirs || !other) throw new Error('teams not created');
    const coach = await makeUser(db, 'coach');
    const otherCoach = await makeUser(db, 'coach');
    await db.insert(roleGrants).values({ userId: coach.id, role: 'coach', scopeKind: 'team', scopeId: mine.id });

    const game = (a: number, b: number) => ({ kind: 'teams' as const, teamIds: [a, b] });
    expect(await authorize(db, coach, 'basketball-game:score', game(mine.id, theirs.id))).toBe(true);
    expect(await authorize(db, coach, 'basketball-game:score', game(theirs.id, mine.id))).toBe(true);
    expect(await authorize(db, coach, 'basketball-game:score', game(theirs.id, other.id))).toBe(false);
    expect(await authorize(db, otherCoach, 'basketball-game:score', game(mine.id, theirs.id))).toBe(false);

    const admin = await makeUser(db, 'admin');
    const fan = await makeUser(db, 'fan');
    expect(await authorize(db, admin, 'basketball-game:score', game(theirs.id, other.id))).toBe(true);
    expect(await authorize(db, fan, 'basketball-game:score', game(mine.id, theirs.id))).toBe(false);

    // A team grant reaches games of the coach's teams, not other kinds of target.
    expect(await authorize(db, coach, 'basketball-game:score', { kind: 'owner', ownerId: coach.id })).toBe(false);
    expect(await managesAnyTeam(db, coach.id, [other.id, theirs.id, mine.id])).toBe(true);
    expect(await managesAnyTeam(db, coach.id, [])).toBe(false);
  });

  it('gives scoped grants their rights: league admin over its league, scorekeeper only scoring, player/parent read only', async () => {
    const db = app.database.db;
    const [league, otherLeague] = await db
      .insert(leagues)
      .values([
        { slug: `l-${Date.now()}`, name: 'Scoped', sport: 'basketball', level: 'youth', visibility: 'members' },
        { slug: `o-${Date.now()}`, name: 'Other', sport: 'basketball', level: 'youth', visibility: 'members' },
      ])
      .returning();
    if (!league || !otherLeague) throw new Error('leagues not created');
    const [a, b, c] = await db
      .insert(bbTeams)
      .values([
        { leagueId: league.id, abbreviation: 'SA', name: 'A' },
        { leagueId: league.id, abbreviation: 'SB', name: 'B' },
        { leagueId: otherLeague.id, abbreviation: 'SC', name: 'C' },
      ])
      .returning();
    if (!a || !b || !c) throw new Error('teams not created');
    const [admin, keeper, linked, fan] = [
      await makeUser(db, 'fan'),
      await makeUser(db, 'fan'),
      await makeUser(db, 'player'),
      await makeUser(db, 'fan'),
    ];
    const [player] = await db.insert(bbPlayers).values({ name: 'Kid One', firstName: 'Kid', lastName: 'One' }).returning();
    if (!player) throw new Error('player not created');
    await db.insert(bbRosters).values({ teamId: a.id, playerId: player.id, season: 2026 });
    await db.insert(roleGrants).values([
      { userId: admin.id, role: 'league_admin', scopeKind: 'league', scopeId: league.id },
      { userId: keeper.id, role: 'scorekeeper', scopeKind: 'team', scopeId: a.id },
      { userId: linked.id, role: 'parent', scopeKind: 'player', scopeId: player.id },
    ]);
    const game = (x: number, y: number) => ({ kind: 'teams' as const, teamIds: [x, y] });
    // The league admin (a fan by base role) runs every team of the league, not the other league's.
    expect(await authorize(db, admin, 'basketball-roster:manage', game(a.id, a.id))).toBe(true);
    expect(await authorize(db, admin, 'basketball-game:score', game(a.id, b.id))).toBe(true);
    expect(await authorize(db, admin, 'basketball-game:score', game(c.id, c.id))).toBe(false);
    expect(await authorize(db, admin, 'league:manage', { kind: 'league', leagueId: league.id })).toBe(true);
    expect(await authorize(db, admin, 'league:manage', { kind: 'league', leagueId: otherLeague.id })).toBe(false);
    // The scorekeeper scores their team's games, nothing else.
    expect(await authorize(db, keeper, 'basketball-game:score', game(a.id, c.id))).toBe(true);
    expect(await authorize(db, keeper, 'basketball-game:score', game(b.id, c.id))).toBe(false);
    expect(await authorize(db, keeper, 'basketball-roster:manage', game(a.id, a.id))).toBe(false);
    expect(await authorize(db, keeper, 'basketball-game:create', game(a.id, b.id))).toBe(false);
    // A parent link writes nothing but reads the team's private data.
    expect(await authorize(db, linked, 'basketball-game:score', game(a.id, b.id))).toBe(false);
    expect(await mayReadTeamPrivate(db, linked, a.id)).toBe(true);
    expect(await mayReadTeamPrivate(db, linked, b.id)).toBe(false);
    expect(await mayReadTeamPrivate(db, keeper, a.id)).toBe(true);
    expect(await mayReadTeamPrivate(db, admin, b.id)).toBe(true);
    expect(await mayReadTeamPrivate(db, admin, c.id)).toBe(false);
    expect(await mayReadTeamPrivate(db, fan, a.id)).toBe(false);
    expect(await mayReadTeamPrivate(db, null, a.id)).toBe(false);
    expect((await scopesOf(db, keeper.id)).map((g) => `${g.role}:${g.kind}:${g.id}`)).toEqual([`scorekeeper:team:${a.id}`]);
    // A pending link counts for nothing until the coach confirms it.
    await db.update(roleGrants).set({ status: 'pending' }).where(eq(roleGrants.userId, linked.id));
    expect(await mayReadTeamPrivate(db, linked, a.id)).toBe(false);
  });

  it('grants, confirms and revokes scoped roles, each audited; a revoked coach loses the team at once', async () => {
    const db = app.database.db;
    const leagueId = await importLeagueId(db);
    const [team] = await db.insert(bbTeams).values({ leagueId, abbreviation: 'GRT', name: 'Granted' }).returning();
    if (!team) throw new Error('team not created');
    const admin = await makeUser(db, 'admin');
    const coach = await makeUser(db, 'fan');
    const actor = { userId: admin.id };
    const game = { kind: 'teams' as const, teamIds: [team.id] };
    expect(await authorize(db, coach, 'basketball-roster:manage', game)).toBe(false);
    const grant = await grantRole(db, actor, { userId: coach.id, role: 'coach', scopeId: team.id });
    expect(grant).toMatchObject({ scopeKind: 'team', status: 'active' });
    expect(await authorize(db, coach, 'basketball-roster:manage', game)).toBe(true);
    // Granting again is the same grant.
    expect((await grantRole(db, actor, { userId: coach.id, role: 'coach', scopeId: team.id })).id).toBe(grant.id);
    await expect(grantRole(db, actor, { userId: coach.id, role: 'coach', scopeId: 2_000_000_000 })).rejects.toThrow(/No team/);

    const [kid] = await db.insert(bbPlayers).values({ name: 'Kid Two' }).returning();
    if (!kid) throw new Error('player not created');
    await db.insert(bbRosters).values({ teamId: team.id, playerId: kid.id, season: 2026 });
    const parent = await makeUser(db, 'fan');
    const asked = await grantRole(
      db,
      { userId: parent.id },
      { userId: parent.id, role: 'parent', scopeId: kid.id, status: 'pending' },
    );
    expect(asked.status).toBe('pending');
    expect(await mayReadTeamPrivate(db, parent, team.id)).toBe(false);
    expect((await confirmGrant(db, { userId: coach.id }, asked.id)).status).toBe('active');
    expect(await mayReadTeamPrivate(db, parent, team.id)).toBe(true);
    await expect(confirmGrant(db, { userId: coach.id }, asked.id)).rejects.toThrow(/No pending grant/);

    await expect(revokeGrant(db, actor, parent.id, grant.id)).rejects.toThrow(/No grant/);
    await revokeGrant(db, actor, coach.id, grant.id);
    expect(await authorize(db, coach, 'basketball-roster:manage', game)).toBe(false);
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, grant.id));
    expect(audit.map((r) => r.action).sort()).toEqual(['role-grant.create', 'role-grant.create', 'role-grant.revoke']);
    const confirmed = await db.select().from(auditLog).where(eq(auditLog.targetId, asked.id));
    expect(confirmed.map((r) => r.action).sort()).toEqual(['role-grant.confirm', 'role-grant.create']);
  });

  it('lets a player edit only their own rounds', async () => {
    const db = app.database.db;
    const player = await makeUser(db, 'player');
    const someoneElse = await makeUser(db, 'player');
    expect(await authorize(db, player, 'golf-round:edit', { kind: 'owner', ownerId: player.id })).toBe(true);
    expect(await authorize(db, player, 'golf-round:edit', { kind: 'owner', ownerId: someoneElse.id })).toBe(false);
    expect(await authorize(db, await makeUser(db, 'fan'), 'golf-round:edit', { kind: 'owner', ownerId: player.id })).toBe(false);
  });
});
