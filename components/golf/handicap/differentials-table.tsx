// Every score in the handicap record, newest first: what was shot, what it was adjusted to (Net
// Double Bogey, then any Exceptional Score Reduction), its differential, and whether it is one of
// the differentials averaged into the index (highlighted). Scores outside the latest 20 are dimmed.
import Link from 'next/link';
import type { z } from 'zod';
import { ScrollFrame } from '@/components/ui/scroll-frame';
import { formatIndex } from '@/lib/golf/client/format';
import type { handicapView } from '@/lib/golf/rounds/handicap-view';

type Row = z.infer<typeof handicapView>['record'][number];

const kindNote: Record<Row['kind'], string> = {
  eighteen: '',
  nine_expected: '9 holes + expected score',
  nine_combined: 'two 9-hole scores combined',
};

function Esr({ row }: { row: Row }) {
  if (row.adjustments.length === 0) return <span className="text-zinc-600 dark:text-zinc-400">–</span>;
  const total = row.adjustments.reduce((a, x) => a + x.amount, 0);
  return (
    <span title={row.adjustments.map((a) => `−${a.amount} after ${a.date} at ${a.course}`).join('\n')}>
      {row.differential.toFixed(1)} → {row.adjusted_differential.toFixed(1)}
      <span className="block text-xs text-zinc-600 dark:text-zinc-400">ESR −{total}</span>
    </span>
  );
}

export function DifferentialsTable({ record }: { record: Row[] }) {
  if (record.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No posted scores yet.</p>;
  const rows = [...record].reverse();
  return (
    <ScrollFrame label={'Score differentials'} className="rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-sm" data-testid="differentials">
        <thead className="bg-zinc-100 text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th className="px-2 py-2 text-left font-medium">Score</th>
            <th className="px-2 text-right font-medium">Differential</th>
            <th className="px-2 text-center font-medium">Counted</th>
            <th className="px-2 text-right font-medium">AGS</th>
            <th className="px-2 text-right font-medium">Gross</th>
            <th className="px-2 text-right font-medium">CR / slope</th>
            <th className="px-2 text-right font-medium">ESR</th>
            <th className="px-2 text-right font-medium">Index before</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 bg-white tabular-nums dark:divide-zinc-800 dark:bg-zinc-950">
          {rows.map((r) => (
            <tr
              key={`${r.date}:${r.round_ids.join(',')}`}
              data-testid="differential-row"
              data-rounds={r.round_ids.join(' ')}
              data-counted={r.counted}
              className={`${r.counted ? 'bg-emerald-50 font-medium dark:bg-emerald-950' : ''} ${r.in_window ? '' : 'text-zinc-600 dark:text-zinc-400'}`}
            >
              <td className="min-w-40 px-2 py-1.5">
                {r.round_ids[0] ? (
                  <Link
                    href={`/golf/rounds/${r.round_ids[0]}`}
                    className="text-brand-700 underline underline-offset-2 dark:text-brand-500"
                  >
                    {r.date}
                  </Link>
                ) : (
                  r.date
                )}
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  {r.course}
                  {r.tee ? ` · ${r.tee}` : ''}
                  {kindNote[r.kind] ? ` · ${kindNote[r.kind]}` : ''}
                </span>
              </td>
              <td className="px-2 text-right font-semibold">{r.differential.toFixed(1)}</td>
              <td className="px-2 text-center">{r.counted ? <span title="counted">✓</span> : ''}</td>
              <td className="px-2 text-right">{r.ags}</td>
              <td className="px-2 text-right">{r.gross}</td>
              <td className="whitespace-nowrap px-2 text-right">
                {r.course_rating ?? '–'} / {r.slope ?? '–'}
              </td>
              <td className="px-2 text-right">
                <Esr row={r} />
              </td>
              <td className="px-2 text-right">{formatIndex(r.index_before)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollFrame>
  );
}
