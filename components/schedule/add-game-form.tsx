'use client';
// One game added to a league's schedule: its teams, date, optional start (in the admin's own time
// zone) and venue. A game the league already has that day between these teams is reported, not added.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult, Select } from '@/components/ui/form';

export function AddGameForm({ leagueId, teams }: { leagueId: number; teams: { id: number; name: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    setDone(null);
    const form = new FormData(e.currentTarget);
    const time = String(form.get('time') ?? '');
    const venue = String(form.get('venue') ?? '').trim();
    const game = {
      date: form.get('date'),
      home: Number(form.get('home')),
      visitor: Number(form.get('visitor')),
      ...(time ? { time, time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone } : {}),
      ...(venue ? { venue } : {}),
    };
    const res = await fetch(`/api/v1/leagues/${leagueId}/schedule`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ games: [game] }),
    }).catch(() => null);
    const json = await res?.json().catch(() => null);
    setPending(false);
    if (!res?.ok || !json?.data) {
      const detail = json?.error?.details?.[0];
      return setError(detail ? `${detail.path} ${detail.message}` : (json?.error?.message ?? 'The game was not added.'));
    }
    setDone(json.data.created.length ? 'Game added.' : 'That game is already on the schedule.');
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" data-testid="add-game-form">
      <Select label="Visitor" name="visitor" required>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </Select>
      <Select label="Home" name="home" required defaultValue={teams[1]?.id}>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </Select>
      <Field label="Date" name="date" type="date" required />
      <Field label="Start time (optional, your time zone)" name="time" type="time" />
      <Field label="Venue (optional)" name="venue" maxLength={200} />
      <div className="sm:col-span-2 space-y-2">
        <FormResult error={error} done={done} />
        <Button type="submit" disabled={pending || teams.length < 2}>
          {pending ? 'Adding…' : 'Add game'}
        </Button>
      </div>
    </form>
  );
}
