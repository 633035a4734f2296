'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormResult } from '@/components/ui/form';
import { postJson } from './post-json';

/** An admin's buttons for one account: disabling or enabling it, a password-reset link to hand over, its data, deleting it. */
export function AdminAccountActions({ account }: { account: { id: string; email: string; disabled: boolean } }) {
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [deleted, setDeleted] = useState(false);

  async function remove() {
    if (!window.confirm(`Delete ${account.email} for good? Their personal data is erased; games and rounds stay.`)) return;
    setPending(true);
    setError(null);
    const result = await postJson(`/api/v1/accounts/${account.id}`, undefined, 'DELETE');
    setPending(false);
    if (result.ok) setDeleted(true);
    else setError(result.message);
  }

  if (deleted) return <p className="text-sm">Deleted.</p>;

  async function flip() {
    setPending(true);
    setError(null);
    const result = await postJson(`/api/v1/accounts/${account.id}/${account.disabled ? 'enable' : 'disable'}`, undefined);
    setPending(false);
    if (result.ok) router.refresh();
    else setError(result.message);
  }

  async function issueLink() {
    setPending(true);
    setError(null);
    const result = await postJson(`/api/v1/accounts/${account.id}/password-reset`, undefined);
    setPending(false);
    if (result.ok) setLink((result.data as { url: string }).url);
    else setError(result.message);
  }

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant={account.disabled ? 'secondary' : 'danger'}
          disabled={pending}
          onClick={flip}
          aria-label={`${account.disabled ? 'Enable' : 'Disable'} ${account.email}`}
        >
          {account.disabled ? 'Enable' : 'Disable'}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={issueLink}
          aria-label={`Reset link for ${account.email}`}
        >
          Reset link
        </Button>
        <a
          href={`/api/v1/accounts/${account.id}/export`}
          download
          className="rounded-md border border-zinc-300 px-4 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          aria-label={`Download the data of ${account.email}`}
        >
          Data
        </a>
        <Button type="button" variant="danger" disabled={pending} onClick={remove} aria-label={`Delete ${account.email}`}>
          Delete
        </Button>
      </div>
      {link ? (
        <p className="text-xs" data-testid="reset-link">
          Hand this to {account.email} (works once, for an hour):{' '}
          <input
            readOnly
            value={link}
            className="w-full font-mono text-xs"
            aria-label="Reset link"
            onFocus={(e) => e.target.select()}
          />
        </p>
      ) : null}
      <FormResult error={error} />
    </div>
  );
}
