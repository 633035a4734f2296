import '@/app/api/v1/predictions/model-kinds';
import { backtestContract } from '@/lib/api/contracts/predictions-games';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { DomainError } from '@/lib/errors';
import { findLeague } from '@/lib/leagues/queries';
import { findVersionRow } from '@/lib/models/view';
import type { GameModelKind } from '@/lib/predictions/games/artifact';
import { backtestRange } from '@/lib/predictions/games/backtest-range';
import { gameModelName } from '@/lib/predictions/games/register';
import { predictionLeague } from '@/lib/predictions/games/requests';
import { resolveGameModel } from '@/lib/predictions/games/serve';

export const GET = apiRoute(backtestContract, async ({ db, principal, query }) => {
  const leagueId = await predictionLeague(db, viewerOf(principal), query.league);
  // `best` (the default) is the kind of the loaded model with the lowest walk-forward Brier score.
  const kind = (
    !query.model || query.model === 'best' ? (await resolveGameModel(db, leagueId, 'best')).kind : query.model
  ) as GameModelKind;
  let version: number | null = null;
  if (query.version !== undefined) {
    const league = await findLeague(db, leagueId);
    const row = await findVersionRow(db, gameModelName(league?.slug ?? '', kind), query.version);
    if (!row) throw new DomainError('not_found', `No ${kind} model version ${query.version} in this league.`);
    version = row.version;
  }
  const { items, meta } = await backtestRange(db, { leagueId, kind, from: query.from, to: query.to });
  return { data: items, meta: { ...meta, version } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
