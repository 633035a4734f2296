'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult } from '@/components/ui/form';

export interface ApiKeyRow {
  id: string;
  name: string;
  scope: 'read' | 'write';
  prefix: string;
  created_at: string;
  last_used_at: string | null;
}

export function ApiKeysManager({ keys }: { keys: ApiKeyRow[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    setBusy(true);
    setError(null);
    const res = await fetch('/api/v1/api-keys', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: form.get('name'), scope: form.get('scope') }),
    });
    const body = await res.json().catch(() => null);
    setBusy(false);
    if (!res.ok) {
      setError(body?.error?.message ?? 'Could not create the key.');
      return;
    }
    setCreated({ name: body.data.name, key: body.data.key });
    formEl.reset();
    router.refresh();
  }

  async function revoke(id: string, name: string) {
    if (!window.confirm(`Revoke "${name}"? Programs using it will stop working at once.`)) return;
    const res = await fetch(`/api/v1/api-keys/${id}`, { method: 'DELETE' });
    if (!res.ok && res.status !== 404) setError('Could not revoke the key.');
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <form onSubmit={create} className="flex flex-col gap-3 sm:flex-row sm:items-end" data-testid="create-key-form">
        <div className="flex-1">
          <Field label="Name" name="name" placeholder="e.g. my-dashboard" required maxLength={100} />
        </div>
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Scope</span>
          <select
            name="scope"
            defaultValue="read"
            className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="read">read</option>
            <option value="write">write (includes read)</option>
          </select>
        </label>
        <Button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create key'}
        </Button>
      </form>
      <FormResult error={error} />
      {created ? (
        <div
          className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
          data-testid="new-key"
        >
          <p className="text-sm font-medium">Your new key “{created.name}”. Copy it now: it will not be shown again.</p>
          <code className="block break-all rounded bg-white p-2 font-mono text-sm dark:bg-zinc-900" data-testid="new-key-value">
            {created.key}
          </code>
          <div className="flex gap-2">
            <Button type="button" variant="secondary" onClick={() => navigator.clipboard?.writeText(created.key)}>
              Copy
            </Button>
            <Button type="button" variant="secondary" onClick={() => setCreated(null)}>
              Done
            </Button>
          </div>
        </div>
      ) : null}
      {keys.length === 0 ? (
        <p className="text-sm text-zinc-500">No API keys yet.</p>
      ) : (
        <ul
          className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800"
          data-testid="key-list"
        >
          {keys.map((k) => (
            <li key={k.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
              <div>
                <div className="font-medium">
                  {k.name} <span className="ml-1 rounded bg-zinc-100 px-1.5 py-0.5 text-xs dark:bg-zinc-800">{k.scope}</span>
                </div>
                <div className="font-mono text-xs text-zinc-500">{k.prefix}_…</div>
                <div className="text-xs text-zinc-500">
                  created {new Date(k.created_at).toLocaleString()} · last used{' '}
                  {k.last_used_at ? new Date(k.last_used_at).toLocaleString() : 'never'}
                </div>
              </div>
              <Button type="button" variant="danger" onClick={() => revoke(k.id, k.name)}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
