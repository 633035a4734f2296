'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult } from '@/components/ui/form';
import { sameOriginPath } from '@/lib/auth/safe-redirect';

type Problems = Partial<Record<'email' | 'name' | 'password' | 'form', string>>;

export function SignUpForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [problems, setProblems] = useState<Problems>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setProblems({});
    const form = new FormData(e.currentTarget);
    const body = { email: form.get('email'), name: form.get('name'), password: form.get('password') };
    const res = await fetch('/api/v1/accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      const { error } = (await res.json().catch(() => ({}))) as {
        error?: { message: string; details?: { path: string; message: string }[] };
      };
      const next: Problems = { form: error?.details ? undefined : (error?.message ?? 'Sign-up failed.') };
      for (const d of error?.details ?? []) next[d.path as keyof Problems] = `${d.path} ${d.message}`;
      setProblems(next);
      setPending(false);
      return;
    }
    await signIn('credentials', { email: body.email, password: body.password, redirect: false });
    // Back where the sign-up began (an invitation, say), on this site only; else the new account.
    router.push(params.get('callbackUrl') ? sameOriginPath(params.get('callbackUrl'), window.location.origin) : '/account');
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" data-testid="sign-up-form">
      <Field label="Name" name="name" autoComplete="name" required error={problems.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={problems.email} />
      <Field
        label="Password (10+ characters)"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
        error={problems.password}
      />
      <FormResult error={problems.form} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Creating account…' : 'Create account'}
      </Button>
    </form>
  );
}
