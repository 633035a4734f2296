'use client';

// How often the signed-in user gets their notifications by email, saved as soon as it is chosen.
import { useState } from 'react';
import { FormResult, Select } from '@/components/ui/form';

type Frequency = 'off' | 'daily' | 'weekly';

const saved: Record<Frequency, string> = {
  off: 'No digest emails.',
  daily: 'One email a day with what is new, on days there is something.',
  weekly: 'One email a week with what is new, in weeks there is something.',
};

export function DigestChoice({ initial }: { initial: Frequency }) {
  const [frequency, setFrequency] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  async function change(next: Frequency) {
    setBusy(true);
    setResult(null);
    try {
      const res = await fetch('/api/v1/me/digest', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ frequency: next }),
      });
      const body = await res.json().catch(() => null);
      if (!res.ok) throw new Error(body?.error?.message ?? 'Could not save.');
      setFrequency(next);
      setResult({ ok: true, message: saved[next] });
    } catch (err) {
      setResult({ ok: false, message: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2" data-testid="digest-choice">
      <Select label="Email digest" value={frequency} disabled={busy} onChange={(e) => change(e.currentTarget.value as Frequency)}>
        <option value="off">Off</option>
        <option value="daily">Daily</option>
        <option value="weekly">Weekly</option>
      </Select>
      <FormResult error={result && !result.ok ? result.message : null} done={result?.ok ? result.message : null} />
    </div>
  );
}
