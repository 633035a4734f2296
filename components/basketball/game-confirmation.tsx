'use client';

// The answer a team's coach gives to a game another coach scheduled against it.
import { useApiForm } from '@/components/basketball/live/use-api-form';

export function GameConfirmation({
  gameId,
  teamName,
  status,
  mayAnswer,
}: {
  gameId: number;
  teamName: string;
  status: 'pending' | 'accepted' | 'declined';
  mayAnswer: boolean;
}) {
  const accept = useApiForm(
    `/api/v1/basketball/games/${gameId}/accept`,
    () => ({}),
    () => 'Accepted.',
  );
  const decline = useApiForm(
    `/api/v1/basketball/games/${gameId}/decline`,
    () => ({}),
    () => 'Declined.',
  );
  if (status === 'accepted') return null;
  const error = accept.error ?? decline.error;
  return (
    <div
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950"
      data-testid="game-confirmation"
      role="status"
    >
      <p>
        {status === 'pending'
          ? `Waiting for ${teamName} to accept: until then this game does not count in ${teamName}'s standings or its players' averages.`
          : `${teamName} declined this game: it does not count for ${teamName}.`}
      </p>
      {mayAnswer && status === 'pending' ? (
        <div className="flex gap-2">
          <form onSubmit={accept.onSubmit}>
            <button type="submit" disabled={accept.busy} className="min-h-11 rounded bg-brand-600 px-4 font-medium text-white">
              Accept
            </button>
          </form>
          <form onSubmit={decline.onSubmit}>
            <button type="submit" disabled={decline.busy} className="min-h-11 rounded border border-zinc-400 px-4 font-medium">
              Decline
            </button>
          </form>
        </div>
      ) : null}
      {error ? <p className="text-red-700 dark:text-red-400">{error}</p> : null}
    </div>
  );
}
