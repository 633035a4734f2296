'use client';

// After the finish: the golfer's Handicap Index now, against the one they started the round with,
// and anything the round earned. Achievements come from the analytics consumer a moment after the
// finish, so they are asked for a few times before giving up.
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { describeAchievement } from '@/lib/golf/client/achievements';
import { formatIndex } from '@/lib/golf/client/format';

interface Achievement {
  id: string;
  kind: string;
  round_id: string;
  gross: number | null;
  previous: number | null;
  course: { name: string };
}

const POLLS = 5;
const POLL_MS = 1500;

async function getData<T>(url: string): Promise<T | null> {
  try {
    const res = await fetch(url, { cache: 'no-store' });
    return res.ok ? ((await res.json()) as { data: T }).data : null;
  } catch {
    return null;
  }
}

interface Report {
  index: number | null;
}

/**
 * `atStart` is the index the round was played off: the one in effect on its date. Indexes are
 * revised daily, so two rounds on one day both start from the index of that morning.
 */
export function HandicapUpdate({ userId, roundId, atStart }: { userId: string; roundId: string; atStart: number | null }) {
  const [report, setReport] = useState<Report | null>(null);
  const [earned, setEarned] = useState<Achievement[]>([]);

  useEffect(() => {
    let stop = false;
    void getData<Report>(`/api/v1/golf/players/${userId}/handicap`).then((h) => {
      if (!stop && h) setReport(h);
    });
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const all = await getData<Achievement[]>(`/api/v1/golf/players/${userId}/achievements`);
      const mine = all?.filter((a) => a.round_id === roundId) ?? [];
      if (stop) return;
      setEarned(mine);
      if (mine.length === 0 && ++polls < POLLS) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [userId, roundId]);

  const index = report?.index;
  const change = index != null && atStart !== null ? Math.round((index - atStart) * 10) / 10 : null;
  return (
    <section className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Handicap Index</h2>
        <Link href={`/golf/players/${userId}/handicap`} className="text-sm text-brand-600 hover:underline dark:text-brand-500">
          How it was worked out
        </Link>
      </div>
      <p className="flex flex-wrap items-baseline gap-3">
        <span className="text-4xl font-bold tabular-nums" data-testid="handicap-after">
          {report ? formatIndex(index) : '…'}
        </span>
        <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="handicap-before">
          was {formatIndex(atStart)} when the round started
          {change === null
            ? ''
            : change === 0
              ? ' (unchanged since)'
              : ` (${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(1)} since)`}
        </span>
      </p>
      {earned.length > 0 ? (
        <ul className="space-y-1" data-testid="round-achievements">
          {earned.map((a) => {
            const { title, detail } = describeAchievement(a);
            return (
              <li
                key={a.id}
                className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
              >
                <strong>{title}</strong> · {detail}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
