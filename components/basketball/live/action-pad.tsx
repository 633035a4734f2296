// The plays a selected player can make, as a grid of big buttons. Some open a second question
// (who assisted, who stole it, which foul); the scorer's component asks it.
export const actions = [
  { key: 'fg2_made', label: '2PT made', short: '2 ✓', tone: 'made' },
  { key: 'fg2_miss', label: '2PT miss', short: '2 ✗', tone: 'miss' },
  { key: 'fg3_made', label: '3PT made', short: '3 ✓', tone: 'made' },
  { key: 'fg3_miss', label: '3PT miss', short: '3 ✗', tone: 'miss' },
  { key: 'ft_made', label: 'FT made', short: 'FT ✓', tone: 'made' },
  { key: 'ft_miss', label: 'FT miss', short: 'FT ✗', tone: 'miss' },
  { key: 'oreb', label: 'Offensive rebound', short: 'OREB', tone: 'plain' },
  { key: 'dreb', label: 'Defensive rebound', short: 'DREB', tone: 'plain' },
  { key: 'stl', label: 'Steal', short: 'STL', tone: 'plain' },
  { key: 'blk', label: 'Block', short: 'BLK', tone: 'plain' },
  { key: 'tov', label: 'Turnover', short: 'TOV', tone: 'plain' },
  { key: 'foul', label: 'Foul', short: 'Foul', tone: 'foul' },
  { key: 'sub', label: 'Substitution', short: 'Sub', tone: 'plain' },
] as const;
export type ActionKey = (typeof actions)[number]['key'];

const tones = {
  made: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
  miss: 'border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900',
  plain: 'border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900',
  foul: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
};

export function ActionPad({
  disabled,
  highlightThree,
  onAction,
}: {
  disabled: boolean;
  /** The marked shot location is behind the arc. */
  highlightThree: boolean;
  onAction: (key: ActionKey) => void;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">Plays</legend>
      <div className="grid grid-cols-4 gap-2">
        {actions.map((a) => (
          <button
            key={a.key}
            type="button"
            aria-label={`${a.short}: ${a.label}`}
            title={a.label}
            disabled={disabled}
            onClick={() => onAction(a.key)}
            className={`min-h-14 rounded-lg border text-base font-semibold transition active:scale-95 disabled:opacity-40 ${tones[a.tone]} ${
              highlightThree && a.key.startsWith('fg3') ? 'ring-2 ring-brand-500' : ''
            }`}
          >
            {a.short}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
