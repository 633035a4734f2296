'use client';

// Changing the password from the account page. Success ends every session, this one included, so
// the form then offers the way back in rather than pretending the page is still signed in.
import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormCard, FormResult } from '@/components/ui/form';

type Result = { ok: boolean; message: string };

export function ChangePasswordForm({ save }: { save: (input: { current: string; next: string }) => Promise<Result> }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const current = String(form.get('current') ?? '');
    const next = String(form.get('next') ?? '');
    if (next !== String(form.get('confirm') ?? '')) {
      setResult({ ok: false, message: 'The new password and its confirmation differ.' });
      return;
    }
    setBusy(true);
    setResult(null);
    try {
      setResult(await save({ current, next }));
    } catch {
      setResult({ ok: false, message: 'Could not reach the server. Try again.' });
    } finally {
      setBusy(false);
    }
  }

  if (result?.ok) {
    return (
      <FormCard title="Password" testId="change-password">
        <FormResult error={null} done={result.message} />
        <Link
          href="/sign-in?callbackUrl=%2Faccount"
          className="text-sm text-brand-700 underline underline-offset-2 dark:text-brand-500"
        >
          Sign in →
        </Link>
      </FormCard>
    );
  }
  return (
    <FormCard title="Password" testId="change-password">
      <form onSubmit={submit} className="space-y-3">
        <Field label="Current password" name="current" type="password" autoComplete="current-password" required />
        <Field label="New password" name="next" type="password" autoComplete="new-password" minLength={10} required />
        <Field label="New password again" name="confirm" type="password" autoComplete="new-password" minLength={10} required />
        <p className="text-sm text-zinc-500">At least 10 characters. Changing it signs you out everywhere, here too.</p>
        <Button type="submit" disabled={busy} className="min-h-11">
          {busy ? 'Changing…' : 'Change password'}
        </Button>
        <FormResult error={result && !result.ok ? result.message : null} />
      </form>
    </FormCard>
  );
}
