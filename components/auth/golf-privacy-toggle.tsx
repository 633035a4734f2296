'use client';

// The golfer's "public profile" choice, saved as soon as it is changed.
import { useState } from 'react';
import { FormResult } from '@/components/ui/form';

type Result = { ok: boolean; message: string };

export function GolfPrivacyToggle({ initial, save }: { initial: boolean; save: (golfPublic: boolean) => Promise<Result> }) {
  const [golfPublic, setGolfPublic] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  async function change(next: boolean) {
    setBusy(true);
    setResult(null);
    try {
      const saved = await save(next);
      setResult(saved);
      if (saved.ok) setGolfPublic(next);
    } catch {
      setResult({ ok: false, message: 'Could not reach the server. Try again.' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2 text-sm" data-testid="golf-privacy">
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={golfPublic}
          disabled={busy}
          onChange={(e) => change(e.currentTarget.checked)}
        />
        <span>Show my golf profile and rounds to everyone</span>
      </label>
      <p className="text-zinc-500">
        On by default. When off, your golf dashboard, handicap and rounds are seen only by you, the people in each round and
        admins; to everyone else they do not exist.
      </p>
      <FormResult error={result && !result.ok ? result.message : null} done={result?.ok ? result.message : null} />
    </div>
  );
}
