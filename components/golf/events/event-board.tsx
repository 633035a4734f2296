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
  const [by, setBy] = useState<Board['by']>(initial.by);
  const stream = `/api/v1/golf/events/${eventId}/leaderboard/stream${by === 'net' ? '?by=net' : ''}`;
  const live = useEventStream(stream, lastSeq, eventFrames, (f) => {
    if (f.leaderboard.by === by) setBoard(f.leaderboard);
  });
  // The stream of the other ranking replays from the page's first seq; the board as it stands now
  // comes from the leaderboard itself, so a quiet event shows the switch at once.
  const rankBy = async (next: Board['by']) => {
    setBy(next);
    const res = await fetch(`/api/v1/golf/events/${eventId}/leaderboard?by=${next}`);
    if (res.ok) setBoard(((await res.json()) as { data: Board }).data);
  };
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
      <fieldset className="flex items-center gap-2 text-sm">
        <legend className="sr-only">Rank by</legend>
        {(['gross', 'net'] as const).map((b) => (
          <button
            key={b}
            type="button"
            aria-pressed={by === b}
            data-testid={`event-board-by-${b}`}
            onClick={() => void rankBy(b)}
            className={`min-h-8 rounded-md border px-3 capitalize ${
              by === b
                ? 'border-brand-600 bg-brand-600 text-white'
                : 'border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300'
            }`}
          >
            {b}
          </button>
        ))}
      </fieldset>
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
                {board.by === 'net' ? 'Net' : 'To par'}
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
                {board.by === 'net' ? 'Gross' : 'Net'}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {board.lines.map((l) => (
              <tr key={l.entry_id} data-testid={`event-line-${l.entry_id}`} data-status={l.status}>
                <td
                  data-testid="event-line-position"
                  className={`${sticky} left-0 w-12 px-2 py-2 text-zinc-600 dark:text-zinc-400`}
                >
                  {l.position ?? '–'}
                </td>
                <th scope="row" className={`${sticky} left-12 min-w-32 max-w-40 truncate px-2 py-2 text-left font-medium`}>
                  {l.user_id ? (
                    <Link href={`/golf/players/${l.user_id}`} className="hover:underline">
                      {l.name}
                    </Link>
                  ) : (
                    l.name
                  )}
                </th>
                <td className="px-2 py-2 text-right font-bold" data-testid="event-line-score">
                  {l.thru > 0 || l.total > 0 ? formatToPar(board.by === 'net' ? l.net_to_par : l.to_par) : '–'}
                </td>
                <td className="px-2 py-2 text-right" data-testid="event-line-thru">
                  {thruText(l, holes)}
                </td>
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
                  {l.total ? formatToPar(board.by === 'net' ? l.to_par : l.net_to_par) : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
    </section>
  );
}
