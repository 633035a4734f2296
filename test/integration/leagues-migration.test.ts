// The leagues migration moves a deployment's data in without loss: a database migrated to the
// migration before it, holding imported NBA teams and games and two coaches' own teams and games,
// is migrated on; every row is still there, each in the league it belongs to.
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../lib/db/migrate';
import { migrationsBefore, removeMigrationCopies } from '../support/migrations-before';

const LEAGUES_MIGRATION = '0023_leagues';
afterAll(removeMigrationCopies);

describe('the leagues migration', () => {
  it("puts imported data in the NBA league and each coach's teams and games in their own pickup league", async () => {
    const pg = new PGlite();
    const db = drizzle(pg);
    await migrate(db, { migrationsFolder: migrationsBefore(LEAGUES_MIGRATION) });
    const coachA = '00000000-0000-4000-8000-00000000000a';
    const coachB = '00000000-0000-4000-8000-00000000000b';
    await pg.exec(`
      insert into users (id, email, name, role) values
        ('${coachA}', 'a@example.com', 'Coach A', 'coach'), ('${coachB}', 'b@example.com', 'Coach B', 'coach');
      insert into bb_teams (id, source_id, abbreviation, name) values (1, '1610612738', 'BOS', 'Boston Celtics'), (2, '1610612752', 'NYK', 'New York Knicks');
      insert into bb_teams (id, abbreviation, name, created_by) values
        (3, 'HWK', 'Hawks', '${coachA}'), (4, 'OWL', 'Owls', '${coachA}'), (5, 'FOX', 'Foxes', '${coachB}');
      insert into team_staff (user_id, team_id) values ('${coachA}', 3), ('${coachA}', 4), ('${coachB}', 5);
      insert into bb_games (id, source_id, season, date, home_team_id, away_team_id, home_score, away_score, winner_team_id, status) values
        (10, '0022400001', 2024, '2025-01-03', 1, 2, 112, 104, 1, 'final');
      insert into bb_games (id, season, date, home_team_id, away_team_id, status, created_by) values
        (11, 2025, '2025-11-01', 3, 4, 'final', '${coachA}'),
        (12, 2025, '2025-11-02', 3, 5, 'scheduled', '${coachA}'),
        (13, 2025, '2025-11-03', 5, 3, 'live', '${coachB}');
    `);
    await migrate(db, { migrationsFolder });

    const leagues = (
      await pg.query<{ id: number; slug: string; level: string; pickup_owner_id: string | null }>(
        'select id, slug, level, pickup_owner_id from leagues order by id',
      )
    ).rows;
    const nba = leagues.find((l) => l.slug === 'nba');
    const pickupOf = (owner: string) => leagues.find((l) => l.pickup_owner_id === owner)?.id;
    expect(nba?.level).toBe('pro');
    // NBA and the two pickup leagues; a later migration adds the NFL league for imported football.
    expect(leagues.filter((l) => l.slug !== 'nfl')).toHaveLength(3);
    const teams = (await pg.query<{ id: number; league_id: number }>('select id, league_id from bb_teams order by id')).rows;
    expect(teams).toEqual([
      { id: 1, league_id: nba?.id },
      { id: 2, league_id: nba?.id },
      { id: 3, league_id: pickupOf(coachA) },
      { id: 4, league_id: pickupOf(coachA) },
      { id: 5, league_id: pickupOf(coachB) },
    ]);
    const games = (
      await pg.query<{ id: number; league_id: number; status: string; home_score: number | null }>(
        'select id, league_id, status, home_score from bb_games order by id',
      )
    ).rows;
    // Nothing lost or changed; each game in its home team's league.
    expect(games).toEqual([
      { id: 10, league_id: nba?.id, status: 'final', home_score: 112 },
      { id: 11, league_id: pickupOf(coachA), status: 'final', home_score: null },
      { id: 12, league_id: pickupOf(coachA), status: 'scheduled', home_score: null },
      { id: 13, league_id: pickupOf(coachB), status: 'live', home_score: null },
    ]);
    // The old team_staff rows are coach grants of their teams now, and the table is gone.
    const grants = (
      await pg.query<{ user_id: string; scope_id: number }>(
        `select user_id, scope_id from role_grants where role = 'coach' and scope_kind = 'team' and status = 'active' order by scope_id`,
      )
    ).rows;
    expect(grants).toEqual([
      { user_id: coachA, scope_id: 3 },
      { user_id: coachA, scope_id: 4 },
      { user_id: coachB, scope_id: 5 },
    ]);
    await expect(pg.query('select 1 from team_staff')).rejects.toThrow(/team_staff/);
    // And new rows must name a league.
    await expect(pg.exec(`insert into bb_teams (abbreviation, name) values ('NEW', 'No League')`)).rejects.toThrow(/league_id/);
    await pg.close();
  }, 120_000);
});
