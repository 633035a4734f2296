import { describe, expect, it } from 'vitest';
import { decideChampion, pool, type Scored } from './champion-decision';

const season = (s: number, n: number, brier: number, accuracy = 0.6, log_loss = 0.65) => ({
  season: s,
  model: { n, accuracy, brier, log_loss },
});

describe('decideChampion', () => {
  it('pools seasons by games, not by season', () => {
    expect(pool([season(2017, 100, 0.2), season(2018, 300, 0.24)]).brier).toBeCloseTo(0.23, 12);
  });

  it('judges both on the seasons they share only', () => {
    const champion: Scored = { version: 1, games: 2000, seasons: [season(2016, 1230, 0.1), season(2017, 1230, 0.22)] };
    const challenger: Scored = { version: 2, games: 3000, seasons: [season(2017, 1230, 0.21), season(2018, 1230, 0.5)] };
    const d = decideChampion(champion, challenger);
    expect(d.seasons).toEqual([2017]);
    expect(d.champion.brier).toBeCloseTo(0.22, 12);
    expect(d.challenger.brier).toBeCloseTo(0.21, 12);
    expect(d.promoted).toBe(true);
    expect(d.reason).toMatch(/lower Brier on 2017: 0\.2100 against 0\.2200/);
  });

  it('keeps the champion when the challenger is worse, or equal without more games', () => {
    const champion: Scored = { version: 3, games: 2000, seasons: [season(2017, 1230, 0.21)] };
    expect(decideChampion(champion, { version: 4, games: 4000, seasons: [season(2017, 1230, 0.22)] }).promoted).toBe(false);
    expect(decideChampion(champion, { version: 4, games: 2000, seasons: [season(2017, 1230, 0.21)] }).promoted).toBe(false);
  });

  it('on a tie promotes the challenger that learnt from more games', () => {
    const champion: Scored = { version: 1, games: 2460, seasons: [season(2017, 1230, 0.2134)] };
    const d = decideChampion(champion, {
      version: 2,
      games: 3690,
      seasons: [season(2017, 1230, 0.2134), season(2018, 1230, 0.2)],
    });
    expect(d).toMatchObject({ promoted: true, seasons: [2017] });
    expect(d.reason).toMatch(/same Brier on 2017 \(0\.2134\), trained on 1230 more games/);
  });

  it('keeps the champion when a scoreboard is empty', () => {
    const d = decideChampion({ version: 1, games: 10, seasons: [] }, { version: 2, games: 20, seasons: [] });
    expect(d.promoted).toBe(false);
  });
});
