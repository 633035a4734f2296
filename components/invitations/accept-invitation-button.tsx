'use client';

import Link from 'next/link';
import { useState } from 'react';
import { postJson } from '@/components/auth/post-json';
import { Button } from '@/components/ui/button';
import { FormResult } from '@/components/ui/form';

export function AcceptInvitationButton({ token, signedInAs }: { token: string; signedInAs: string }) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function accept() {
    setPending(true);
    setError(null);
    const result = await postJson('/api/v1/invitations/accept', { token });
    setPending(false);
    if (result.ok) setDone(true);
    else setError(result.message);
  }

  if (done) {
    return (
      <p role="status" data-testid="invitation-accepted">
        Accepted: the role is yours now.{' '}
        <Link href="/my" className="text-brand-600 hover:underline dark:text-brand-500">
          Go to My Statline
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <p>Signed in as {signedInAs}.</p>
      <FormResult error={error} />
      <Button type="button" onClick={accept} disabled={pending} className="w-full" data-testid="invitation-accept">
        {pending ? 'Accepting…' : 'Accept invitation'}
      </Button>
    </div>
  );
}
