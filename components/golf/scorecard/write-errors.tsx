// Writes the server refused (they left the outbox): said plainly, so the hole can be entered again.
import type { RoundWrite } from '@/lib/golf/client/round-writes';
import type { SyncError } from '@/lib/offline/sender';

const what = (w: RoundWrite) => (w.kind === 'finish' ? 'Finish' : `Hole ${w.hole}`);

export function WriteErrors({ errors, onDismiss }: { errors: SyncError<RoundWrite>[]; onDismiss: () => void }) {
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      className="space-y-1 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      <ul className="space-y-1">
        {errors.map((e) => (
          <li key={e.id}>
            {what(e.payload)} not saved: {e.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss} className="min-h-10 font-medium underline">
        Dismiss
      </button>
    </div>
  );
}
