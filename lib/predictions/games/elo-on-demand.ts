// Elo for any league, with nobody training anything: once a league has ELO_MIN_GAMES final games, a
// request that finds no loaded model of its own answers with Elo computed from the league's games.
// Elo has nothing to fit (FiveThirtyEight's constants), so it is a function of the stored results:
// the artifact is built on demand and cached under the basketball data version (a new result or an
// import makes the next request rebuild it), and each replica keeps the one it built for that version.
// It is served as version 0 of the league's elo line: an answer, not a registered version.
import { eq } from 'drizzle-orm';
import { leagues } from '@/drizzle/schema';
import { cachedBasketball } from '@/lib/basketball/versioned-cache';
import type { Db } from '@/lib/db/client';
import { modelKind } from '@/lib/models/kinds';
import type { LoadedModel } from '@/lib/models/replica';
import type { GameModelArtifact } from './artifact';
import { buildGameFeatures } from './features';
import { loadLeagueGames } from './load';
import { GAME_TASK } from './model-kinds';
import { gameModelName } from './register';
import { trainGameModel } from './train';

export const ELO_MIN_GAMES = 10;
/** The version number an on-demand answer carries: no registered version made it. */
export const ON_DEMAND_VERSION = 0;

const TTL_SECONDS = 24 * 60 * 60;

interface Built {
  key: string;
  model: LoadedModel;
}
const built = new Map<number, Built>();

async function eloArtifact(db: Db, leagueId: number): Promise<{ name: string; artifact: GameModelArtifact } | null> {
  return cachedBasketball(db, `predictions:elo-on-demand:${leagueId}`, TTL_SECONDS, async () => {
    const games = await loadLeagueGames(db, leagueId);
    if (games.length < ELO_MIN_GAMES) return null;
    const [league] = await db.select({ slug: leagues.slug }).from(leagues).where(eq(leagues.id, leagueId));
    if (!league) return null;
    const rows = buildGameFeatures(games);
    const regular = rows.filter((r) => !r.game.postseason);
    // A league that has played only tournament games still has ratings to give.
    return { name: gameModelName(league.slug, 'elo'), artifact: trainGameModel('elo', regular.length > 0 ? regular : rows) };
  });
}

/** The league's on-demand Elo model, or null while it has fewer than ELO_MIN_GAMES final games. */
export async function onDemandElo(db: Db, leagueId: number): Promise<LoadedModel | null> {
  const found = await eloArtifact(db, leagueId);
  if (!found) return null;
  const { artifact } = found;
  // The cached artifact changes only with the data: its training window says which one this replica built.
  const key = `${found.name}:${artifact.trainedOn.games}:${artifact.trainedOn.seasons.join(',')}:${artifact.margin.intercept}`;
  const have = built.get(leagueId);
  if (have?.key === key) return have.model;
  const kind = modelKind('elo');
  if (!kind) throw new Error('the elo model kind is not defined');
  const model: LoadedModel = {
    id: 0,
    name: found.name,
    version: ON_DEMAND_VERSION,
    kind: 'elo',
    task: GAME_TASK,
    leagueId,
    isDefault: false,
    features: artifact.features,
    sha256: '',
    model: kind.build(kind.artifact.parse(artifact)),
  };
  built.set(leagueId, { key, model });
  return model;
}
