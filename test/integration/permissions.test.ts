// Ownership rules that need data: a coach scores only their teams' games; a player edits only
// their own rounds; admins anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbTeams, teamStaff } from '../../drizzle/schema';
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
    await db.insert(teamStaff).values({ userId: coach.id, teamId: mine.id });

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

  it('lets a player edit only their own rounds', async () => {
    const db = app.database.db;
    const player = await makeUser(db, 'player');
    const someoneElse = await makeUser(db, 'player');
    expect(await authorize(db, player, 'golf-round:edit', { kind: 'owner', ownerId: player.id })).toBe(true);
    expect(await authorize(db, player, 'golf-round:edit', { kind: 'owner', ownerId: someoneElse.id })).toBe(false);
    expect(await authorize(db, await makeUser(db, 'fan'), 'golf-round:edit', { kind: 'owner', ownerId: player.id })).toBe(false);
  });
});
