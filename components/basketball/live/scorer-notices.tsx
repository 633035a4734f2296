// What the scorer must read: a play the rules refused here, what an undo took back, and plays the
// server refused (they have left the queue, so nothing behind them waits).
import type { PlayWrite } from '@/lib/basketball/client/outbox';
import type { SyncError } from '@/lib/offline/sender';

export function ScorerNotices({
  notice,
  errors,
  onDismiss,
}: {
  notice: { tone: 'error' | 'info'; text: string } | null;
  errors: SyncError<PlayWrite>[];
  onDismiss: () => void;
}) {
  if (!notice && errors.length === 0) return null;
  return (
    <div className="space-y-1 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800" data-testid="scorer-notices">
      {notice ? (
        <p
          role={notice.tone === 'error' ? 'alert' : 'status'}
          className={notice.tone === 'error' ? 'text-red-700 dark:text-red-400' : ''}
        >
          {notice.text}
        </p>
      ) : null}
      {errors.map((e) => (
        <p key={e.id} role="alert" className="text-red-700 dark:text-red-400">
          Refused ({e.payload.event.type.replace('_', ' ')}): {e.message}
        </p>
      ))}
      <button type="button" onClick={onDismiss} className="min-h-11 text-sm underline">
        Dismiss
      </button>
    </div>
  );
}
