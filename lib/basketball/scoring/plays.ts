// The play feed of a live game, with names from its rosters.
import type { Db } from '@/lib/db/client';
import { feed } from '../live/feed';
import { gameStream, readAll, toLogged } from './project';
import type { loadLiveGame } from './read';

type LiveGame = NonNullable<Awaited<ReturnType<typeof loadLiveGame>>>;

export async function gamePlays(db: Db, live: LiveGame, afterSeq = 0) {
  const events = (await readAll(db, gameStream(live.game.id))).map(toLogged);
  const teams = new Map([
    [live.game.home.id, live.game.home.abbreviation],
    [live.game.away.id, live.game.away.abbreviation],
  ]);
  const names = {
    player: (id: number) => live.roster.get(id)?.name ?? `#${id}`,
    team: (id: number) => teams.get(id) ?? `team ${id}`,
  };
  return feed(live.state.setup, events, names).filter((p) => p.seq > afterSeq);
}
