'use client';

// A round for anyone who is not playing it: the leaderboard and the card as they are written
// (over the round's stream), and each player's summary once it is finished.
import { useState } from 'react';
import { cardCells } from '@/lib/golf/client/card';
import type { RoundView } from '@/lib/golf/rounds/views';
import { FullCard } from './full-card';
import { LiveLeaderboard } from './live-leaderboard';
import { RoundSummary } from './round-summary';
import { useRound } from './use-round';
import { useRoundStream } from './use-round-stream';

export function RoundViewer({ initial }: { initial: RoundView }) {
  const { round, refresh } = useRound(initial);
  const [board, setBoard] = useState({ seq: initial.last_seq, lines: initial.leaderboard });
  const live = useRoundStream(round.id, initial.last_seq, round.status === 'in_progress', (f) => {
    setBoard({ seq: f.seq, lines: f.leaderboard });
    refresh();
  });
  const leaderboard = board.seq > round.last_seq ? board.lines : round.leaderboard;
  const cells = cardCells(round, [], []);
  return (
    <div className="space-y-5" data-testid="round-viewer" data-status={round.status}>
      <header>
        <h1 className="text-xl font-bold tracking-tight">{round.course.name}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {round.tee.name} tees · {round.date} · {round.status === 'finished' ? 'finished' : 'in progress'}
        </p>
      </header>
      <LiveLeaderboard lines={leaderboard} live={live} />
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Scorecard</h2>
        <FullCard tee={round.tee} players={round.players} cells={cells} />
      </section>
      {round.status === 'finished'
        ? round.players.map((p) => (
            <section key={p.position} className="space-y-2">
              <h2 className="text-lg font-semibold">{p.name}</h2>
              <RoundSummary player={p} />
            </section>
          ))
        : null}
    </div>
  );
}
