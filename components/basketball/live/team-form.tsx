'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormCard, FormResult, Select } from '@/components/ui/form';
import { text, useApiForm } from './use-api-form';

/** A new team, in a league the user runs (or their own pickup games when they pick none). */
export function TeamForm({ leagues = [] }: { leagues?: { id: number; name: string }[] }) {
  const { onSubmit, busy, error, done } = useApiForm<{ full_name: string; abbreviation: string }>(
    '/api/v1/basketball/teams',
    (f) => {
      const league = Number(f.get('league_id'));
      return {
        name: text(f, 'name'),
        abbreviation: text(f, 'abbreviation'),
        city: text(f, 'city'),
        ...(league > 0 ? { league_id: league } : {}),
      };
    },
    (t) => `Created ${t.full_name} (${t.abbreviation}). You coach it.`,
  );
  return (
    <FormCard title="New team" testId="team-form">
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-3">
        <Field label="Team name" name="name" required maxLength={80} placeholder="Hawks" />
        <Field label="Abbreviation" name="abbreviation" required maxLength={5} placeholder="HAW" autoCapitalize="characters" />
        <Field label="City (optional)" name="city" maxLength={80} />
        {leagues.length ? (
          <div className="sm:col-span-3">
            <Select label="League" name="league_id" defaultValue="0">
              <option value="0">My pickup games</option>
              {leagues.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <div className="sm:col-span-3">
          <Button type="submit" disabled={busy} className="min-h-11 w-full sm:w-auto">
            {busy ? 'Creating…' : 'Create team'}
          </Button>
        </div>
      </form>
      <FormResult error={error} done={done} />
    </FormCard>
  );
}
