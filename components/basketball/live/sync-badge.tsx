// Whether every tapped play has reached the server, always in view of the scorer.
import type { SyncState } from '@/lib/offline/sync-status';

const tones: Record<SyncState, string> = {
  synced: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  sending: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  offline: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  error: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
};

export function SyncBadge({ state, text }: { state: SyncState; text: string }) {
  return (
    <output
      aria-live="polite"
      data-testid="sync-state"
      data-state={state}
      className={`inline-flex min-h-8 max-w-full items-center truncate rounded-full px-3 text-sm font-medium ${tones[state]}`}
    >
      {text}
    </output>
  );
}
