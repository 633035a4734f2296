'use client';

// The game clock as a scoreboard shows it: ticking while it runs, read from where it last started
// and the server's time, so the scorer's and every viewer's screens agree. With `onRecord` it is the
// scorer's: start, stop (at the reading shown) and tap the time to set it.
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ClockModel } from '@/lib/basketball/client/clock-model';
import { formatClock, parseClock } from '@/lib/basketball/live/clock';

type ClockEvent =
  | { type: 'clock_started'; data: Record<string, never> }
  | { type: 'clock_stopped'; data: { remaining_ms: number } }
  | { type: 'clock_set'; data: { remaining_ms: number } };

function reading(clock: ClockModel, now: number): number {
  if (!clock.running || clock.startedAt === null) return clock.remainingMs;
  return Math.max(0, clock.remainingMs - Math.max(0, now - clock.startedAt));
}

export function GameClock({
  clock,
  serverOffsetMs = 0,
  onRecord,
}: {
  clock: ClockModel;
  /** Server time minus this device's time. */
  serverOffsetMs?: number;
  onRecord?: (event: ClockEvent) => void;
}) {
  const [now, setNow] = useState(() => Date.now() + serverOffsetMs);
  useEffect(() => {
    setNow(Date.now() + serverOffsetMs);
    if (!clock.running) return;
    const timer = setInterval(() => setNow(Date.now() + serverOffsetMs), 100);
    return () => clearInterval(timer);
  }, [clock.running, serverOffsetMs]);
  const left = reading(clock, now);
  const time = (
    <span className="font-mono text-2xl font-bold tabular-nums" data-testid="clock-time" data-running={clock.running}>
      {formatClock(left)}
    </span>
  );
  if (!onRecord) {
    return clock.kept ? (
      <p
        className="flex items-baseline justify-center gap-2"
        role="timer"
        aria-label={`${clock.label}, ${formatClock(left)} left`}
      >
        <span className="text-sm text-zinc-500">{clock.label}</span>
        {time}
      </p>
    ) : null;
  }
  const set = () => {
    const text = window.prompt(`Set the clock (m:ss, up to ${formatClock(clock.periodLengthMs)})`, formatClock(left));
    if (text === null) return;
    const ms = parseClock(text);
    if (ms !== null) onRecord({ type: 'clock_set', data: { remaining_ms: ms } });
  };
  return (
    <fieldset className="flex items-center gap-2">
      <legend className="sr-only">Game clock</legend>
      <button type="button" className="min-h-12 min-w-24 rounded-lg px-2" onClick={set} title="Tap to set the clock">
        <span className="sr-only">Set the clock, now </span>
        {time}
      </button>
      <span className="text-sm text-zinc-500">{clock.label}</span>
      {clock.running ? (
        <Button
          type="button"
          variant="secondary"
          className="ml-auto min-h-12 flex-1"
          onClick={() =>
            onRecord({ type: 'clock_stopped', data: { remaining_ms: Math.round(reading(clock, Date.now() + serverOffsetMs)) } })
          }
        >
          Stop clock
        </Button>
      ) : (
        <Button
          type="button"
          className="ml-auto min-h-12 flex-1"
          disabled={left === 0}
          onClick={() => onRecord({ type: 'clock_started', data: {} })}
        >
          Start clock
        </Button>
      )}
    </fieldset>
  );
}
