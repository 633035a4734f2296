'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult } from '@/components/ui/form';
import { postJson } from './post-json';

export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    setFieldError(undefined);
    const password = new FormData(e.currentTarget).get('new_password');
    const result = await postJson('/api/v1/password-resets/redeem', { token, new_password: password });
    setPending(false);
    if (result.ok) setDone(true);
    else if (result.fields.new_password) setFieldError(result.fields.new_password);
    else setError(result.message);
  }

  if (done) {
    return (
      <p role="status" className="text-sm" data-testid="reset-password-done">
        Your password is changed and every old session has ended.{' '}
        <Link href="/sign-in" className="text-brand-600 hover:underline dark:text-brand-500">
          Sign in
        </Link>{' '}
        with the new one.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" data-testid="reset-password-form">
      <Field
        label="New password (10+ characters)"
        name="new_password"
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
        error={fieldError}
      />
      <FormResult error={error} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Saving…' : 'Set new password'}
      </Button>
    </form>
  );
}
