'use client';
// What a league admin may do to one scheduled game: move it (date, start time in their own zone,
// venue) or cancel it. Both go through the schedule API and refresh the list around them.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult } from '@/components/ui/form';
import { apiErrorMessage } from '@/lib/offline/api-error';

type Props = { leagueId: number; gameId: number; date: string; venue: string | null; label: string };

export function ScheduledGameActions({ leagueId, gameId, date, venue, label }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const url = `/api/v1/leagues/${leagueId}/schedule/${gameId}`;

  async function send(method: 'PATCH' | 'DELETE', body?: unknown) {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok)
        return setError(apiErrorMessage(await res.json().catch(() => null)) ?? `The server said no (HTTP ${res.status}).`);
      router.refresh();
    } catch {
      setError('Could not reach the server. Check the connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  function onMove(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const time = String(form.get('time') ?? '');
    const place = String(form.get('venue') ?? '').trim();
    void send('PATCH', {
      date: form.get('date'),
      ...(time ? { time, time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone } : {}),
      venue: place === '' ? null : place,
    });
  }

  function onCancel() {
    if (window.confirm(`Cancel ${label}? It leaves the schedule and the calendar feeds.`)) void send('DELETE');
  }

  return (
    <div className="space-y-1">
      <details>
        <summary className="inline-flex min-h-10 cursor-pointer items-center text-sm text-brand-600 dark:text-brand-500">
          Change<span className="sr-only"> {label}</span>
        </summary>
        <form onSubmit={onMove} className="mt-2 grid gap-2" data-testid={`move-game-${gameId}`}>
          <Field label="Date" name="date" type="date" required defaultValue={date} />
          <Field label="Start time (your time zone)" name="time" type="time" />
          <Field label="Venue" name="venue" maxLength={200} defaultValue={venue ?? ''} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={busy}>
              Save
            </Button>
            <Button type="button" variant="danger" disabled={busy} onClick={onCancel}>
              Cancel game
            </Button>
          </div>
        </form>
      </details>
      <FormResult error={error} done={null} />
    </div>
  );
}
