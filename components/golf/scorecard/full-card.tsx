// The whole scorecard: front nine with Out, back nine with In and the total, one row per player.
// On a player's own card every hole is a button that opens it for a correction.

import { ScrollFrame } from '@/components/ui/scroll-frame';
import { cardTotals, type PlayerCells } from '@/lib/golf/client/card';
import { scoreName } from '@/lib/golf/client/format';

export interface CardTee {
  par: number[];
  yardage: number[] | null;
  stroke_index: number[] | null;
}

// As on a paper card, the shape says it (colour only helps): under par is circled (twice for an
// eagle or better), over par is boxed (twice for a double bogey or worse).
const mark: Record<ReturnType<typeof scoreName>, string> = {
  eagle:
    'rounded-full border-[3px] border-double border-amber-700 bg-amber-100 text-amber-950 dark:border-amber-300 dark:bg-amber-900 dark:text-amber-50',
  birdie:
    'rounded-full border border-emerald-700 bg-emerald-100 text-emerald-950 dark:border-emerald-300 dark:bg-emerald-900 dark:text-emerald-50',
  par: 'rounded',
  bogey: 'rounded-none border border-sky-700 bg-sky-50 text-sky-950 dark:border-sky-300 dark:bg-sky-950 dark:text-sky-100',
  double:
    'rounded-none border-[3px] border-double border-red-700 bg-red-50 text-red-950 dark:border-red-300 dark:bg-red-950 dark:text-red-100',
  worse:
    'rounded-none border-[3px] border-double border-red-800 bg-red-200 text-red-950 dark:border-red-200 dark:bg-red-900 dark:text-red-50',
};

const markLabel: Record<ReturnType<typeof scoreName>, string> = {
  eagle: 'eagle or better',
  birdie: 'birdie',
  par: 'par',
  bogey: 'bogey',
  double: 'double bogey',
  worse: 'triple bogey or worse',
};

const th = 'px-0 py-1.5 text-center font-medium';
const td = 'h-11 px-0 text-center tabular-nums';
const total = 'h-11 px-1 text-center tabular-nums';

function NineTable({
  label,
  holes,
  tee,
  players,
  cells,
  showGrandTotal,
  onPick,
}: {
  label: 'Out' | 'In';
  holes: number[];
  tee: CardTee;
  players: { position: number; name: string }[];
  cells: Map<number, PlayerCells>;
  showGrandTotal: boolean;
  onPick?: (hole: number, position: number) => void;
}) {
  const parSum = holes.reduce((a, h) => a + (tee.par[h - 1] ?? 0), 0);
  return (
    <ScrollFrame
      label={`Scorecard, ${label === 'Out' ? 'front' : 'back'} nine`}
      className="rounded-lg border border-zinc-200 dark:border-zinc-800"
    >
      <table className="w-full border-collapse text-sm" data-testid={`card-${label.toLowerCase()}`}>
        <thead className="bg-zinc-100 text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th scope="col" className={`${th} sticky left-0 z-10 bg-zinc-100 text-left dark:bg-zinc-900`}>
              Hole
            </th>
            {holes.map((h) => (
              <th key={h} scope="col" className={th}>
                {onPick ? (
                  <button
                    type="button"
                    aria-label={`Go to hole ${h}`}
                    data-testid={`card-hole-${h}`}
                    onClick={() => onPick(h, players[0]?.position ?? 1)}
                    className="min-h-10 w-9 rounded underline-offset-2 hover:underline"
                  >
                    {h}
                  </button>
                ) : (
                  h
                )}
              </th>
            ))}
            <th scope="col" className={th}>
              {label}
            </th>
            {showGrandTotal ? (
              <th scope="col" className={th}>
                Tot
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
          <tr className="text-xs text-zinc-600 dark:text-zinc-400">
            <th scope="row" className="sticky left-0 z-10 bg-white px-1 text-left font-medium dark:bg-zinc-950">
              Par
            </th>
            {holes.map((h) => (
              <td key={h} className="px-0.5 py-1 text-center tabular-nums">
                {tee.par[h - 1]}
              </td>
            ))}
            <td className="text-center tabular-nums">{parSum}</td>
            {showGrandTotal ? <td className="text-center tabular-nums">{tee.par.reduce((a, b) => a + b, 0)}</td> : null}
          </tr>
          {players.map((p) => {
            const mine = cells.get(p.position);
            const totals = cardTotals(tee.par, mine);
            return (
              <tr key={p.position}>
                <th
                  scope="row"
                  title={p.name}
                  className="sticky left-0 z-10 max-w-20 truncate bg-white px-1 text-left text-xs font-medium dark:bg-zinc-950"
                >
                  {p.name}
                </th>
                {holes.map((h) => {
                  const c = mine?.get(h);
                  const par = tee.par[h - 1] ?? 0;
                  const text = c ? String(c.strokes) : '·';
                  const name = c ? scoreName(c.strokes, par) : null;
                  return (
                    <td key={h} className={td} data-testid={`card-${p.position}-${h}`} data-pending={c?.pending || undefined}>
                      {onPick ? (
                        <button
                          type="button"
                          aria-label={`${p.name}, hole ${h}: ${c ? `${c.strokes}, ${name ? markLabel[name] : ''}` : 'no score'}`}
                          onClick={() => onPick(h, p.position)}
                          className={`h-9 w-9 ${name ? mark[name] : 'rounded text-zinc-600 dark:text-zinc-400'} ${c?.pending ? 'italic underline decoration-dotted' : ''}`}
                        >
                          {text}
                        </button>
                      ) : (
                        <span
                          title={name ? markLabel[name] : undefined}
                          className={`inline-flex h-8 w-8 items-center justify-center ${name ? mark[name] : 'text-zinc-600 dark:text-zinc-400'}`}
                        >
                          {text}
                          {name && name !== 'par' ? <span className="sr-only"> ({markLabel[name]})</span> : null}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className={`${total} font-semibold`} data-testid={`card-${p.position}-${label.toLowerCase()}`}>
                  {(label === 'Out' ? totals.out : totals.in) ?? '–'}
                </td>
                {showGrandTotal ? (
                  <td className={`${total} font-bold`} data-testid={`card-${p.position}-total`}>
                    {totals.total ?? '–'}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollFrame>
  );
}

export function FullCard({
  tee,
  players,
  cells,
  onPick,
}: {
  tee: CardTee;
  players: { position: number; name: string }[];
  cells: Map<number, PlayerCells>;
  onPick?: (hole: number, position: number) => void;
}) {
  const holes = tee.par.length;
  const front = Array.from({ length: Math.min(9, holes) }, (_, i) => i + 1);
  const back = holes > 9 ? Array.from({ length: holes - 9 }, (_, i) => i + 10) : [];
  return (
    <div className="space-y-3" data-testid="full-card">
      <NineTable
        label="Out"
        holes={front}
        tee={tee}
        players={players}
        cells={cells}
        showGrandTotal={back.length === 0}
        onPick={onPick}
      />
      {back.length ? (
        <NineTable label="In" holes={back} tee={tee} players={players} cells={cells} showGrandTotal onPick={onPick} />
      ) : null}
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400" data-testid="card-key">
        <span>
          <span aria-hidden className={`mr-1 inline-block h-3.5 w-3.5 align-middle ${mark.birdie}`} />
          birdie
        </span>
        <span>
          <span aria-hidden className={`mr-1 inline-block h-3.5 w-3.5 align-middle ${mark.bogey}`} />
          bogey
        </span>
        <span>(doubled for eagles and double bogeys)</span>
        {onPick ? <span>Tap a hole to open it and correct it.</span> : null}
      </p>
    </div>
  );
}
