'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult } from '@/components/ui/form';
import { postJson } from './post-json';

export function ForgotPasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const email = new FormData(e.currentTarget).get('email');
    const result = await postJson('/api/v1/password-resets', { email });
    setPending(false);
    if (result.ok) setDone((result.data as { message: string }).message);
    else setError(result.fields.email ?? result.message);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" data-testid="forgot-password-form">
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <FormResult error={error} done={done} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Sending…' : 'Send me a reset link'}
      </Button>
    </form>
  );
}
