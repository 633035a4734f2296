'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormResult } from '@/components/ui/form';
import { postJson } from './post-json';

/** A signed-in account asks to be linked to a player, as the player or a parent; the team's coach confirms. */
export function LinkRequest({ playerId, name }: { playerId: number; name: string }) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function ask(role: 'player' | 'parent') {
    setPending(true);
    setError(null);
    const result = await postJson('/api/v1/me/links', { player_id: playerId, role });
    setPending(false);
    if (!result.ok) return setError(result.message);
    const status = (result.data as { status: string }).status;
    setDone(status === 'active' ? 'You are linked.' : "Asked: the team's coach will confirm it.");
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="link-request">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => ask('player')}
        aria-label={`This is me: ${name}`}
      >
        This is me
      </Button>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => ask('parent')}
        aria-label={`I am a parent of ${name}`}
      >
        I am a parent
      </Button>
      <FormResult error={error} done={done} />
    </div>
  );
}
