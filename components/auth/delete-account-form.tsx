'use client';

// Deleting one's own account: the password, and a box saying what will happen, both required.
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormCard, FormResult } from '@/components/ui/form';
import { postJson } from './post-json';

export function DeleteAccountForm() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    setBusy(true);
    setError(null);
    const result = await postJson('/api/v1/me', { password }, 'DELETE');
    setBusy(false);
    if (!result.ok) {
      setError(result.fields.password ?? result.message);
      return;
    }
    // Every session of the account has ended; a full load shows the signed-out site.
    window.location.assign('/?account=deleted');
  }

  return (
    <FormCard title="Delete your account" testId="delete-account">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Your email, name, password, API keys and golf profile are erased and you are signed out everywhere. Games you scored and
        rounds you played stay, shown as by &ldquo;Former member&rdquo;. This cannot be undone.
      </p>
      <form onSubmit={submit} className="space-y-3">
        <Field label="Current password" name="password" type="password" autoComplete="current-password" required />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" required className="mt-1" />
          <span>I understand my account is deleted for good.</span>
        </label>
        <FormResult error={error} />
        <Button type="submit" variant="danger" disabled={busy}>
          {busy ? 'Deleting…' : 'Delete my account'}
        </Button>
      </form>
    </FormCard>
  );
}
