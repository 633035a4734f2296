// /nba/v1/box_scores?date= (the final games of a day) and /nba/v1/box_scores/live (the games being
// scored in Statline's live tracker now, from their projections, so a play shows on the next read).
import type { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { listGamesById, listStatLines } from '../api-queries';
import { loadLiveGame } from '../scoring/read';
import { allRows } from './paging';
import type { boxScoresQuery } from './params';
import { bdlLeagueId, liveGameIds, liveProgress, playerCards } from './queries';
import {
  type BdlBoxPlayer,
  type BdlBoxScore,
  type BdlGame,
  bdlLine,
  type PlayerCard,
  toBdlBoxPlayerInfo,
  toBdlGame,
} from './shapes';

function boxScore(game: BdlGame, home: BdlBoxPlayer[], visitor: BdlBoxPlayer[]): BdlBoxScore {
  return { ...game, home_team: { ...game.home_team, players: home }, visitor_team: { ...game.visitor_team, players: visitor } };
}

const boxPlayer = (card: PlayerCard | undefined, line: Parameters<typeof bdlLine>[0]): BdlBoxPlayer[] =>
  card ? [{ ...bdlLine(line), player: toBdlBoxPlayerInfo(card) }] : [];

export async function bdlBoxScores(db: Db, q: z.output<typeof boxScoresQuery>) {
  const day = { leagueId: await bdlLeagueId(db), dates: [q.date], final: true };
  const games = await allRows(
    (after) => listGamesById(db, day, { after, limit: 100 }),
    (g) => g.id,
    100,
  );
  const lines = await allRows(
    (after) => listStatLines(db, day, { after, limit: 1000 }),
    (r) => r.line.id,
    1000,
  );
  const [cards, live] = await Promise.all([
    playerCards(
      db,
      lines.map((r) => r.player.id),
    ),
    liveProgress(
      db,
      games.map((g) => g.id),
    ),
  ]);
  const playersOf = (gameId: number, teamId: number) =>
    lines.filter((r) => r.game.id === gameId && r.team.id === teamId).flatMap((r) => boxPlayer(cards.get(r.player.id), r.line));
  return {
    data: games.map((g) => boxScore(toBdlGame(g, live.get(g.id)), playersOf(g.id, g.home.id), playersOf(g.id, g.away.id))),
  };
}

export async function bdlLiveBoxScores(db: Db) {
  const ids = await liveGameIds(db, await bdlLeagueId(db));
  const games = (await Promise.all(ids.map((id) => loadLiveGame(db, id, null)))).filter((g) => g !== null);
  const cards = await playerCards(
    db,
    games.flatMap((g) => [...g.state.setup.home.player_ids, ...g.state.setup.visitor.player_ids]),
  );
  return {
    data: games.map(({ game, state }) => {
      // The live tracker keeps no clock yet: minutes are unknown, not zero.
      const players = (side: 'home' | 'visitor') =>
        Object.entries(state.teams[side].players).flatMap(([id, line]) =>
          boxPlayer(cards.get(Number(id)), { ...line, min: null }),
        );
      const progress = { period: state.period, ruleSet: state.setup.ruleSet, score: state.score };
      return boxScore(toBdlGame(game, progress), players('home'), players('visitor'));
    }),
  };
}
