'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormResult } from '@/components/ui/form';
import { postJson } from './post-json';

/** An admin's buttons for one account: issue a password-reset link to hand over. */
export function AdminAccountActions({ account }: { account: { id: string; email: string } }) {
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

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
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={issueLink}
        aria-label={`Reset link for ${account.email}`}
      >
        Reset link
      </Button>
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
