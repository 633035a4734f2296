'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormResult } from '@/components/ui/form';
import { postJson } from './post-json';

export interface PendingLink {
  id: string;
  account: { id: string; name: string; email: string };
  role: 'player' | 'parent' | string;
  player: string;
}

/** A coach's list of accounts asking to be linked to players of the team, each confirmed or declined. */
export function PendingLinks({ links }: { links: PendingLink[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function answer(link: PendingLink, confirm: boolean) {
    setPending(true);
    setError(null);
    const result = confirm
      ? await postJson(`/api/v1/role-grants/${link.id}/confirm`, undefined)
      : await postJson(`/api/v1/accounts/${link.account.id}/grants/${link.id}`, undefined, 'DELETE');
    setPending(false);
    if (result.ok) router.refresh();
    else setError(result.message);
  }

  return (
    <div className="space-y-2">
      <ul className="space-y-2" data-testid="pending-links">
        {links.map((l) => (
          <li key={l.id} className="flex flex-wrap items-center gap-2 text-sm">
            <span>
              {l.account.name} ({l.account.email}) asks to be linked as {l.role === 'parent' ? 'a parent of' : ''} {l.player}
            </span>
            <Button type="button" disabled={pending} onClick={() => answer(l, true)} aria-label={`Confirm ${l.account.email}`}>
              Confirm
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() => answer(l, false)}
              aria-label={`Decline ${l.account.email}`}
            >
              Decline
            </Button>
          </li>
        ))}
      </ul>
      <FormResult error={error} />
    </div>
  );
}
