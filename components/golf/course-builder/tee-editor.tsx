'use client';
// One tee of the course builder: its name, ratings per gender (blank = unrated), and a per-hole grid.
import type { TeeDraft } from './draft';

const cell =
  'w-12 rounded border border-zinc-300 bg-white px-1 py-1 text-center text-sm tabular-nums dark:border-zinc-700 dark:bg-zinc-900';

export function TeeEditor({
  tee,
  index,
  onChange,
  onRemove,
}: {
  tee: TeeDraft;
  index: number;
  onChange: (tee: TeeDraft) => void;
  onRemove?: () => void;
}) {
  const set = (patch: Partial<TeeDraft>) => onChange({ ...tee, ...patch });
  const holeNumbers = tee.par.map((_, h) => h + 1);
  type HoleRow = 'par' | 'strokeIndex' | 'strokeIndexWomen' | 'yardage';
  const setHole = (key: HoleRow, hole: number, value: string) => set({ [key]: tee[key].map((v, i) => (i === hole ? value : v)) });
  const rows: { key: HoleRow; label: string }[] = [
    { key: 'par', label: 'Par' },
    { key: 'strokeIndex', label: 'Stroke index' },
    { key: 'strokeIndexWomen', label: "Women's stroke index" },
    { key: 'yardage', label: 'Yards' },
  ];
  return (
    <fieldset
      className="min-w-0 space-y-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
      data-testid={`tee-${index}`}
    >
      <legend className="px-1 text-sm font-semibold">Tee {index + 1}</legend>
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block font-medium">Tee name</span>
          <input className={`${cell} w-32 text-left`} value={tee.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        {(['men', 'women'] as const).map((g) => (
          <div key={g} className="flex gap-2 text-sm">
            <label>
              <span className="block font-medium">{g === 'men' ? "Men's" : "Women's"} rating</span>
              <input
                className={`${cell} w-20`}
                inputMode="decimal"
                value={g === 'men' ? tee.menRating : tee.womenRating}
                onChange={(e) => set(g === 'men' ? { menRating: e.target.value } : { womenRating: e.target.value })}
              />
            </label>
            <label>
              <span className="block font-medium">Slope</span>
              <input
                aria-label={`${g === 'men' ? "Men's" : "Women's"} slope`}
                className={`${cell} w-16`}
                inputMode="numeric"
                value={g === 'men' ? tee.menSlope : tee.womenSlope}
                onChange={(e) => set(g === 'men' ? { menSlope: e.target.value } : { womenSlope: e.target.value })}
              />
            </label>
          </div>
        ))}
        {onRemove ? (
          <button type="button" className="ml-auto text-sm text-red-700 hover:underline dark:text-red-400" onClick={onRemove}>
            Remove tee
          </button>
        ) : null}
      </div>
      <p className="text-xs text-zinc-500">
        Leave a rating blank if none is published: the tee is then unrated and not used for handicaps. Leave the women's stroke
        index blank when the card has one stroke index for everyone.
      </p>
      <div className="overflow-x-auto">
        <table className="text-sm">
          <thead>
            <tr>
              <th className="pr-2 text-left font-medium">Hole</th>
              {holeNumbers.map((n) => (
                <th key={n} className="px-0.5 text-center font-medium tabular-nums">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th className="whitespace-nowrap pr-2 text-left font-normal">{row.label}</th>
                {holeNumbers.map((n) => (
                  <td key={n} className="px-0.5 py-0.5">
                    <input
                      aria-label={`${row.label} hole ${n}`}
                      className={cell}
                      inputMode="numeric"
                      value={tee[row.key][n - 1] ?? ''}
                      onChange={(e) => setHole(row.key, n - 1, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
