'use client';

// Rounds someone else put the signed-in golfer in: confirm (it joins their record) or decline.
import Link from 'next/link';
import { AnswerButtons } from '@/components/ui/answer-buttons';

export interface AwaitingRound {
  roundId: string;
  date: string;
  courseName: string;
  startedBy: string | null;
}

function Answer({ round }: { round: AwaitingRound }) {
  const base = `/api/v1/golf/rounds/${round.roundId}`;
  return (
    <li
      className="space-y-2 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
      data-testid={`awaiting-${round.roundId}`}
    >
      <p className="text-sm">
        <Link href={`/golf/rounds/${round.roundId}`} className="font-medium text-brand-600 hover:underline dark:text-brand-500">
          {round.courseName}, {round.date}
        </Link>{' '}
        — {round.startedBy ?? 'Another golfer'} put you in this round. It is not on your record until you confirm it.
      </p>
      <AnswerButtons yes={{ label: 'Confirm', url: `${base}/confirm` }} no={{ label: 'Decline', url: `${base}/decline` }} />
    </li>
  );
}

export function RoundsAwaiting({ rounds }: { rounds: AwaitingRound[] }) {
  if (rounds.length === 0) return null;
  return (
    <section className="space-y-2" data-testid="rounds-awaiting">
      <h2 className="text-lg font-semibold">Rounds waiting for your confirmation</h2>
      <ul className="space-y-2">
        {rounds.map((r) => (
          <Answer key={r.roundId} round={r} />
        ))}
      </ul>
    </section>
  );
}
