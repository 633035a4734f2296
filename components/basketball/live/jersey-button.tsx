// One player as a big tap target: the number large, the name small.
import { jerseyLabel, type RosterPlayer } from './types';

const lastName = (name: string) => name.split(' ').slice(-1)[0] ?? name;

export function JerseyButton({
  player,
  pressed,
  onClick,
  disabled,
  testId,
}: {
  player: RosterPlayer;
  pressed?: boolean;
  onClick: () => void;
  disabled?: boolean;
  testId?: string;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed}
      aria-label={`${jerseyLabel(player)} ${lastName(player.name)}: ${player.name}`}
      data-testid={testId ?? `player-${player.id}`}
      className={`flex min-h-16 flex-col items-center justify-center rounded-lg border px-1 py-2 transition disabled:opacity-40 ${
        pressed
          ? 'border-brand-600 bg-brand-600 text-white'
          : 'border-zinc-300 bg-white hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800'
      }`}
    >
      <span className="text-xl font-bold tabular-nums leading-none">{jerseyLabel(player)}</span>{' '}
      <span className="mt-1 max-w-full truncate text-[11px] leading-tight">{lastName(player.name)}</span>
    </button>
  );
}

export function PlayerGrid({ children, label }: { children: React.ReactNode; label: string }) {
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">{label}</legend>
      <div className="grid grid-cols-5 gap-2">{children}</div>
    </fieldset>
  );
}
