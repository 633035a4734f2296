'use client';
// Whose hole the screen edits, with each player's running score to par. The picked tab is scrolled
// into view: with four players the row is wider than a phone.
import { useEffect, useRef } from 'react';
import { PillTabs } from '@/components/ui/pills';
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
  const tabs = players.map((p) => ({
    key: p.position,
    testId: `player-tab-${p.position}`,
    label: (
      <>
        <span className="inline-block max-w-[9rem] truncate align-bottom font-medium" title={p.name}>
          {p.name}
        </span>{' '}
        <span className="tabular-nums" data-testid={`to-par-${p.position}`}>
          {formatToPar(p.toPar)}
        </span>
        {p.thru > 0 ? <span className="text-xs opacity-70"> thru {p.thru}</span> : null}
      </>
    ),
  }));
  return <PillTabs ref={row} label="Player" tabs={tabs} value={active} onChange={onPick} size="lg" />;
}
