// Abbreviations became unique per league for created teams: a deployment that already holds two
// "LIN" in one league migrates without loss; the oldest keeps its abbreviation, later ones get the
// first free variant, other leagues and imported teams are untouched.
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../lib/db/migrate';
import { migrationsBefore, removeMigrationCopies } from '../support/migrations-before';

afterAll(removeMigrationCopies);

describe('the team abbreviation migration', () => {
  it('renames later duplicates within a league to free variants and then refuses new ones', async () => {
    const pg = new PGlite();
    const db = drizzle(pg);
    await migrate(db, { migrationsFolder: migrationsBefore('0031_team_abbreviation_per_league') });
    const coach = '00000000-0000-4000-8000-00000000000c';
    await pg.exec(`
      insert into users (id, email, name, role) values ('${coach}', 'c@example.com', 'Coach', 'coach');
      insert into leagues (id, sport, name, slug, level) values
        (101, 'basketball', 'Youth A', 'youth-a', 'youth'), (102, 'basketball', 'Youth B', 'youth-b', 'youth');
      insert into bb_teams (id, league_id, source_id, abbreviation, name) values (1, 101, 'imp-1', 'LIN', 'Imported Lions');
      insert into bb_teams (id, league_id, abbreviation, name, created_by) values
        (2, 101, 'LIN', 'Lincoln Lions', '${coach}'),
        (3, 101, 'lin', 'Linden Lynx', '${coach}'),
        (4, 101, 'LIN2', 'Lincoln Two', '${coach}'),
        (5, 101, 'LIN', 'Linwood', '${coach}'),
        (6, 102, 'LIN', 'Lincoln B', '${coach}'),
        (7, 101, 'ABCDE', 'Five', '${coach}'),
        (8, 101, 'abcde', 'Five Again', '${coach}');
    `);
    await migrate(db, { migrationsFolder });
    const rows = (await pg.query<{ id: number; abbreviation: string }>('select id, abbreviation from bb_teams order by id')).rows;
    expect(rows).toEqual([
      { id: 1, abbreviation: 'LIN' },
      { id: 2, abbreviation: 'LIN' },
      { id: 3, abbreviation: 'LIN3' },
      { id: 4, abbreviation: 'LIN2' },
      { id: 5, abbreviation: 'LIN4' },
      { id: 6, abbreviation: 'LIN' },
      { id: 7, abbreviation: 'ABCDE' },
      { id: 8, abbreviation: 'ABCD2' },
    ]);
    await expect(
      pg.exec(
        `insert into bb_teams (id, league_id, abbreviation, name, created_by) values (9, 102, 'lin', 'Another', '${coach}')`,
      ),
    ).rejects.toThrow(/bb_teams_created_abbr_uq/);
    await pg.close();
  }, 120_000);
});
