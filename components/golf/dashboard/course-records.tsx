// Each course the golfer has played: rounds, best (linked), average and when last played, with the
// rounds there newest first behind a disclosure.
import Link from 'next/link';
import type { AnalyticsView } from '@/lib/golf/analytics/view';
import { formatToPar } from '@/lib/golf/client/format';

const link = 'text-brand-600 hover:underline dark:text-brand-500';

export function CourseRecords({ courses }: { courses: AnalyticsView['courses'] }) {
  if (courses.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No finished rounds yet.</p>;
  return (
    <ul className="space-y-2" data-testid="course-records">
      {courses.map((c) => (
        <li key={c.course.id} className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-medium">{c.course.name}</h3>
            <span className="text-xs text-zinc-600 dark:text-zinc-400">last played {c.last_played}</span>
          </div>
          <p className="text-sm tabular-nums">
            {c.rounds} round{c.rounds === 1 ? '' : 's'} · best{' '}
            {c.best_gross !== null && c.best_round_id ? (
              <Link href={`/golf/rounds/${c.best_round_id}`} className={link}>
                {c.best_gross}
              </Link>
            ) : (
              '–'
            )}{' '}
            · average {c.average_gross === null ? '–' : c.average_gross.toFixed(1)}
          </p>
          <details className="pt-1">
            <summary className="min-h-9 cursor-pointer text-sm text-zinc-600 dark:text-zinc-400">History</summary>
            <table className="mt-1 w-full text-sm tabular-nums">
              <thead className="text-xs text-zinc-600 dark:text-zinc-400">
                <tr>
                  <th className="text-left font-medium">Date</th>
                  <th className="text-right font-medium">Gross</th>
                  <th className="text-right font-medium">To par</th>
                  <th className="text-right font-medium">Putts</th>
                  <th className="text-right font-medium">FIR</th>
                  <th className="text-right font-medium">GIR</th>
                </tr>
              </thead>
              <tbody>
                {c.history.map((r) => (
                  <tr key={r.round_id} className="border-t border-zinc-100 dark:border-zinc-800">
                    <td className="py-1">
                      <Link href={`/golf/rounds/${r.round_id}`} className={link}>
                        {r.date}
                      </Link>
                      {r.complete ? '' : ` (${r.holes_played} holes)`}
                    </td>
                    <td className="text-right">{r.gross}</td>
                    <td className="text-right">{formatToPar(r.to_par)}</td>
                    <td className="text-right">{r.putts ?? '–'}</td>
                    <td className="text-right">{r.fairway_pct === null ? '–' : `${Math.round(r.fairway_pct * 100)}%`}</td>
                    <td className="text-right">{r.green_pct === null ? '–' : `${Math.round(r.green_pct * 100)}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </li>
      ))}
    </ul>
  );
}
