// The latest plays, newest first. Plays still in this device's outbox are marked pending (with the
// reason when the rules will refuse them); undone plays stay, struck through.
import type { FeedLine } from '@/lib/basketball/client/feed-lines';

export function PlayFeed({ lines, testId = 'play-feed' }: { lines: FeedLine[]; testId?: string }) {
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
          <span className={l.voided ? 'text-zinc-400 line-through' : ''}>
            {l.text}
            {l.problem ? (
              <span className="block text-xs text-red-700 dark:text-red-400">Will be refused: {l.problem}</span>
            ) : null}
          </span>
          <span className="shrink-0 text-xs tabular-nums text-zinc-500">{l.pending ? 'pending' : l.meta}</span>
        </li>
      ))}
    </ol>
  );
}
