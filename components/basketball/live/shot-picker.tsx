'use client';

// Where the next shot is taken from: a tap on the half court. Optional, and cleared once used.
import { toFraction } from '@/lib/basketball/client/court';
import { HalfCourt } from './half-court';

export type ShotLocation = { x: number; y: number };

export function ShotPicker({ value, onChange }: { value: ShotLocation | null; onChange: (loc: ShotLocation | null) => void }) {
  return (
    <div className="space-y-2">
      <button
        type="button"
        aria-label="Shot location: tap the court"
        data-testid="shot-picker"
        className="block w-full max-w-sm overflow-hidden rounded-lg border border-zinc-300 dark:border-zinc-700"
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          onChange(toFraction(e.clientX - box.left, e.clientY - box.top, box.width, box.height));
        }}
      >
        <HalfCourt label="Half court">
          {value ? <circle cx={value.x * 50} cy={value.y * 47} r={1.2} className="fill-brand-600" /> : null}
        </HalfCourt>
      </button>
      <p className="text-xs text-zinc-500">
        {value ? 'The next shot gets this spot. ' : 'Tap where the next shot is taken (optional). '}
        {value ? (
          <button type="button" className="underline" onClick={() => onChange(null)}>
            Clear
          </button>
        ) : null}
      </p>
    </div>
  );
}
