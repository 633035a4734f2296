// Where the tee shot finished on a par 4 or 5: left, in the fairway, or right. Tapping again clears.
import type { Fairway } from '@/lib/golf/client/hole-entry';

const options = [
  { value: 'left', label: 'Left' },
  { value: 'hit', label: 'Hit' },
  { value: 'right', label: 'Right' },
] as const;

export function FairwayPicker({
  par,
  value,
  disabled,
  onPick,
}: {
  par: number;
  value: Fairway | null;
  disabled: boolean;
  onPick: (f: Exclude<Fairway, 'n/a'>) => void;
}) {
  if (par === 3) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Fairway: n/a on a par 3</p>;
  return (
    <fieldset className="flex items-center gap-2" disabled={disabled}>
      <legend className="sr-only">Fairway</legend>
      <span className="w-20 text-sm font-medium text-zinc-600 dark:text-zinc-400" aria-hidden>
        Fairway
      </span>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={value === o.value}
          aria-label={`Fairway ${o.label.toLowerCase()}`}
          onClick={() => onPick(o.value)}
          className={`min-h-12 flex-1 rounded-lg border-2 text-sm font-semibold disabled:opacity-40 ${
            value === o.value
              ? o.value === 'hit'
                ? 'border-emerald-600 bg-emerald-600 text-white'
                : 'border-amber-500 bg-amber-500 text-white'
              : 'border-zinc-300 dark:border-zinc-700'
          }`}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}
