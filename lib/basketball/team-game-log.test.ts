import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairGames, seasonFromId, type TeamGameLogRow, teamGameLogRow } from './team-game-log';

const gswRaw = {
  SEASON_ID: '22018',
  TEAM_ID: '1610612744',
  TEAM_ABBREVIATION: 'GSW',
  TEAM_NAME: 'Golden State Warriors',
  GAME_ID: '0021800002',
  GAME_DATE: '2018-10-16',
  MATCHUP: 'GSW vs. OKC',
  WL: 'W',
  MIN: '240',
  PTS: '108',
  FGM: '42',
  PLUS_MINUS: '8',
};
const okcRaw = {
  ...gswRaw,
  TEAM_ID: '1610612760',
  TEAM_ABBREVIATION: 'OKC',
  TEAM_NAME: 'Oklahoma City Thunder',
  MATCHUP: 'OKC @ GSW',
  WL: 'L',
  PTS: '100',
};
const gsw = teamGameLogRow.parse(gswRaw);
const okc = teamGameLogRow.parse(okcRaw);

/** A parsed row for another game, overriding fields of the GSW row. */
const row = (over: Partial<Record<keyof TeamGameLogRow, string>>): TeamGameLogRow => teamGameLogRow.parse({ ...gswRaw, ...over });

describe('teamGameLogRow', () => {
  it('accepts a real stats.nba.com row, coercing PTS and dropping extra columns', () => {
    expect(gsw).toEqual({
      SEASON_ID: '22018',
      TEAM_ID: '1610612744',
      TEAM_ABBREVIATION: 'GSW',
      TEAM_NAME: 'Golden State Warriors',
      GAME_ID: '0021800002',
      GAME_DATE: '2018-10-16',
      MATCHUP: 'GSW vs. OKC',
      PTS: 108,
    });
    expect(okc.MATCHUP).toBe('OKC @ GSW');
    expect(teamGameLogRow.parse({ ...gswRaw, PTS: 0 }).PTS).toBe(0);
  });

  it.each([
    ['SEASON_ID', '2018'],
    ['SEASON_ID', '62018'],
    ['SEASON_ID', '2201a'],
    ['TEAM_ID', 'GSW'],
    ['TEAM_ID', ''],
    ['TEAM_ID', '-1610612744'],
    ['TEAM_ABBREVIATION', 'gsw'],
    ['TEAM_ABBREVIATION', 'G'],
    ['TEAM_ABBREVIATION', 'GSWXY'],
    ['TEAM_NAME', ''],
    ['GAME_ID', '21800002'],
    ['GAME_ID', '00218000021'],
    ['GAME_ID', '002180000a'],
    ['GAME_DATE', 'OCT 16, 2018'],
    ['GAME_DATE', '10/16/2018'],
    ['GAME_DATE', '2018-02-30'],
    ['GAME_DATE', '2018-10-16T19:30:00Z'],
    ['MATCHUP', 'GSW vs OKC'],
    ['MATCHUP', 'GSW v. OKC'],
    ['MATCHUP', 'GSW - OKC'],
    ['MATCHUP', 'gsw vs. okc'],
    ['MATCHUP', 'GSW vs. OKC '],
    ['MATCHUP', 'GSW'],
    ['PTS', '-1'],
    ['PTS', '10.5'],
    ['PTS', 'abc'],
  ])('rejects %s=%j', (field, value) => {
    const result = teamGameLogRow.safeParse({ ...gswRaw, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  it('rejects a row missing a required column', () => {
    const { GAME_ID: _omit, ...rest } = gswRaw;
    expect(teamGameLogRow.safeParse(rest).success).toBe(false);
  });
});

describe('seasonFromId', () => {
  it.each([
    ['22018', 2018, false],
    ['42018', 2018, true],
    ['12019', 2019, false],
    ['21999', 1999, false],
    ['42023', 2023, true],
  ])('%s → season %d, postseason %s', (id, season, postseason) => {
    expect(seasonFromId(id)).toEqual({ season, postseason });
  });
});

describe('pairGames', () => {
  const expectedGame = {
    sourceId: '0021800002',
    season: 2018,
    date: '2018-10-16',
    postseason: false,
    home: { sourceId: '1610612744', abbreviation: 'GSW', name: 'Golden State Warriors' },
    away: { sourceId: '1610612760', abbreviation: 'OKC', name: 'Oklahoma City Thunder' },
    homeScore: 108,
    awayScore: 100,
    homeRow: gsw,
    awayRow: okc,
  };

  it('makes the "vs." row home and the "@" row away, whatever the row order', () => {
    expect(pairGames([gsw, okc])).toEqual({ games: [expectedGame], problems: [] });
    expect(pairGames([okc, gsw])).toEqual({ games: [expectedGame], problems: [] });
  });

  it('takes season type from the season id', () => {
    const playoff = pairGames([row({ SEASON_ID: '42018' }), { ...okc, SEASON_ID: '42018' }]);
    expect(playoff.games[0]).toMatchObject({ season: 2018, postseason: true });
  });

  it('returns nothing for no rows', () => {
    expect(pairGames([])).toEqual({ games: [], problems: [] });
  });

  it('reports a game with one row and still pairs the others', () => {
    const lone = row({ GAME_ID: '0021800099', MATCHUP: 'GSW @ LAL' });
    const { games, problems } = pairGames([gsw, lone, okc]);
    expect(games).toEqual([expectedGame]);
    expect(problems).toEqual(['game 0021800099: expected one home and one away row, found 1 row(s)']);
  });

  it('reports a game with two home rows and still pairs the others', () => {
    const a = row({ GAME_ID: '0021800050', MATCHUP: 'GSW vs. LAL' });
    const b = row({ GAME_ID: '0021800050', TEAM_ID: '1610612747', TEAM_ABBREVIATION: 'LAL', MATCHUP: 'LAL vs. GSW' });
    const { games, problems } = pairGames([a, gsw, b, okc]);
    expect(games).toEqual([expectedGame]);
    expect(problems).toEqual(['game 0021800050: expected one home and one away row, found 2 row(s)']);
  });

  it('reports a game with two away rows, or with three rows', () => {
    const away2 = row({ GAME_ID: '0021800060', MATCHUP: 'GSW @ LAL' });
    const { games, problems } = pairGames([away2, { ...away2, TEAM_ABBREVIATION: 'LAL', MATCHUP: 'LAL @ GSW' }, gsw, okc, okc]);
    expect(games).toEqual([]);
    expect(problems).toEqual([
      'game 0021800060: expected one home and one away row, found 2 row(s)',
      'game 0021800002: expected one home and one away row, found 3 row(s)',
    ]);
  });

  it('returns exactly one game per GAME_ID with scores from the right rows (property)', () => {
    const abbr = fc.stringMatching(/^[A-Z]{2,4}$/);
    const teamId = fc.stringMatching(/^[1-9]\d{0,9}$/);
    // Valid games have two different teams (a team playing itself is reported as a problem).
    const game = fc
      .record({
        seasonId: fc.stringMatching(/^[1-5]\d{4}$/),
        date: fc.date({ min: new Date('1946-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        home: fc.record({ id: teamId, abbr, pts: fc.nat(300) }),
        away: fc.record({ id: teamId, abbr, pts: fc.nat(300) }),
      })
      .filter((g) => g.home.id !== g.away.id && g.home.abbr !== g.away.abbr);
    const games = fc.uniqueArray(fc.tuple(fc.stringMatching(/^\d{10}$/), game), {
      maxLength: 20,
      selector: ([id]) => id,
    });
    const input = games.chain((gs) => {
      const rows = gs.flatMap(([id, g]) => {
        const base = { SEASON_ID: g.seasonId, GAME_ID: id, GAME_DATE: g.date.toISOString().slice(0, 10) };
        return [
          {
            ...base,
            TEAM_ID: g.home.id,
            TEAM_ABBREVIATION: g.home.abbr,
            TEAM_NAME: `Home ${g.home.abbr}`,
            MATCHUP: `${g.home.abbr} vs. ${g.away.abbr}`,
            PTS: String(g.home.pts),
          },
          {
            ...base,
            TEAM_ID: g.away.id,
            TEAM_ABBREVIATION: g.away.abbr,
            TEAM_NAME: `Away ${g.away.abbr}`,
            MATCHUP: `${g.away.abbr} @ ${g.home.abbr}`,
            PTS: String(g.away.pts),
          },
        ];
      });
      return fc.tuple(fc.constant(gs), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }));
    });

    fc.assert(
      fc.property(input, ([gs, rawRows]) => {
        const { games: paired, problems } = pairGames(rawRows.map((r) => teamGameLogRow.parse(r)));
        expect(problems).toEqual([]);
        expect(paired).toHaveLength(gs.length);
        expect(new Set(paired.map((p) => p.sourceId)).size).toBe(gs.length);
        for (const [id, g] of gs) {
          const p = paired.find((x) => x.sourceId === id);
          expect(p).toMatchObject({
            season: Number(g.seasonId.slice(1)),
            postseason: g.seasonId.startsWith('4'),
            date: g.date.toISOString().slice(0, 10),
            home: { sourceId: g.home.id, abbreviation: g.home.abbr },
            away: { sourceId: g.away.id, abbreviation: g.away.abbr },
            homeScore: g.home.pts,
            awayScore: g.away.pts,
          });
        }
      }),
    );
  });
});

describe('problems found in review', () => {
  it.each([[''], [null], ['  ']])('rejects a missing score %j instead of storing 0', (pts) => {
    expect(teamGameLogRow.safeParse({ ...gswRaw, PTS: pts }).success).toBe(false);
  });

  const row = (over: Partial<Record<string, string>>) => teamGameLogRow.parse({ ...gswRaw, ...over });
  it.each([
    ['the same team twice', row({}), row({ MATCHUP: 'GSW @ GSW' })],
    [
      'different dates',
      row({}),
      row({ TEAM_ID: '1610612760', TEAM_ABBREVIATION: 'OKC', MATCHUP: 'OKC @ GSW', GAME_DATE: '2018-10-17' }),
    ],
    ['matchups of two games', row({}), row({ TEAM_ID: '1610612747', TEAM_ABBREVIATION: 'LAL', MATCHUP: 'LAL @ BOS' })],
    [
      'a matchup not naming its own team',
      row({ MATCHUP: 'GSW vs. LAL' }),
      row({ TEAM_ID: '1610612760', TEAM_ABBREVIATION: 'OKC', MATCHUP: 'OKC @ GSW' }),
    ],
  ])('reports a game whose two rows contradict each other: %s', (_name, home, away) => {
    const { games, problems } = pairGames([home, away]);
    expect(games).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(gswRaw.GAME_ID);
  });
});
