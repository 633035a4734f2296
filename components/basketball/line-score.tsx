// Points per period and the final, per team: the first thing a printed box score shows.

import { ScrollFrame } from '@/components/ui/scroll-frame';
import type { LineScore as LineScoreModel } from '@/lib/basketball/live/line-score';

export function LineScore({ line, names }: { line: LineScoreModel; names: Record<'home' | 'visitor', string> }) {
  return (
    <ScrollFrame label={'Line score'} className="rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-sm tabular-nums" data-testid="line-score">
        <caption className="sr-only">Points by period</caption>
        <thead className="bg-zinc-100 text-xs uppercase text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              Team
            </th>
            {line.periods.map((p) => (
              <th key={p} scope="col" className="px-2 py-2 text-right">
                {p}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right">
              T
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {line.teams.map((t) => (
            <tr key={t.side} data-testid={`line-score-${t.side}`}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {names[t.side]}
              </th>
              {t.points.map((p, i) => (
                <td key={line.periods[i]} className="px-2 py-2 text-right">
                  {p ?? ''}
                </td>
              ))}
              <td className="px-3 py-2 text-right font-semibold">{t.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollFrame>
  );
}
