import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { MatchupAnswers } from '@/components/predictions/matchup-answers';
import { ModelScoreboard } from '@/components/predictions/model-scoreboard';
import { PredictionForm } from '@/components/predictions/prediction-form';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import '@/app/api/v1/predictions/model-kinds';
import { predictionsPageData } from '@/lib/predictions/games/page-data';

export const metadata: Metadata = { title: 'Predictions' };

type Props = { searchParams: Promise<{ home?: string; visitor?: string; date?: string }> };

export default async function PredictionsPage({ searchParams }: Props) {
  await connection();
  const data = await predictionsPageData(await getDb(), await getCurrentUser().catch(() => null), await searchParams);
  if (!data) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Predictions</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No basketball league yet: import some games first.</p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Predictions</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Who wins, by how much and how sure, from models trained on {data.league.name} results: pick two teams and a day. Every
          model shows its walk-forward record below, scored only on games it had not seen.
        </p>
      </div>
      <PredictionForm teams={data.teams} picked={data.picked} />
      {data.problem ? (
        <p
          role="alert"
          data-testid="prediction-problem"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {data.problem}
        </p>
      ) : null}
      {data.matchup ? <MatchupAnswers matchup={data.matchup} date={data.picked.date} /> : null}
      <ModelScoreboard models={data.models} />
      <p className="text-sm">
        <Link href="/predictions/models" className="underline">
          Every model version: scoreboard, calibration and accuracy by season
        </Link>
      </p>
    </div>
  );
}
