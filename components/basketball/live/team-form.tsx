'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormCard, FormResult } from '@/components/ui/form';
import { text, useApiForm } from './use-api-form';

export function TeamForm() {
  const { onSubmit, busy, error, done } = useApiForm<{ full_name: string; abbreviation: string }>(
    '/api/v1/basketball/teams',
    (f) => ({ name: text(f, 'name'), abbreviation: text(f, 'abbreviation'), city: text(f, 'city') }),
    (t) => `Created ${t.full_name} (${t.abbreviation}). You coach it.`,
  );
  return (
    <FormCard title="New team" testId="team-form">
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-3">
        <Field label="Team name" name="name" required maxLength={80} placeholder="Hawks" />
        <Field label="Abbreviation" name="abbreviation" required maxLength={5} placeholder="HAW" autoCapitalize="characters" />
        <Field label="City (optional)" name="city" maxLength={80} />
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
