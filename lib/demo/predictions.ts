// Trained default models for the demo's NBA seasons, so predictions, the model pages and the backtest
// answer on a fresh start: logistic regression as the default, Elo alone loaded beside it; and the
// ridge player models (pts, reb, ast) as their stats' defaults, trained on the 2024-25 player logs.
import { defaultLeague } from '@/lib/leagues/queries';
import { loadVersion } from '@/lib/models/registry';
import { listVersionRows } from '@/lib/models/view';
import '@/lib/predictions/model-kinds';
import { loadFeatureRows } from '@/lib/predictions/games/backtest';
import type { GameFeatures } from '@/lib/predictions/games/features';
import { gameModelName, trainAndRegisterGameModel } from '@/lib/predictions/games/register';
import { playerModelName, trainAndRegisterPlayerModels } from '@/lib/predictions/players/register';
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
    // One kind is enough for a fresh start; an admin trains the others (npm run train:players).
    if ((await listVersionRows(db, { name: playerModelName(league.slug, 'pts', 'ridge') })).length === 0) {
      const rows = await trainAndRegisterPlayerModels(db, null, { leagueId: league.id, kinds: ['ridge'] }).catch(
        (err: unknown) => {
          // A demo without player lines still gets its game models.
          if (err instanceof Error && /at least 100 stored player games/.test(err.message)) return [];
          throw err;
        },
      );
      for (const row of rows) await loadVersion(db, null, row.name, row.version, true);
      trained += rows.length;
    }
    onProgress?.(MODELS.length, MODELS.length);
    return trained;
  },
};
