// How the current index was reached: which differentials were averaged, the adjustment for a short
// record, then each cap with its value before and after, and the low index the caps compare with.
import type { z } from 'zod';
import { formatIndex } from '@/lib/golf/client/format';
import type { handicapView } from '@/lib/golf/rounds/handicap-view';

type Report = z.infer<typeof handicapView>;

const capName = { soft_cap: 'Soft cap', hard_cap: 'Hard cap', maximum: 'Maximum 54.0' } as const;

export function IndexCalculation({ report }: { report: Report }) {
  const calc = report.calculation;
  const inWindow = report.record.filter((r) => r.in_window).length;
  return (
    <div className="space-y-3" data-testid="index-calculation">
      <div className="flex flex-wrap items-end gap-6">
        <div>
          <div className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Handicap Index</div>
          <div className="text-5xl font-bold tabular-nums" data-testid="audit-index">
            {formatIndex(report.index)}
          </div>
        </div>
        <div className="text-sm text-zinc-600 dark:text-zinc-400">
          Low index (365 days before the latest score): <strong className="tabular-nums">{formatIndex(report.low_index)}</strong>
        </div>
      </div>
      {calc ? (
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          <li>
            The lowest <strong>{calc.count}</strong> of the {inWindow} most recent differentials (highlighted below) average{' '}
            <strong className="tabular-nums">{calc.average.toFixed(2)}</strong>.
          </li>
          {calc.adjustment !== 0 ? (
            <li>
              A record this short is adjusted by <span className="tabular-nums">{calc.adjustment.toFixed(1)}</span>.
            </li>
          ) : null}
          <li>
            Rounded: <strong className="tabular-nums">{calc.value.toFixed(1)}</strong>.
          </li>
          {report.caps.map((c) => (
            <li key={c.kind} data-testid={`cap-${c.kind}`}>
              {capName[c.kind]}: {c.before.toFixed(1)} → <strong className="tabular-nums">{c.after.toFixed(1)}</strong>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          An index needs three 18-hole scores (or six nines) in the record.
        </p>
      )}
      {report.caps.length === 0 && calc ? <p className="text-xs text-zinc-600 dark:text-zinc-400">No cap applied.</p> : null}
      {report.pending_nine ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          A 9-hole score ({report.pending_nine.ags} at {report.pending_nine.course}, {report.pending_nine.date}) waits for a
          second nine.
        </p>
      ) : null}
    </div>
  );
}
