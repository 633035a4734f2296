'use client';

// The scorecard of a round's player: one hole per screen, the full card, the finish and then the
// summary. Every tap becomes a queued write with its own idempotency key; the screen shows the
// server's round with the outbox on top, so it answers at once, offline too.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SyncBadge } from '@/components/basketball/live/sync-badge';
import { cardCells, cardTotals, firstOpenHole, pruneConfirmed } from '@/lib/golf/client/card';
import { finishQuestion, unscoredHoles } from '@/lib/golf/client/finish-check';
import { formatToPar } from '@/lib/golf/client/format';
import { type HoleEntry, sameEntry } from '@/lib/golf/client/hole-entry';
import { type RoundWrite, type StoredHole, storedHole } from '@/lib/golf/client/round-writes';
import { holeStrokeIndex } from '@/lib/golf/client/stroke-index';
import type { RoundView } from '@/lib/golf/rounds/views';
import { newEventId } from '@/lib/offline/event-id';
import type { QueuedItem } from '@/lib/offline/queue';
import { syncStatus } from '@/lib/offline/sync-status';
import { FullCard } from './full-card';
import { HandicapUpdate } from './handicap-update';
import { HoleScreen } from './hole-screen';
import { LiveLeaderboard } from './live-leaderboard';
import { PlayerTabs } from './player-tabs';
import { RoundSummary } from './round-summary';
import { useHeldWrites } from './use-held-writes';
import { useRound } from './use-round';
import { useRoundOutbox } from './use-round-outbox';
import { useRoundStream } from './use-round-stream';
import { ViewTabs } from './view-tabs';
import { WriteErrors } from './write-errors';

type View = 'hole' | 'card' | 'summary';

export function RoundScorer({
  initial,
  userId,
  strokeIndexWomen,
}: {
  initial: RoundView;
  userId: string;
  /** The tee's women's stroke index, which the round view does not carry; null where it has none. */
  strokeIndexWomen: number[] | null;
}) {
  const { round, refresh, replace } = useRound(initial);
  const [confirmed, setConfirmed] = useState<StoredHole[]>([]);
  const [view, setView] = useState<View>(initial.status === 'finished' ? 'summary' : 'hole');
  const finished = round.status === 'finished';
  const finishedRef = useRef(finished);
  useEffect(() => {
    finishedRef.current = finished;
  });

  const onStored = useCallback(
    (item: QueuedItem<RoundWrite>, body: unknown) => {
      if (item.payload.kind === 'finish') {
        replace((body as { data: RoundView }).data);
        setView('summary');
        return;
      }
      const stored = storedHole(body);
      if (stored) setConfirmed((c) => [...c, stored]);
      // A correction after the finish changes the summary and the posted score.
      if (finishedRef.current) refresh();
    },
    [replace, refresh],
  );
  const outbox = useRoundOutbox(round.id, onStored);
  const { hold, settle } = useHeldWrites(outbox);

  const group = round.players.length > 1;
  const [board, setBoard] = useState({ seq: initial.last_seq, lines: initial.leaderboard });
  const stream = useRoundStream(round.id, initial.last_seq, group, (f) => {
    setBoard({ seq: f.seq, lines: f.leaderboard });
    refresh();
  });
  const leaderboard = board.seq > round.last_seq ? board.lines : round.leaderboard;

  const known = useMemo(() => pruneConfirmed(confirmed, round.last_seq), [confirmed, round.last_seq]);
  const cells = useMemo(() => cardCells(round, known, outbox.snapshot.items), [round, known, outbox.snapshot.items]);
  const me = round.players.find((p) => p.user_id === userId) ?? null;
  const holes = round.tee.par.length;
  const [position, setPosition] = useState(me?.position ?? round.players[0]?.position ?? 1);
  const [hole, setHole] = useState(() => firstOpenHole(holes, cells.get(position)) ?? 1);
  const finishing = outbox.snapshot.items.some((q) => q.payload.kind === 'finish');

  const players = round.players.map((p) => ({ position: p.position, name: p.user_id === userId ? 'You' : p.name }));
  const gender = round.players.find((p) => p.position === position)?.gender;

  const record = (entry: HoleEntry) => {
    if (sameEntry(entry, cells.get(position)?.get(hole))) return;
    hold({ kind: 'hole', roundId: round.id, position, hole, entry });
  };
  // Moving anywhere else lets the hole's value go.
  const show = (v: View) => {
    settle();
    setView(v);
  };
  const open = (h: number, p = position) => {
    settle();
    setHole(h);
    setPosition(p);
  };

  const finish = () => {
    const question = finishQuestion(unscoredHoles(holes, players, cells), group);
    if (question && !window.confirm(question)) return;
    settle();
    outbox.add({ id: newEventId(), payload: { kind: 'finish', roundId: round.id } });
  };

  const tabs = round.players.map((p) => {
    const t = cardTotals(round.tee.par, cells.get(p.position));
    return { position: p.position, name: p.user_id === userId ? 'You' : p.name, toPar: t.toPar, thru: t.thru };
  });
  const current = cells.get(position)?.get(hole) ?? null;
  const sync = syncStatus(outbox.snapshot, outbox.online);
  const finishButton = finished ? null : (
    <button
      type="button"
      onClick={finish}
      disabled={finishing}
      className="min-h-14 w-full rounded-xl bg-brand-600 text-lg font-semibold text-white active:bg-brand-700 disabled:opacity-60"
    >
      {finishing ? (sync.state === 'offline' ? 'Finish queued – waiting for a network' : 'Finishing…') : 'Finish round'}
    </button>
  );

  return (
    <div className="space-y-4 pb-8" data-testid="round-scorer" data-status={round.status}>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-lg font-bold tracking-tight">
            {round.course.name}{' '}
            <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">
              {round.tee.name} · {round.date}
            </span>
          </h1>
          <SyncBadge {...sync} />
        </div>
        <ViewTabs value={view} onChange={show} options={finished ? ['summary', 'card', 'hole'] : ['hole', 'card']} />
      </header>
      <WriteErrors errors={outbox.snapshot.errors} onDismiss={outbox.dismissErrors} />

      {view !== 'summary' && group ? <PlayerTabs players={tabs} active={position} onPick={(p) => open(hole, p)} /> : null}
      {view === 'hole' ? (
        <>
          {!group ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="running-score">
              {tabs[0]?.thru ? (
                <>
                  <strong className="tabular-nums" data-testid={`to-par-${position}`}>
                    {formatToPar(tabs[0].toPar)}
                  </strong>{' '}
                  thru {tabs[0].thru}
                </>
              ) : (
                'No holes scored yet'
              )}
            </p>
          ) : null}
          <HoleScreen
            card={{
              hole,
              holes,
              par: round.tee.par[hole - 1] ?? 4,
              yards: round.tee.yardage?.[hole - 1] ?? null,
              strokeIndex: holeStrokeIndex({ men: round.tee.stroke_index, women: strokeIndexWomen }, gender, hole),
            }}
            entry={current}
            pending={current?.pending ?? false}
            onChange={record}
            onMove={(h) => open(h)}
          />
          {hole === holes ? finishButton : null}
        </>
      ) : null}
      {view === 'card' ? (
        <>
          <FullCard
            tee={round.tee}
            players={players}
            cells={cells}
            onPick={(h, p) => {
              open(h, p);
              setView('hole');
            }}
          />
          {finishButton}
        </>
      ) : null}
      {view === 'summary' ? (
        <div className="space-y-4">
          {me ? <RoundSummary player={me} testId="my-summary" /> : null}
          {me?.user_id ? (
            // Keyed by the log's head: a correction after the finish changes the posted score, so it asks again.
            <HandicapUpdate key={round.last_seq} userId={me.user_id} roundId={round.id} atStart={me.handicap_index} />
          ) : null}
          {round.players
            .filter((p) => p !== me)
            .map((p) => (
              <details key={p.position} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
                <summary className="min-h-10 cursor-pointer font-medium">{p.name}</summary>
                <RoundSummary player={p} />
              </details>
            ))}
        </div>
      ) : null}
      {group ? <LiveLeaderboard lines={leaderboard} live={stream} /> : null}
    </div>
  );
}
