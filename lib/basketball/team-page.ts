// Everything the team page shows for one season, in one cached load.
import { getDb } from '@/lib/db';
import { findLeague } from '@/lib/leagues/queries';
import { rollingAverage } from '@/lib/rolling-average';
import { getTeam, listGames } from './api-queries';
import { listSeasons } from './seasons';
import { getPlayerAverages, getTeamAverages } from './stats-queries';
import { cachedBasketball } from './versioned-cache';

export async function getTeamPage(id: number, season?: number) {
  const db = await getDb();
  return cachedBasketball(db, `bb:team-page:${id}:${season ?? 'latest'}`, 600, async () => {
    const team = await getTeam(db, id);
    if (!team) return null;
    const [seasons, league] = await Promise.all([listSeasons(db, team.leagueId), findLeague(db, team.leagueId)]);
    const s = season && seasons.includes(season) ? season : (seasons[0] ?? 0);
    const [games, roster, averages] = await Promise.all([
      listGames(db, { teamIds: [id], seasons: [s] }, { after: null, limit: 200 }),
      getPlayerAverages(db, { teamIds: [id], seasons: [s] }),
      getTeamAverages(db, { teamIds: [id], seasons: [s] }),
    ]);
    const scored = games.filter((g) => g.homeScore !== null && g.awayScore !== null);
    const own = (g: (typeof games)[number]) => (g.home.id === id ? (g.homeScore ?? 0) : (g.awayScore ?? 0));
    const opp = (g: (typeof games)[number]) => (g.home.id === id ? (g.awayScore ?? 0) : (g.homeScore ?? 0));
    const margins = rollingAverage(
      scored.map((g) => own(g) - opp(g)),
      10,
    );
    const trend = scored.map((g, i) => ({
      game: i + 1,
      date: g.date,
      scored: own(g),
      allowed: opp(g),
      margin10: margins[i] ?? 0,
    }));
    return { team, league: league ?? null, season: s, seasons, games, roster, averages: averages[0] ?? null, trend };
  });
}
