// Which team the pad is scoring for, and what that team does as a team: timeouts, bench technicals.
import type { Side } from '@/lib/basketball/live/state';
import type { GameTeam } from './types';

export function TeamBar({
  teams,
  side,
  timeoutsLeft,
  onSide,
  onTimeout,
  onBenchTechnical,
}: {
  teams: Record<Side, GameTeam>;
  side: Side;
  timeoutsLeft: number;
  onSide: (side: Side) => void;
  onTimeout: () => void;
  onBenchTechnical: () => void;
}) {
  const sideButton = (s: Side) => (
    <button
      key={s}
      type="button"
      aria-pressed={s === side}
      data-testid={`team-${s}`}
      onClick={() => onSide(s)}
      className={`min-h-12 flex-1 rounded-lg border text-base font-semibold ${
        s === side
          ? 'border-zinc-900 bg-zinc-900 text-white dark:border-white dark:bg-white dark:text-zinc-900'
          : 'border-zinc-300 dark:border-zinc-700'
      }`}
    >
      {teams[s].abbreviation}
      <span className="ml-1 text-xs font-normal opacity-70">{s === 'home' ? 'home' : 'away'}</span>
    </button>
  );
  const small = 'min-h-11 rounded-lg border border-zinc-300 px-3 text-sm font-medium dark:border-zinc-700';
  return (
    <div className="space-y-2">
      <fieldset className="min-w-0">
        <legend className="sr-only">Team</legend>
        <div className="flex gap-2">
          {sideButton('visitor')}
          {sideButton('home')}
        </div>
      </fieldset>
      <div className="flex gap-2">
        <button type="button" className={`${small} flex-1`} onClick={onTimeout} disabled={timeoutsLeft <= 0}>
          Timeout {teams[side].abbreviation} ({timeoutsLeft} left)
        </button>
        <button type="button" className={small} onClick={onBenchTechnical} aria-label="Bench tech: a technical foul on the bench">
          Bench tech
        </button>
      </div>
    </div>
  );
}
