'use client';

// An event's leaderboard as its stream last said: position and name stay put while the rest scrolls
// sideways on a phone; to par, thru and today come first, then each round and the total.
import Link from 'next/link';
import { useState } from 'react';
import { ScrollFrame } from '@/components/ui/scroll-frame';
import { useEventStream } from '@/lib/events/client/use-event-stream';
import { eventFrames } from '@/lib/golf/client/event-frame';
import { formatToPar } from '@/lib/golf/client/format';
import type { Board, BoardLine } from '@/lib/golf/events/board';

const sticky = 'sticky z-10 bg-white dark:bg-zinc-900';

function thruText(l: BoardLine, holes: number): string {
  if (l.thru === 0) return '–';
  return l.thru >= holes ? 'F' : String(l.thru);
}

export function EventBoard({
  eventId,
  initial,
  lastSeq,
  rounds,
  holes,
}: {
  eventId: number;
  initial: Board;
  lastSeq: number;
  rounds: number;
  holes: number;
}) {
  const [board, setBoard] = useState(initial);
  const live = useEventStream(`/api/v1/golf/events/${eventId}/leaderboard/stream`, lastSeq, eventFrames, (f) =>
    setBoard(f.leaderboard),
  );
  const roundNumbers = Array.from({ length: rounds }, (_, i) => i + 1);
  const cutShown = board.cut && board.cut.line_to_par !== null;
  return (
    <section className="space-y-2" aria-labelledby="event-board-title">
      <div className="flex items-center justify-between">
        <h2 id="event-board-title" className="text-lg font-semibold">
          Leaderboard
        </h2>
        <output
          data-testid="event-board-connection"
          data-state={live}
          className="flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400"
        >
          <span aria-hidden className={`h-2 w-2 rounded-full ${live === 'live' ? 'animate-pulse bg-red-600' : 'bg-zinc-400'}`} />
          {live === 'live' ? 'Live' : live === 'connecting' ? 'Connecting…' : 'Reconnecting…'}
        </output>
      </div>
      {cutShown && board.cut ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="event-cut">
          Cut after round {board.cut.after_round}: top {board.cut.top} and ties, {formatToPar(board.cut.line_to_par ?? 0)} (
          {board.cut.made} made it)
        </p>
      ) : null}
      <ScrollFrame label="Leaderboard table" className="rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table data-testid="event-board" className="w-full border-collapse text-sm tabular-nums">
          <thead className="bg-zinc-50 text-left text-xs text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
            <tr>
              <th scope="col" className={`${sticky} left-0 w-12 px-2 py-2 bg-zinc-50 dark:bg-zinc-800`}>
                Pos
              </th>
              <th scope="col" className={`${sticky} left-12 min-w-32 px-2 py-2 bg-zinc-50 dark:bg-zinc-800`}>
                Player
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                To par
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                Thru
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                Today
              </th>
              {roundNumbers.map((r) => (
                <th key={r} scope="col" className="px-2 py-2 text-right">
                  R{r}
                </th>
              ))}
              <th scope="col" className="px-2 py-2 text-right">
                Total
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                Net
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {board.lines.map((l) => (
              <tr key={l.entry_id} data-testid={`event-line-${l.entry_id}`} data-status={l.status}>
                <td className={`${sticky} left-0 w-12 px-2 py-2 text-zinc-600 dark:text-zinc-400`}>{l.position ?? '–'}</td>
                <th scope="row" className={`${sticky} left-12 min-w-32 max-w-40 truncate px-2 py-2 text-left font-medium`}>
                  {l.user_id ? (
                    <Link href={`/golf/players/${l.user_id}`} className="hover:underline">
                      {l.name}
                    </Link>
                  ) : (
                    l.name
                  )}
                </th>
                <td className="px-2 py-2 text-right font-bold">{l.thru > 0 || l.total > 0 ? formatToPar(l.to_par) : '–'}</td>
                <td className="px-2 py-2 text-right">{thruText(l, holes)}</td>
                <td className="px-2 py-2 text-right">{l.today === null ? '–' : formatToPar(l.today)}</td>
                {roundNumbers.map((r) => {
                  const round = l.rounds.find((x) => x.round === r);
                  return (
                    <td key={r} className="px-2 py-2 text-right text-zinc-700 dark:text-zinc-300">
                      {round && round.thru >= holes ? round.gross : '–'}
                    </td>
                  );
                })}
                <td className="px-2 py-2 text-right">{l.total || '–'}</td>
                <td className="px-2 py-2 text-right text-zinc-700 dark:text-zinc-300">
                  {l.total ? formatToPar(l.net_to_par) : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
    </section>
  );
}
