'use client';

// Load, unload or make default one model version through the registry API; every replica follows.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

export function VersionActions({
  name,
  version,
  label,
  loaded,
  isDefault,
}: {
  name: string;
  version: number;
  label: string;
  loaded: boolean;
  isDefault: boolean;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(method: 'POST' | 'DELETE', makeDefault = false) {
    setBusy(true);
    setError(null);
    const res = await fetch(`/api/v1/predictions/models/${encodeURIComponent(name)}/${version}/load`, {
      method,
      headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
      body: method === 'POST' ? JSON.stringify({ default: makeDefault }) : undefined,
    }).catch(() => null);
    setBusy(false);
    if (!res?.ok) {
      const body = await res?.json().catch(() => null);
      setError(body?.error?.message ?? 'The change did not go through.');
      return;
    }
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {loaded ? (
        <Button type="button" variant="secondary" disabled={busy} onClick={() => act('DELETE')} aria-label={`Unload ${label}`}>
          Unload
        </Button>
      ) : (
        <Button type="button" variant="secondary" disabled={busy} onClick={() => act('POST')} aria-label={`Load ${label}`}>
          Load
        </Button>
      )}
      {isDefault ? null : (
        <Button
          type="button"
          variant="secondary"
          disabled={busy}
          onClick={() => act('POST', true)}
          aria-label={`Make default ${label}`}
        >
          Make default
        </Button>
      )}
      {error ? (
        <span role="alert" className="text-xs text-red-600 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </div>
  );
}
