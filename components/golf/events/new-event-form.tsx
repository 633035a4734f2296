'use client';

// The organiser's form: name, course and tee, start date, format and handicap allowance (blank: the
// WHS recommendation for the format), rounds and an optional cut. The field and groups follow on
// the event's page.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormCard, FormResult, Select } from '@/components/ui/form';

export interface TeeOption {
  courseId: number;
  teeId: number;
  label: string;
}

export function NewEventForm({ tees, today }: { tees: TeeOption[]; today: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(form: FormData) {
    setBusy(true);
    setError(null);
    const tee = tees[Number(form.get('tee'))];
    const rounds = Number(form.get('rounds'));
    const cutAfter = Number(form.get('cut_after') || 0);
    const cutTop = Number(form.get('cut_top') || 0);
    const allowancePct = Number(form.get('allowance') || 0);
    const res = await fetch('/api/v1/golf/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: form.get('name'),
        course_id: tee?.courseId,
        tee_id: tee?.teeId,
        start_date: form.get('start_date'),
        rounds,
        format: form.get('format'),
        ...(allowancePct ? { allowance: allowancePct / 100 } : {}),
        ...(cutAfter && cutTop ? { cut: { after_round: cutAfter, top: cutTop } } : {}),
      }),
    }).catch(() => null);
    setBusy(false);
    const body = res ? await res.json().catch(() => null) : null;
    if (!res?.ok) {
      setError(body?.error?.message ?? 'The event could not be created; try again.');
      return;
    }
    router.push(`/golf/events/${body.data.id}`);
  }

  return (
    <FormCard title="New event" testId="new-golf-event">
      <form action={submit} className="space-y-3">
        <Field label="Name" name="name" required maxLength={120} />
        <Select label="Course and tee" name="tee" required>
          {tees.map((t, i) => (
            <option key={t.teeId} value={i}>
              {t.label}
            </option>
          ))}
        </Select>
        <Field label="First day" name="start_date" type="date" required defaultValue={today} />
        <Select label="Format" name="format" required defaultValue="stroke_play">
          <option value="stroke_play">Stroke play</option>
          <option value="stableford">Stableford</option>
          <option value="match_play">Match play</option>
        </Select>
        <Field
          label="Handicap allowance % (blank: 95% stroke play and Stableford, 100% match play)"
          name="allowance"
          type="number"
          min={1}
          max={100}
        />
        <Field label="Rounds" name="rounds" type="number" min={1} max={8} required defaultValue={1} />
        <Field label="Cut after round (optional)" name="cut_after" type="number" min={1} max={7} />
        <Field label="Players through the cut, and ties (optional)" name="cut_top" type="number" min={1} />
        <Button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create event'}
        </Button>
        <FormResult error={error} />
      </form>
    </FormCard>
  );
}
