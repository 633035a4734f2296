import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ModelTrainer } from '@/components/predictions/admin/model-trainer';
import { VersionActions } from '@/components/predictions/admin/version-actions';
import { DataTable } from '@/components/ui/data-table';
import { TRAINABLE_KINDS } from '@/lib/api/contracts/predictions-training';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { defaultLeague } from '@/lib/leagues/queries';
import { modelReplica } from '@/lib/models/replica';
import { listVersionRows, modelVersionViews } from '@/lib/models/view';
import '@/lib/predictions/model-kinds';
import { GAME_TASK } from '@/lib/predictions/games/model-kinds';

export const metadata: Metadata = { title: 'Prediction models' };

type Pooled = { model?: { accuracy: number; brier: number } };
const pooledOf = (metrics: Record<string, unknown>) =>
  (metrics as { walk_forward?: { pooled?: Pooled } }).walk_forward?.pooled?.model;

export default async function AdminModelsPage() {
  const user = await requireUser('/admin/models');
  // Not an admin: the page does not exist for them.
  if (!can(user.role, 'models:manage')) notFound();
  const db = await getDb();
  const league = await defaultLeague(db, 'basketball');
  const models = league
    ? await modelVersionViews(db, await listVersionRows(db, { task: GAME_TASK, leagueId: league.id }), await modelReplica(db))
    : [];
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Prediction models</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Game models for {league?.name ?? 'the basketball league'}. A trained version is stored, not served: load it to keep it
          in every replica&apos;s memory, or make it the default that answers when a request names no model. Each version&apos;s
          full record is on{' '}
          <Link href="/predictions/models" className="underline">
            the models page
          </Link>
          .
        </p>
      </div>
      {league ? (
        <ModelTrainer kinds={TRAINABLE_KINDS} />
      ) : (
        <p className="text-sm">No basketball league yet: import some games first.</p>
      )}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Versions</h2>
        {models.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No version trained yet.</p>
        ) : (
          <DataTable
            testId="admin-model-versions"
            label="Game model versions"
            headings={['Model', 'State', 'Accuracy', 'Brier', 'Trained', 'Actions']}
          >
            {models.map((v) => {
              const label = `${v.kind} v${v.version}`;
              const p = pooledOf(v.metrics);
              return (
                <tr key={`${v.name}@${v.version}`}>
                  <td className="whitespace-nowrap px-3 py-1.5">{label}</td>
                  <td className="px-3 py-1.5" data-testid="version-state">
                    {v.default ? 'default' : v.loaded ? 'loaded' : 'stored'}
                  </td>
                  <td className="px-3 py-1.5 tabular-nums">{p ? `${(p.accuracy * 100).toFixed(1)}%` : '–'}</td>
                  <td className="px-3 py-1.5 tabular-nums">{p ? p.brier.toFixed(4) : '–'}</td>
                  <td className="whitespace-nowrap px-3 py-1.5 tabular-nums">{v.created_at.slice(0, 10)}</td>
                  <td className="px-3 py-1.5">
                    <VersionActions name={v.name} version={v.version} label={label} loaded={v.loaded} isDefault={v.default} />
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>
    </div>
  );
}
