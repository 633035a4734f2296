import { describe, expect, it } from 'vitest';
import { queryObject } from '@/lib/api/parse';
import { gamesQuery, leadersQuery, normalizeArrayParams, seasonAveragesQuery, teamsQuery } from './params';

const parse = (schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, qs: string) =>
  schema.safeParse(queryObject(normalizeArrayParams(new URL(`http://x/y?${qs}`)).searchParams));

describe('normalizeArrayParams', () => {
  it('spells every array parameter name[], however the client sent it', () => {
    for (const qs of ['seasons[]=2024&seasons[]=2023', 'seasons=2024&seasons=2023', 'seasons[0]=2024&seasons[1]=2023']) {
      const url = normalizeArrayParams(new URL(`http://x/nba/v1/games?${qs}&per_page=5`));
      expect([...url.searchParams]).toEqual([
        ['seasons[]', '2024'],
        ['seasons[]', '2023'],
        ['per_page', '5'],
      ]);
    }
  });

  it('leaves other parameters and the path alone', () => {
    const url = normalizeArrayParams(new URL('http://x/nba/v1/players?search=a%20b&cursor=9'));
    expect(url.pathname).toBe('/nba/v1/players');
    expect(url.searchParams.get('search')).toBe('a b');
    expect(url.searchParams.get('cursor')).toBe('9');
  });
});

describe('query schemas', () => {
  it('reads balldontlie game filters, with numeric cursors and per_page up to 100', () => {
    expect(parse(gamesQuery, 'seasons=2024&team_ids[]=3&postseason=false&cursor=40&per_page=100')).toEqual({
      success: true,
      data: { seasons: [2024], team_ids: [3], postseason: false, cursor: 40, per_page: 100 },
    });
    for (const bad of ['per_page=101', 'per_page=0', 'cursor=-1', 'cursor=abc', 'seasons=x', 'dates[]=2024-02-30x', 'page=2']) {
      expect(parse(gamesQuery, bad).success, bad).toBe(false);
    }
  });

  it('lists every team on one page by default', () => {
    expect(parse(teamsQuery, 'conference=East')).toEqual({ success: true, data: { conference: 'East', per_page: 100 } });
  });

  it('needs a player for season averages, by player_id or player_ids[]', () => {
    expect(parse(seasonAveragesQuery, 'season=2024&player_id=7').success).toBe(true);
    expect(parse(seasonAveragesQuery, 'player_ids[]=7&player_ids[]=8').success).toBe(true);
    expect(parse(seasonAveragesQuery, 'season=2024').success).toBe(false);
  });

  it("takes balldontlie's leader stat types only", () => {
    expect(parse(leadersQuery, 'stat_type=tov&season=2024').success).toBe(true);
    expect(parse(leadersQuery, 'stat_type=fg_pct').success).toBe(false);
    expect(parse(leadersQuery, 'season=2024').success).toBe(false);
  });
});
