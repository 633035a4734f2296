// A player's round in numbers, as the server summarised it: score, net and Stableford, fairways,
// greens, putts, penalties, scoring by par, and whether the score went into the handicap record.

import { ScrollFrame } from '@/components/ui/scroll-frame';
import { formatPct, formatToPar } from '@/lib/golf/client/format';
import { notPostedText } from '@/lib/golf/client/posting-note';
import type { RoundView } from '@/lib/golf/rounds/views';

type Player = RoundView['players'][number];

function Stat({ label, value, testId, hint }: { label: string; value: string | number; testId: string; hint?: string }) {
  return (
    <div className="rounded-lg bg-zinc-100 p-3 dark:bg-zinc-800">
      <dt className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {hint ? <dd className="text-xs text-zinc-600 dark:text-zinc-400">{hint}</dd> : null}
    </div>
  );
}

const avg = (n: number | null) => (n === null ? '–' : n.toFixed(2));

// Net is scored off the Playing Handicap; the Course Handicap is shown beside it when the format's
// allowance makes them differ, so the gap between the two is not taken for a mistake.
function handicapHint({ playing_handicap: ph, course_handicap: ch }: Player): string {
  return ph === ch ? `CH ${ch ?? '–'}` : `PH ${ph ?? '–'} (CH ${ch ?? '–'})`;
}

function Posting({ posting }: { posting: Player['posting'] }) {
  if (!posting) return null;
  if (!posting.posted)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="posting">
        {notPostedText(posting.note)}
      </p>
    );
  return (
    <p className="text-sm" data-testid="posting">
      Posted for handicap: adjusted gross {posting.ags}, course rating {posting.course_rating} / slope {posting.slope} →
      differential <strong className="tabular-nums">{posting.differential?.toFixed(1)}</strong>
      {posting.holes === 9 ? ' (9 holes)' : ''}.
    </p>
  );
}

export function RoundSummary({ player, testId }: { player: Player; testId?: string }) {
  const s = player.summary;
  if (!s) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{player.name} has no holes scored.</p>;
  const d = s.distribution;
  return (
    <section className="space-y-3" data-testid={testId} aria-label={`${player.name}: round summary`}>
      <dl className="grid grid-cols-3 gap-2">
        <Stat label="Gross" value={s.gross} testId="summary-gross" hint={`${s.holes_played} holes`} />
        <Stat label="To par" value={formatToPar(s.to_par)} testId="summary-to-par" />
        <Stat
          label="Net"
          value={s.net ?? '–'}
          testId="summary-net"
          hint={s.net_to_par === null ? undefined : `${formatToPar(s.net_to_par)} · ${handicapHint(player)}`}
        />
        <Stat label="Out" value={s.out ?? '–'} testId="summary-out" />
        <Stat label="In" value={s.in ?? '–'} testId="summary-in" />
        <Stat label="Stableford" value={s.stableford ?? '–'} testId="summary-stableford" />
        <Stat label="FIR" value={formatPct(s.fairways.pct)} testId="summary-fir" hint={`${s.fairways.made}/${s.fairways.of}`} />
        <Stat label="GIR" value={formatPct(s.greens.pct)} testId="summary-gir" hint={`${s.greens.made}/${s.greens.of}`} />
        <Stat label="Putts" value={s.putts ?? '–'} testId="summary-putts" />
        <Stat label="Penalties" value={s.penalties} testId="summary-penalties" />
        <Stat label="Sand saves" value={s.sand_saves ? `${s.sand_saves.made}/${s.sand_saves.of}` : '–'} testId="summary-sand" />
        <Stat label="Missed L/R" value={`${s.fairways.left}/${s.fairways.right}`} testId="summary-miss" />
      </dl>
      <ScrollFrame label={'Table'}>
        <table className="w-full text-sm" data-testid="summary-by-par">
          <caption className="pb-1 text-left text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
            Scoring by par
          </caption>
          <thead className="text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th className="text-left font-medium">Par 3</th>
              <th className="text-left font-medium">Par 4</th>
              <th className="text-left font-medium">Par 5</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            <tr>
              <td>{avg(s.scoring_average_by_par.par3)}</td>
              <td>{avg(s.scoring_average_by_par.par4)}</td>
              <td>{avg(s.scoring_average_by_par.par5)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollFrame>
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="summary-distribution">
        Eagle+ {d.eagle_or_better} · Birdies {d.birdie} · Pars {d.par} · Bogeys {d.bogey} · Doubles {d.double} · Triple+{' '}
        {d.triple_plus}
      </p>
      <Posting posting={player.posting} />
    </section>
  );
}
