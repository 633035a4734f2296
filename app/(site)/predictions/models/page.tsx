import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ModelRecord } from '@/components/predictions/model-record';
import { getDb } from '@/lib/db';
import { defaultLeague } from '@/lib/leagues/queries';
import { modelReplica } from '@/lib/models/replica';
import { listVersionRows, modelVersionViews } from '@/lib/models/view';
import '@/lib/predictions/model-kinds';
import { GAME_TASK } from '@/lib/predictions/games/model-kinds';

export const metadata: Metadata = { title: 'Prediction models' };

export default async function PredictionModelsPage() {
  await connection();
  const db = await getDb();
  const league = await defaultLeague(db, 'basketball');
  const models = league
    ? await modelVersionViews(db, await listVersionRows(db, { task: GAME_TASK, leagueId: league.id }), await modelReplica(db))
    : [];
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Prediction models</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Every game model version{league ? ` for ${league.name}` : ''} with its walk-forward record: each season predicted by a
          model trained only on the seasons before it, against two baselines (the home team wins; Elo alone).{' '}
          <Link href="/predictions" className="underline">
            Back to predictions
          </Link>
        </p>
      </div>
      <ModelRecord models={models} />
    </div>
  );
}
