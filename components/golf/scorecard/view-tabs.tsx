// Switches the scorecard between the hole being played, the whole card, and the summary.
const labels = { hole: 'Hole', card: 'Scorecard', summary: 'Summary' } as const;
type View = keyof typeof labels;

export function ViewTabs<V extends View>({ value, options, onChange }: { value: V; options: V[]; onChange: (v: V) => void }) {
  return (
    <div role="tablist" aria-label="View" className="grid grid-flow-col gap-1 rounded-xl bg-zinc-100 p-1 dark:bg-zinc-800">
      {options.map((o) => (
        <button
          key={o}
          type="button"
          role="tab"
          aria-selected={o === value}
          onClick={() => onChange(o)}
          className={`min-h-11 rounded-lg text-sm font-semibold ${o === value ? 'bg-white shadow dark:bg-zinc-950' : 'text-zinc-600 dark:text-zinc-300'}`}
        >
          {labels[o]}
        </button>
      ))}
    </div>
  );
}
