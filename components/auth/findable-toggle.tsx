'use client';

// The account's "find me by email" choice, saved as soon as it is changed.
import { useState } from 'react';
import { FormResult } from '@/components/ui/form';

export function FindableToggle({
  initial,
  save,
}: {
  initial: boolean;
  save: (findable: boolean) => Promise<{ ok: boolean; message: string }>;
}) {
  const [findable, setFindable] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  async function change(next: boolean) {
    setBusy(true);
    setResult(null);
    try {
      const saved = await save(next);
      setResult(saved);
      if (saved.ok) setFindable(next);
    } catch {
      setResult({ ok: false, message: 'Could not reach the server. Try again.' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2 text-sm" data-testid="findable-by-email">
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={findable}
          disabled={busy}
          onChange={(e) => change(e.currentTarget.checked)}
        />
        <span>Let golfers who know my email address add me to their rounds</span>
      </label>
      <p className="text-zinc-500">
        Off by default. When on, someone who types your exact address sees your name; no one can browse or search accounts.
      </p>
      <FormResult error={result && !result.ok ? result.message : null} done={result?.ok ? result.message : null} />
    </div>
  );
}
