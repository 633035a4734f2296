'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function MarkAllRead() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      data-testid="mark-all-read"
      onClick={async () => {
        setBusy(true);
        await fetch('/api/v1/me/notifications/read', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        }).catch(() => null);
        setBusy(false);
        router.refresh();
      }}
      className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800"
    >
      Mark all read
    </button>
  );
}
