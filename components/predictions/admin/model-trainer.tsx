'use client';

// Train a game model in the background: pick a kind, watch the job's stages on a progress bar,
// then the version it registered appears in the table below (the page is server-rendered).
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormResult } from '@/components/ui/form';

interface TrainingJob {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  stage: string | null;
  progress: { done: number; total: number };
  model: { name: string; version: number } | null;
  error: string | null;
}

const STAGES: Record<string, string> = {
  features: 'Building features',
  backtest: 'Scoring walk-forward',
  train: 'Training on every season',
};

export function ModelTrainer({ kinds }: { kinds: readonly string[] }) {
  const router = useRouter();
  const [job, setJob] = useState<TrainingJob | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function poll(id: string, round: number) {
    const res = await fetch(`/api/v1/predictions/training/${id}`, { cache: 'no-store' }).catch(() => null);
    const body = await res?.json().catch(() => null);
    if (res?.ok && body?.data) {
      setJob(body.data);
      if (body.data.status === 'succeeded' || body.data.status === 'failed') {
        setBusy(false);
        router.refresh();
        return;
      }
    } else if (res && res.status !== 429 && res.status < 500) {
      setBusy(false);
      setError(body?.error?.message ?? 'Could not read the training job.');
      return;
    }
    // As the import poller: quick at first, then once a second to stay inside the request budget.
    const retryAfter = res?.status === 429 ? Number(res.headers.get('retry-after')) * 1000 || 5000 : 0;
    timer.current = setTimeout(() => poll(id, round + 1), retryAfter || (round < 60 ? 500 : 1000));
  }

  async function train(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const kind = String(new FormData(e.currentTarget).get('kind') ?? '');
    clearTimeout(timer.current);
    setError(null);
    setJob(null);
    setBusy(true);
    const res = await fetch('/api/v1/predictions/training', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind }),
    }).catch(() => null);
    const body = await res?.json().catch(() => null);
    if (res?.status !== 202 || !body?.data) {
      setBusy(false);
      setError(body?.error?.message ?? 'Could not start training.');
      return;
    }
    setJob(body.data);
    void poll(body.data.id, 0);
  }

  const done = job?.status === 'succeeded' || job?.status === 'failed';
  const bar = done
    ? { value: 1, max: 1 }
    : job?.progress.total
      ? { value: Math.min(job.progress.done, job.progress.total), max: job.progress.total }
      : null;
  return (
    <section className="space-y-3" aria-labelledby="train-heading">
      <h2 id="train-heading" className="text-lg font-semibold">
        Train a game model
      </h2>
      <form onSubmit={train} className="flex flex-wrap items-end gap-3" data-testid="train-form">
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Kind</span>
          <select
            name="kind"
            defaultValue="logistic"
            className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" disabled={busy}>
          {busy ? 'Training…' : 'Train'}
        </Button>
      </form>
      {job || busy ? (
        <div className="space-y-2" aria-live="polite" data-testid="training-job">
          <progress
            aria-label="Training progress"
            data-testid="training-progress"
            data-status={job?.status ?? 'starting'}
            className={`h-3 w-full ${job?.status === 'failed' ? 'accent-red-600' : 'accent-brand-600'}`}
            {...(bar ?? {})}
          />
          <p className="text-sm" data-testid="training-status">
            {!job || job.status === 'queued'
              ? 'Queued…'
              : job.status === 'running'
                ? `${STAGES[job.stage ?? ''] ?? 'Starting'}… ${job.progress.total ? `${job.progress.done} of ${job.progress.total}` : ''}`
                : job.status === 'succeeded' && job.model
                  ? `Done: ${job.model.name} v${job.model.version} registered. Load it below to serve it.`
                  : null}
          </p>
          <FormResult error={job?.status === 'failed' ? `Training failed: ${job.error ?? 'unknown error'}` : null} />
        </div>
      ) : null}
      <FormResult error={error} />
    </section>
  );
}
