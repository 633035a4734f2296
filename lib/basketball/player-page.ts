// Everything the player page shows, in one cached load.
import { getDb } from '@/lib/db';
import { rollingAverage } from '@/lib/rolling-average';
import { listPlayers, listStatLines, listTeams } from './api-queries';
import { getPlayerAverages } from './stats-queries';
import { cachedBasketball } from './versioned-cache';

export async function getPlayerPage(id: number) {
  const db = await getDb();
  return cachedBasketball(db, `bb:player-page:${id}`, 600, async () => {
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
        const result = l.game.winnerTeamId === null ? '' : l.game.winnerTeamId === l.team.id ? 'W' : 'L';
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
    const latestSeason = Math.max(...log.map((l) => l.season));
    const played = log.filter((l) => l.season === latestSeason && (l.min === null || Number(l.min) > 0));
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
    return { player, seasons: seasons.sort((a, b) => b.season - a.season), log: log.reverse(), rolling, latestSeason };
  });
}
