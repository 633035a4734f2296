'use client';

// Nobody from this team is on the court yet: pick the five who start.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { JerseyButton, PlayerGrid } from './jersey-button';
import { byJersey, type GameTeam } from './types';

export function StartersPicker({ team, onConfirm }: { team: GameTeam; onConfirm: (playerIds: number[]) => void }) {
  const [picked, setPicked] = useState<number[]>([]);
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : p.length < 5 ? [...p, id] : p));
  if (team.players.length < 5) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 p-3 text-sm dark:border-zinc-700">
        {team.name} has {team.players.length} players on its roster; add at least five on the scorebook page.
      </p>
    );
  }
  return (
    <section className="space-y-2" aria-label={`${team.abbreviation} starters`}>
      <h2 className="text-sm font-semibold">Starters for {team.name}: tap five</h2>
      <PlayerGrid label={`${team.abbreviation} roster`}>
        {[...team.players].sort(byJersey).map((p) => (
          <JerseyButton key={p.id} player={p} pressed={picked.includes(p.id)} onClick={() => toggle(p.id)} />
        ))}
      </PlayerGrid>
      <Button
        type="button"
        className="min-h-12 w-full"
        disabled={picked.length !== 5}
        onClick={() => {
          onConfirm(picked);
          setPicked([]);
        }}
      >
        Set starters ({picked.length}/5)
      </Button>
    </section>
  );
}
