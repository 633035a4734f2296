// Everything the player page shows, in one cached load.
import { getDb } from '@/lib/db';
import { rollingAverage } from '@/lib/rolling-average';
import { listPlayers, listStatLines, listTeams } from './api-queries';
import { getPlayerAverages } from './stats-queries';
import { cachedBasketball } from './versioned-cache';

/** The page for one season (`season`, or the player's latest): its chart and its game log. */
export async function getPlayerPage(id: number, season?: number) {
  const db = await getDb();
  return cachedBasketball(db, `bb:player-page:${id}:${season ?? 'latest'}`, 600, async () => {
    const [player] = await listPlayers(db, { playerIds: [id] }, { after: null, limit: 1 });
    if (!player) return null;
    const [seasons, lines, teams] = await Promise.all([
      getPlayerAverages(db, { playerIds: [id] }),
      listStatLines(db, { playerIds: [id] }, { after: null, limit: 2000 }),
      listTeams(db, { after: null, limit: 500 }),
    ]);
    const abbr = new Map(teams.map((t) => [t.id, t.abbreviation]));
    const log = lines
      .map((l) => {
        const opponentId = l.game.homeTeamId === l.team.id ? l.game.awayTeamId : l.game.homeTeamId;
        const where = l.game.venueKnown ? (l.game.homeTeamId === l.team.id ? 'vs' : '@') : 'v.';
        const own = l.game.homeTeamId === l.team.id ? l.game.homeScore : l.game.awayScore;
        const other = l.game.homeTeamId === l.team.id ? l.game.awayScore : l.game.homeScore;
        const won = l.game.winnerTeamId === null ? '' : l.game.winnerTeamId === l.team.id ? 'W' : 'L';
        const result = won && own !== null && other !== null ? `${won} ${own}–${other}` : won;
        return {
          ...l.line,
          gameId: l.game.id,
          date: l.game.date,
          season: l.game.season,
          team: l.team.abbreviation,
          opponent: `${where} ${abbr.get(opponentId) ?? '?'}`,
          result,
        };
      })
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.gameId - b.gameId));
    const logSeasons = [...new Set(log.map((l) => l.season))].sort((a, b) => b - a);
    const shown = season !== undefined && logSeasons.includes(season) ? season : (logSeasons[0] ?? 0);
    const played = log.filter((l) => l.season === shown && (l.min === null || Number(l.min) > 0));
    const series = (k: 'pts' | 'reb' | 'ast') => {
      const values = played.map((l) => l[k]);
      return { values, avg5: rollingAverage(values, 5), avg10: rollingAverage(values, 10) };
    };
    const s = { pts: series('pts'), reb: series('reb'), ast: series('ast') };
    const rolling = played.map((l, i) => ({
      game: i + 1,
      date: l.date,
      values: Object.fromEntries(
        (['pts', 'reb', 'ast'] as const).map((k) => [
          k,
          { value: s[k].values[i] ?? 0, avg5: s[k].avg5[i] ?? 0, avg10: s[k].avg10[i] ?? 0 },
        ]),
      ),
    }));
    return {
      player,
      seasons: seasons.sort((a, b) => b.season - a.season),
      log: log.filter((l) => l.season === shown).reverse(),
      rolling,
      season: shown,
      logSeasons,
    };
  });
}
