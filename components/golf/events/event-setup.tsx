'use client';

// The organiser's setup of the field on the event page: entrants pasted one a line (guests, with
// their Handicap Index), then a draw of the round's ungrouped entrants into groups at a tee-time
// interval. Each group is one request to the groups endpoint, which starts its round.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormCard, FormResult, Select } from '@/components/ui/form';
import { drawGroups, parseEntrantLines } from '@/lib/golf/events/draw';

async function send(url: string, body: unknown): Promise<{ ok: boolean; data?: unknown; message?: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => null);
  const json = res ? await res.json().catch(() => null) : null;
  return res?.ok
    ? { ok: true, data: json?.data }
    : { ok: false, message: json?.error?.message ?? 'The request failed; try again.' };
}

export function EventSetup({ eventId, rounds, startDate }: { eventId: number; rounds: number; startDate: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [entriesError, setEntriesError] = useState<string | null>(null);
  const [entriesDone, setEntriesDone] = useState<string | null>(null);
  const [drawError, setDrawError] = useState<string | null>(null);
  const [drawDone, setDrawDone] = useState<string | null>(null);
  const base = `/api/v1/golf/events/${eventId}`;

  async function addEntrants(form: FormData) {
    setEntriesError(null);
    setEntriesDone(null);
    const { entrants, errors } = parseEntrantLines(String(form.get('entrants') ?? ''));
    if (errors.length || entrants.length === 0) {
      setEntriesError(errors.join('; ') || 'Paste at least one name.');
      return;
    }
    setBusy(true);
    const res = await send(`${base}/entries`, { entrants });
    setBusy(false);
    if (!res.ok) return setEntriesError(res.message ?? null);
    setEntriesDone(`${entrants.length} entered.`);
    router.refresh();
  }

  async function draw(form: FormData) {
    setDrawError(null);
    setDrawDone(null);
    const round = Number(form.get('round'));
    setBusy(true);
    const [entries, groups] = await Promise.all([
      fetch(`${base}/entries`).then((r) => r.json()),
      fetch(`${base}/groups?round=${round}`).then((r) => r.json()),
    ]).catch(() => [null, null]);
    if (!entries?.data || !groups?.data) {
      setBusy(false);
      return setDrawError('The field could not be read; try again.');
    }
    const grouped = new Set(
      (groups.data as { players: { entry_id: number }[] }[]).flatMap((g) => g.players.map((p) => p.entry_id)),
    );
    const free = (entries.data as { id: number }[]).map((e) => e.id).filter((id) => !grouped.has(id));
    const drawn = drawGroups(free, {
      size: Number(form.get('size')) === 3 ? 3 : 4,
      firstTeeTime: new Date(`${form.get('date')}T${form.get('first_tee')}`).toISOString(),
      intervalMinutes: Number(form.get('interval')),
    });
    let made = 0;
    for (const g of drawn) {
      const res = await send(`${base}/groups`, { round_number: round, tee_time: g.tee_time, entry_ids: g.entry_ids });
      if (!res.ok) {
        setDrawError(`${made} of ${drawn.length} groups made: ${res.message}`);
        break;
      }
      made++;
    }
    setBusy(false);
    if (made === drawn.length)
      setDrawDone(drawn.length ? `${made} groups made.` : 'Everyone entered is in a group of this round.');
    router.refresh();
  }

  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="event-setup">
      <FormCard title="Enter players" testId="event-entries-form">
        <form action={addEntrants} className="space-y-3">
          <label className="block space-y-1 text-sm">
            <span className="font-medium">Guests, one a line: name, Handicap Index</span>
            <textarea
              name="entrants"
              rows={6}
              required
              placeholder={'Ann Lee, 12.4\nBo Cruz, +1.2'}
              className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
            />
          </label>
          <Button type="submit" disabled={busy}>
            Enter them
          </Button>
          <FormResult error={entriesError} done={entriesDone} />
        </form>
      </FormCard>
      <FormCard title="Draw the groups" testId="event-draw-form">
        <form action={draw} className="space-y-3">
          <Select label="Round" name="round" defaultValue="1">
            {Array.from({ length: rounds }, (_, i) => i + 1).map((r) => (
              <option key={r} value={r}>
                Round {r}
              </option>
            ))}
          </Select>
          <Field label="Day" name="date" type="date" required defaultValue={startDate} />
          <Field label="First tee time (local)" name="first_tee" type="time" required defaultValue="08:00" />
          <Field label="Minutes between groups" name="interval" type="number" min={5} max={20} required defaultValue={10} />
          <Select label="Players a group" name="size" defaultValue="4">
            <option value="4">4</option>
            <option value="3">3</option>
          </Select>
          <Button type="submit" disabled={busy}>
            Draw ungrouped players
          </Button>
          <FormResult error={drawError} done={drawDone} />
        </form>
      </FormCard>
    </div>
  );
}
