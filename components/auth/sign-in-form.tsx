'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult } from '@/components/ui/form';
import { sameOriginPath } from '@/lib/auth/safe-redirect';

const messages: Record<string, string> = {
  CredentialsSignin: 'That email and password do not match an account.',
  TooManyAttempts: 'Too many sign-in attempts. Wait a minute and try again.',
  SignInUnavailable: 'Sign-in is busy right now. Try again in a few seconds.',
  AccountDisabled: 'This account is disabled. Ask an administrator of this site.',
};

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(
    params.get('error') ? (messages[params.get('error') ?? ''] ?? 'Sign-in failed.') : null,
  );
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const res = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false });
    setPending(false);
    if (!res || res.error) {
      setError(messages[res?.error ?? ''] ?? 'Sign-in failed. Try again.');
      return;
    }
    // Only same-site paths: an open redirect would let a link send people anywhere after sign-in.
    router.push(sameOriginPath(params.get('callbackUrl'), window.location.origin));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" data-testid="sign-in-form">
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <FormResult error={error} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
