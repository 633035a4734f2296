'use client';

// One on/off account setting, saved (by a server action) as soon as it is changed.
import { type ReactNode, useState } from 'react';
import { FormResult } from '@/components/ui/form';

type Result = { ok: boolean; message: string };

export function SettingToggle({
  initial,
  save,
  label,
  help,
  testId,
}: {
  initial: boolean;
  save: (on: boolean) => Promise<Result>;
  label: string;
  help: ReactNode;
  testId: string;
}) {
  const [on, setOn] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  async function change(next: boolean) {
    setBusy(true);
    setResult(null);
    try {
      const saved = await save(next);
      setResult(saved);
      if (saved.ok) setOn(next);
    } catch {
      setResult({ ok: false, message: 'Could not reach the server. Try again.' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2 text-sm" data-testid={testId}>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={on}
          disabled={busy}
          onChange={(e) => change(e.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      <p className="text-zinc-600 dark:text-zinc-400">{help}</p>
      <FormResult error={result && !result.ok ? result.message : null} done={result?.ok ? result.message : null} />
    </div>
  );
}
