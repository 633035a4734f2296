import { describe, expect, it } from 'vitest';
import { buildPlayerFeatures, type PlayerGameRow, playerFeatureNames, playerFeaturesAsOf } from './features';

const at = (name: (typeof playerFeatureNames)[number]) => playerFeatureNames.indexOf(name);

// Player 1 (team 10) plays a game a day against teams 20/30; player 2 (team 20) faces him on day 1.
function season(): PlayerGameRow[] {
  const rows: PlayerGameRow[] = [];
  for (let d = 1; d <= 12; d++) {
    const date = `2024-11-${String(d).padStart(2, '0')}`;
    const opponentId = d % 2 ? 20 : 30;
    rows.push({
      playerId: 1,
      gameId: d,
      date,
      season: 2024,
      teamId: 10,
      opponentId,
      isHome: d % 3 === 0 ? true : null,
      min: 30 + d,
      pts: 10 + d,
      reb: d,
      ast: 2,
    });
    rows.push({
      playerId: 2,
      gameId: d,
      date,
      season: 2024,
      teamId: opponentId,
      opponentId: 10,
      isHome: d % 3 === 0 ? false : null,
      min: 20,
      pts: 20,
      reb: 5,
      ast: 5,
    });
  }
  return rows;
}

describe('player features as of a date', () => {
  it('a changed line moves nothing on or before its date, and moves the later games', () => {
    const rows = season();
    const before = buildPlayerFeatures(rows);
    const changed = rows.map((r) => (r.playerId === 1 && r.gameId === 6 ? { ...r, pts: 60, reb: 25, ast: 14, min: 48 } : r));
    const after = buildPlayerFeatures(changed);
    const key = (e: (typeof before)[number]) => `${e.target.playerId}|${e.target.gameId}`;
    const afterByKey = new Map(after.map((e) => [key(e), e.features]));
    for (const e of before) {
      if (e.target.date <= '2024-11-06') expect(afterByKey.get(key(e)), key(e)).toEqual(e.features);
    }
    const day7 = (list: typeof before) => list.find((e) => e.target.playerId === 1 && e.target.gameId === 7)?.features;
    expect(day7(after)).not.toEqual(day7(before));
    // Team 30 allowed those 60 points on day 6: whoever faces it later sees a worse defense.
    const facing30 = (list: typeof before) =>
      list.find((e) => e.target.playerId === 1 && e.target.gameId === 8)?.features[at('opp_pts_allowed')];
    expect(facing30(after)).toBeGreaterThan(facing30(before) ?? 0);
  });

  it('never uses the predicted game itself', () => {
    const [first, second] = buildPlayerFeatures(season()).filter((e) => e.target.playerId === 1);
    expect(first?.priorGames).toBe(0);
    expect(first?.features[at('pts_last5')]).toBe(0);
    expect(second?.features[at('pts_last5')]).toBe(11);
  });

  it('rolling, season, rest, venue and opponent values on day 12', () => {
    const e = buildPlayerFeatures(season()).find((x) => x.target.playerId === 1 && x.target.gameId === 12);
    const f = (n: (typeof playerFeatureNames)[number]) => e?.features[at(n)];
    // Games 1..11 scored 11..21: last 5 = 17..21, last 10 = 12..21, season = 11..21.
    expect(f('pts_last5')).toBe(19);
    expect(f('pts_last10')).toBe(16.5);
    expect(f('pts_season')).toBe(16);
    expect(f('min_last5')).toBe(39);
    expect(f('games_played')).toBe(11);
    expect(f('rest_days')).toBe(1);
    expect(f('home')).toBe(1);
    // Team 30 met team 10 on even days 2..10: player 1 scored 12, 14, 16, 18, 20 against it.
    expect(f('opp_pts_allowed')).toBe(16);
    expect(f('opp_reb_allowed')).toBe(6);
  });

  it('features for a game not yet played come from everything before its date', () => {
    const rows = season();
    const [upcoming] = buildPlayerFeatures(rows, [
      { playerId: 1, date: '2024-11-20', season: 2024, opponentId: 20, isHome: false },
    ]);
    expect(upcoming?.priorGames).toBe(12);
    expect(upcoming?.features[at('rest_days')]).toBe(5);
    expect(upcoming?.features[at('home')]).toBe(-1);
    expect(upcoming?.features[at('pts_last5')]).toBe(20);
  });

  it('season averages restart with a new season', () => {
    const rows = season();
    const next: PlayerGameRow = { ...(rows[0] as PlayerGameRow), gameId: 99, date: '2025-10-22', season: 2025 };
    const e = buildPlayerFeatures([...rows, next]).find((x) => x.target.gameId === 99 && x.target.playerId === 1);
    expect(e?.features[at('games_played')]).toBe(0);
    expect(e?.features[at('pts_season')]).toBe(0);
    expect(e?.features[at('pts_last5')]).toBe(20);
  });

  it('one target from the lines that matter equals the full sweep', () => {
    const rows = season();
    const targets = [
      { playerId: 1, date: '2024-11-08', season: 2024, opponentId: 30, isHome: true },
      { playerId: 2, date: '2024-11-20', season: 2024, opponentId: 10, isHome: null },
      // An opponent never seen: the league average, which needs every line.
      { playerId: 1, date: '2024-11-09', season: 2024, opponentId: 99, isHome: false },
    ];
    for (const t of targets) expect(playerFeaturesAsOf(rows, t)).toEqual(buildPlayerFeatures(rows, [t])[0]);
  });
});
