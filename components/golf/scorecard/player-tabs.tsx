'use client';
// Whose hole the screen edits, with each player's running score to par. The picked tab is scrolled
// into view: with four players the row is wider than a phone.
import { useEffect, useRef } from 'react';
import { formatToPar } from '@/lib/golf/client/format';

export interface PlayerTab {
  position: number;
  name: string;
  toPar: number | null;
  thru: number;
}

export function PlayerTabs({
  players,
  active,
  onPick,
}: {
  players: PlayerTab[];
  active: number;
  onPick: (position: number) => void;
}) {
  const row = useRef<HTMLDivElement>(null);
  useEffect(() => {
    row.current
      ?.querySelector<HTMLElement>(`[data-testid="player-tab-${active}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'smooth' });
  }, [active]);
  return (
    <div ref={row} role="tablist" aria-label="Player" className="flex gap-2 overflow-x-auto pb-1">
      {players.map((p) => (
        <button
          key={p.position}
          type="button"
          role="tab"
          aria-selected={p.position === active}
          data-testid={`player-tab-${p.position}`}
          onClick={() => onPick(p.position)}
          className={`min-h-12 shrink-0 rounded-full px-4 text-sm ${
            p.position === active ? 'bg-zinc-900 text-white dark:bg-white dark:text-zinc-900' : 'bg-zinc-100 dark:bg-zinc-800'
          }`}
        >
          <span className="inline-block max-w-[9rem] truncate align-bottom font-medium" title={p.name}>
            {p.name}
          </span>{' '}
          <span className="tabular-nums" data-testid={`to-par-${p.position}`}>
            {formatToPar(p.toPar)}
          </span>
          {p.thru > 0 ? <span className="text-xs opacity-70"> thru {p.thru}</span> : null}
        </button>
      ))}
    </div>
  );
}
