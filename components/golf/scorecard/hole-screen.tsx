'use client';

// One hole, one player: strokes and putts with big − / +, fairway, penalties and bunker, and the way
// to the next or previous hole (buttons, or a swipe across the screen).
import { useRef } from 'react';
import { scoreName } from '@/lib/golf/client/format';
import {
  type HoleEntry,
  stepPenalties,
  stepPutts,
  stepStrokes,
  toggleSand,
  withFairway,
  withStrokes,
} from '@/lib/golf/client/hole-entry';
import { type Point, swipeDirection } from '@/lib/golf/client/swipe';
import { FairwayPicker } from './fairway-picker';
import { Stepper } from './stepper';

const nav =
  'flex min-h-14 flex-1 items-center justify-center rounded-xl border-2 border-zinc-300 text-base font-semibold active:bg-zinc-100 disabled:opacity-40 dark:border-zinc-700 dark:active:bg-zinc-800';

const nameTone: Record<ReturnType<typeof scoreName>, string> = {
  eagle: 'text-amber-600',
  birdie: 'text-emerald-600',
  par: 'text-zinc-600 dark:text-zinc-400',
  bogey: 'text-sky-700 dark:text-sky-400',
  double: 'text-red-600',
  worse: 'text-red-700',
};

export interface HoleCard {
  hole: number;
  holes: number;
  par: number;
  yards: number | null;
  strokeIndex: number | null;
}

export function HoleScreen({
  card,
  entry,
  pending,
  onChange,
  onMove,
}: {
  card: HoleCard;
  entry: HoleEntry | null;
  pending: boolean;
  onChange: (entry: HoleEntry) => void;
  onMove: (hole: number) => void;
}) {
  const { hole, holes, par } = card;
  const start = useRef<Point | null>(null);
  const go = (dir: 'next' | 'previous' | null) => {
    if (dir === 'next' && hole < holes) onMove(hole + 1);
    if (dir === 'previous' && hole > 1) onMove(hole - 1);
  };

  return (
    <section
      aria-label={`Hole ${hole}`}
      data-testid="hole-screen"
      data-hole={hole}
      className="space-y-4 rounded-2xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      onTouchStart={(e) => {
        const t = e.touches[0];
        start.current = t ? { x: t.clientX, y: t.clientY } : null;
      }}
      onTouchEnd={(e) => {
        const t = e.changedTouches[0];
        if (start.current && t) go(swipeDirection(start.current, { x: t.clientX, y: t.clientY }));
        start.current = null;
      }}
    >
      <header className="flex items-baseline justify-between gap-2">
        <h2 className="text-3xl font-bold tabular-nums" data-testid="hole-number">
          Hole {hole}
        </h2>
        <p className="text-right text-sm text-zinc-600 dark:text-zinc-400">
          <span className="text-lg font-semibold text-zinc-900 dark:text-zinc-100" data-testid="hole-par">
            Par {par}
          </span>
          {card.yards !== null ? <> · {card.yards} yds</> : null}
          {card.strokeIndex !== null ? <> · SI {card.strokeIndex}</> : null}
        </p>
      </header>

      <div className="space-y-1">
        <Stepper
          label="Strokes"
          value={entry?.strokes ?? null}
          placeholder={par}
          unit={{ one: 'stroke', many: 'strokes' }}
          testId="strokes-value"
          less="Remove a stroke"
          more="Add a stroke"
          onStep={(d) => onChange(stepStrokes(entry, par, d))}
        />
        <div className="flex min-h-8 items-center justify-end gap-3 text-sm">
          {entry ? (
            <span className={`font-medium capitalize ${nameTone[scoreName(entry.strokes, par)]}`}>
              {scoreName(entry.strokes, par) === 'worse' ? `+${entry.strokes - par}` : scoreName(entry.strokes, par)}
            </span>
          ) : (
            <button
              type="button"
              onClick={() => onChange(withStrokes(null, par, par))}
              className="min-h-10 rounded-full border border-zinc-300 px-4 font-medium dark:border-zinc-700"
            >
              Score a par
            </button>
          )}
          {pending ? (
            <span className="text-xs text-sky-700 dark:text-sky-400" data-testid="hole-pending">
              not sent yet
            </span>
          ) : null}
        </div>
      </div>

      <Stepper
        label="Putts"
        value={entry?.putts ?? null}
        unit={{ one: 'putt', many: 'putts' }}
        testId="putts-value"
        less="Remove a putt"
        more="Add a putt"
        disabled={!entry}
        onStep={(d) => entry && onChange(stepPutts(entry, d))}
      />
      <FairwayPicker
        par={par}
        value={entry?.fairway ?? null}
        disabled={!entry}
        onPick={(f) => entry && onChange(withFairway(entry, par, f))}
      />
      <Stepper
        label="Penalties"
        value={entry ? (entry.penalties ?? 0) : null}
        unit={{ one: 'penalty', many: 'penalties' }}
        testId="penalties-value"
        less="Remove a penalty"
        more="Add a penalty"
        disabled={!entry}
        onStep={(d) => entry && onChange(stepPenalties(entry, d))}
      />
      <button
        type="button"
        aria-pressed={!!entry?.sand}
        disabled={!entry}
        onClick={() => entry && onChange(toggleSand(entry))}
        className={`min-h-12 w-full rounded-lg border-2 text-sm font-semibold disabled:opacity-40 ${
          entry?.sand
            ? 'border-amber-500 bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200'
            : 'border-zinc-300 dark:border-zinc-700'
        }`}
      >
        {entry?.sand ? 'In a greenside bunker ✓' : 'Greenside bunker?'}
      </button>

      <nav aria-label="Holes" className="flex gap-3 pt-2">
        <button type="button" className={nav} disabled={hole <= 1} onClick={() => go('previous')} aria-label="Previous hole">
          ‹ {hole > 1 ? hole - 1 : ''}
        </button>
        <button type="button" className={nav} disabled={hole >= holes} onClick={() => go('next')} aria-label="Next hole">
          {hole < holes ? hole + 1 : ''} ›
        </button>
      </nav>
    </section>
  );
}
