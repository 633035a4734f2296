// Search as people type: without accents, in any case, by team abbreviation or city.
import { createReadStream } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbPlayers, bbRosters, bbTeams } from '../../drizzle/schema';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { searchBasketball } from '../../lib/basketball/search';
import { startTestApp, type TestApp } from '../support/app';
import { teamLog2019 } from '../support/basketball-csv';
import { basketballRoutes } from '../support/basketball-routes';
import { call } from '../support/callers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await importBasketball(app.database, { source: 'log-2019.csv', input: createReadStream(teamLog2019) });
  const players = await app.database.db
    .insert(bbPlayers)
    .values(
      ['Alperen Şengün', 'Luka Dončić', 'Kristaps Porziņģis', 'P.J. Tucker', 'Shai Gilgeous-Alexander'].map((name) => ({ name })),
    )
    .returning();
  const [team] = await app.database.db
    .insert(bbTeams)
    .values({
      leagueId: await importLeagueId(app.database.db),
      name: 'Riverside Rockets',
      abbreviation: 'RVR',
      city: 'Riverside',
    })
    .returning();
  // On an NBA roster: the public API lists the players of a league (the NBA by default).
  await app.database.db.insert(bbRosters).values(players.map((p) => ({ playerId: p.id, teamId: team?.id ?? 0, season: 2024 })));
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('search', () => {
  it('finds players whatever the accents, case and punctuation typed', async () => {
    expect(names((await searchBasketball('sengun')).players)).toEqual(['Alperen Şengün']);
    expect(names((await searchBasketball('DONCIC')).players)).toEqual(['Luka Dončić']);
    expect(names((await searchBasketball('porzingis')).players)).toEqual(['Kristaps Porziņģis']);
    expect(names((await searchBasketball('pj tucker')).players)).toEqual(['P.J. Tucker']);
    expect(names((await searchBasketball('gilgeous alexander')).players)).toEqual(['Shai Gilgeous-Alexander']);
    // Typing the accent still works.
    expect(names((await searchBasketball('Şengün')).players)).toEqual(['Alperen Şengün']);
  });

  it('the public API search folds the same way', async () => {
    const res = await call(basketballRoutes['/api/v1/basketball/players'], { path: '/api/v1/basketball/players?search=doncic' });
    expect(names(((await res.json()) as { data: { name: string }[] }).data)).toEqual(['Luka Dončić']);
  });

  it('finds teams by abbreviation and by city', async () => {
    expect(names((await searchBasketball('mil')).teams)).toEqual(['Milwaukee Bucks']);
    expect(names((await searchBasketball('Los Angeles')).teams)).toEqual(['LA Clippers', 'Los Angeles Lakers']);
    expect(names((await searchBasketball('golden state')).teams)).toEqual(['Golden State Warriors']);
    expect(names((await searchBasketball('riverside')).teams)).toEqual(['Riverside Rockets']);
    expect(names((await searchBasketball('rvr')).teams)).toEqual(['Riverside Rockets']);
  });
});
