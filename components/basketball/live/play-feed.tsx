// The latest plays, newest first. Plays still in this device's outbox are marked pending (with the
// reason when the rules will refuse them); undone plays stay, struck through.
import type { FeedLine } from '@/lib/basketball/client/feed-lines';

// On the scorer's screen any stored play can be edited (the types the editor knows) or deleted.
const editable = new Set(['field_goal', 'free_throw', 'rebound', 'turnover', 'foul', 'substitution']);
const small = 'min-h-9 rounded-md border border-zinc-300 px-2 text-xs dark:border-zinc-700';

export function PlayFeed({
  lines,
  testId = 'play-feed',
  onEdit,
  onDelete,
}: {
  lines: FeedLine[];
  testId?: string;
  onEdit?: (seq: number) => void;
  onDelete?: (seq: number) => void;
}) {
  if (lines.length === 0) return <p className="text-sm text-zinc-500">No plays yet.</p>;
  return (
    <ol
      className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800"
      data-testid={testId}
    >
      {lines.map((l) => (
        <li
          key={l.key}
          data-pending={l.pending ? 'true' : undefined}
          data-voided={l.voided ? 'true' : undefined}
          className={`flex items-baseline justify-between gap-3 px-3 py-2 text-sm ${l.pending ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}
        >
          <span className={l.voided ? 'text-zinc-500 line-through' : ''}>
            {l.text}
            {l.problem ? (
              <span className="block text-xs text-red-700 dark:text-red-400">Will be refused: {l.problem}</span>
            ) : null}
          </span>
          <span className="flex shrink-0 flex-col items-end gap-1">
            <span className="text-xs tabular-nums text-zinc-500">{l.pending ? 'pending' : l.meta}</span>
            {l.seq !== undefined && (onEdit || onDelete) ? (
              <span className="flex gap-1">
                {onEdit && l.type && editable.has(l.type) ? (
                  <button type="button" className={small} onClick={() => onEdit(l.seq as number)} aria-label={`Edit: ${l.text}`}>
                    Edit
                  </button>
                ) : null}
                {onDelete ? (
                  <button
                    type="button"
                    className={small}
                    onClick={() => onDelete(l.seq as number)}
                    aria-label={`Delete: ${l.text}`}
                  >
                    Delete
                  </button>
                ) : null}
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
