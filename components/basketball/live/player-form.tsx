'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormCard, FormResult, Select } from '@/components/ui/form';
import { int, text, useApiForm } from './use-api-form';

const positions = ['PG', 'SG', 'SF', 'PF', 'C', 'G', 'F'];

export function PlayerForm({ teams }: { teams: { id: number; name: string; abbreviation: string }[] }) {
  const { onSubmit, busy, error, done } = useApiForm<{ name: string; jersey_number: number | null }>(
    '/api/v1/basketball/players',
    (f) => ({
      first_name: text(f, 'first_name'),
      last_name: text(f, 'last_name'),
      team_id: int(f, 'team_id'),
      jersey_number: int(f, 'jersey_number'),
      position: text(f, 'position'),
    }),
    (p) => `Added ${p.name}${p.jersey_number === null ? '' : ` (#${p.jersey_number})`}.`,
  );
  if (teams.length === 0) return null;
  return (
    <FormCard title="Add a player" testId="player-form">
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2">
        <Select label="Team" name="team_id" required>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.abbreviation})
            </option>
          ))}
        </Select>
        <Field label="Jersey number" name="jersey_number" type="number" inputMode="numeric" min={0} max={99} />
        <Field label="First name" name="first_name" required maxLength={60} autoComplete="off" />
        <Field label="Last name" name="last_name" required maxLength={60} autoComplete="off" />
        <Select label="Position (optional)" name="position" defaultValue="">
          <option value="">—</option>
          {positions.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
        <div className="self-end">
          <Button type="submit" disabled={busy} className="min-h-11 w-full">
            {busy ? 'Adding…' : 'Add player'}
          </Button>
        </div>
      </form>
      <FormResult error={error} done={done} />
    </FormCard>
  );
}
