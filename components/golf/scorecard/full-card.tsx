// The whole scorecard: front nine with Out, back nine with In and the total, one row per player.
// On a player's own card every hole is a button that opens it for a correction.
import { cardTotals, type PlayerCells } from '@/lib/golf/client/card';
import { scoreName } from '@/lib/golf/client/format';

export interface CardTee {
  par: number[];
  yardage: number[] | null;
  stroke_index: number[] | null;
}

const mark: Record<ReturnType<typeof scoreName>, string> = {
  eagle: 'bg-amber-200 text-amber-950 dark:bg-amber-800 dark:text-amber-50',
  birdie: 'bg-emerald-200 text-emerald-950 dark:bg-emerald-800 dark:text-emerald-50',
  par: '',
  bogey: 'bg-sky-100 text-sky-950 dark:bg-sky-950 dark:text-sky-100',
  double: 'bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100',
  worse: 'bg-red-200 text-red-950 dark:bg-red-900 dark:text-red-50',
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
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
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
          <tr className="text-xs text-zinc-500">
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
                  return (
                    <td key={h} className={td} data-testid={`card-${p.position}-${h}`} data-pending={c?.pending || undefined}>
                      {onPick ? (
                        <button
                          type="button"
                          aria-label={`${p.name}, hole ${h}: ${c ? c.strokes : 'no score'}`}
                          onClick={() => onPick(h, p.position)}
                          className={`h-11 w-9 rounded ${c ? mark[scoreName(c.strokes, par)] : 'text-zinc-400'} ${c?.pending ? 'italic underline decoration-dotted' : ''}`}
                        >
                          {text}
                        </button>
                      ) : (
                        <span
                          className={`inline-block h-8 w-7 rounded leading-8 ${c ? mark[scoreName(c.strokes, par)] : 'text-zinc-400'}`}
                        >
                          {text}
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
    </div>
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
      {onPick ? <p className="text-xs text-zinc-500">Tap a hole to open it and correct it.</p> : null}
    </div>
  );
}
