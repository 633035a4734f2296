// Whether this page is receiving the game as it happens.
import type { StreamState } from '@/lib/events/client/use-event-stream';

const text: Record<StreamState, string> = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' };

export function ConnectionBadge({ state }: { state: StreamState }) {
  return (
    <output
      aria-live="polite"
      data-testid="live-connection"
      data-state={state}
      className="inline-flex items-center gap-1.5 rounded-full border border-zinc-300 px-2.5 py-0.5 text-xs font-medium dark:border-zinc-700"
    >
      <span
        aria-hidden
        className={`h-2 w-2 rounded-full ${state === 'live' ? 'animate-pulse bg-red-600' : 'bg-zinc-400 dark:bg-zinc-600'}`}
      />
      {text[state]}
    </output>
  );
}
