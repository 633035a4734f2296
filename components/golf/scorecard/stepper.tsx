// A count with big − and + on either side, sized for a thumb on a course.
const button =
  'flex h-14 w-14 shrink-0 items-center justify-center rounded-full border-2 border-zinc-300 text-3xl font-semibold active:scale-95 active:bg-zinc-100 disabled:opacity-40 dark:border-zinc-700 dark:active:bg-zinc-800';

export function Stepper({
  label,
  value,
  placeholder,
  unit,
  testId,
  disabled,
  onStep,
  less,
  more,
}: {
  label: string;
  value: number | null;
  /** Shown dimmed when nothing is entered yet (par, for strokes). */
  placeholder?: number;
  unit: { one: string; many: string };
  testId: string;
  disabled?: boolean;
  onStep: (delta: number) => void;
  less: string;
  more: string;
}) {
  const shown = value ?? placeholder;
  return (
    <div className="flex items-center justify-between gap-3">
      <span className="w-20 text-sm font-medium text-zinc-600 dark:text-zinc-400">{label}</span>
      <button type="button" aria-label={less} className={button} disabled={disabled} onClick={() => onStep(-1)}>
        −
      </button>
      <output
        data-testid={testId}
        data-entered={value !== null}
        aria-label={`${label}: ${value === null ? 'not entered' : `${value} ${value === 1 ? unit.one : unit.many}`}`}
        className={`min-w-12 text-center text-4xl font-bold tabular-nums ${value === null ? 'text-zinc-300 dark:text-zinc-600' : ''}`}
      >
        {shown ?? '–'}
      </output>
      <button type="button" aria-label={more} className={button} disabled={disabled} onClick={() => onStep(1)}>
        +
      </button>
    </div>
  );
}
