// Trained default models for the demo's NBA seasons, so predictions, the model pages and the backtest
// answer on a fresh start: logistic regression as the default, Elo alone loaded beside it.
import { defaultLeague } from '@/lib/leagues/queries';
import { loadVersion } from '@/lib/models/registry';
import { listVersionRows } from '@/lib/models/view';
import '@/lib/predictions/model-kinds';
import { loadFeatureRows } from '@/lib/predictions/games/backtest';
import type { GameFeatures } from '@/lib/predictions/games/features';
import { gameModelName, trainAndRegisterGameModel } from '@/lib/predictions/games/register';
import type { Seed } from './types';

const MODELS = [
  { kind: 'logistic', asDefault: true },
  { kind: 'elo', asDefault: false },
] as const;

export const predictionsDemo: Seed = {
  name: 'predictions-demo',
  async run({ db, onProgress }) {
    const league = await defaultLeague(db, 'basketball');
    if (!league) return 0;
    let trained = 0;
    // Built once for both kinds: on fifteen seasons the features are most of a training's time.
    let rows: GameFeatures[] | undefined;
    for (const [i, m] of MODELS.entries()) {
      onProgress?.(i, MODELS.length);
      // Seeding again trains nothing: a line with a version is the demo's already (or its admin's).
      if ((await listVersionRows(db, { name: gameModelName(league.slug, m.kind) })).length > 0) continue;
      trained++;
      rows ??= await loadFeatureRows(db, league.id);
      const row = await trainAndRegisterGameModel(db, null, { leagueId: league.id, kind: m.kind, backtestSeasons: 2, rows });
      await loadVersion(db, null, row.name, row.version, m.asDefault);
    }
    onProgress?.(MODELS.length, MODELS.length);
    return trained;
  },
};
