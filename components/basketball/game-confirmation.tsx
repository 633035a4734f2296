'use client';

// The answer a team's coach gives to a game another coach scheduled against it.
import { AnswerButtons } from '@/components/ui/answer-buttons';

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
        <AnswerButtons
          yes={{ label: 'Accept', url: `/api/v1/basketball/games/${gameId}/accept` }}
          no={{ label: 'Decline', url: `/api/v1/basketball/games/${gameId}/decline` }}
        />
      ) : null}
    </div>
  );
}
