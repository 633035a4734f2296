'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormCard, FormResult, Select } from '@/components/ui/form';
import { int, text, useApiForm } from './use-api-form';

type Team = { id: number; name: string; abbreviation: string };

const ruleSets = [
  { value: 'nba', label: 'NBA (4 × 12 min)' },
  { value: 'fiba', label: 'FIBA (4 × 10 min)' },
  { value: 'ncaa_men', label: 'NCAA men (2 × 20 min)' },
  { value: 'high_school', label: 'High school (4 × 8 min)' },
];

const teamOptions = (teams: Team[]) =>
  teams.map((t) => (
    <option key={t.id} value={t.id}>
      {t.name} ({t.abbreviation})
    </option>
  ));

export function GameForm({ myTeams, allTeams, today }: { myTeams: Team[]; allTeams: Team[]; today: string }) {
  const { onSubmit, busy, error, done } = useApiForm<{ id: number; visitor_team: Team; home_team: Team }>(
    '/api/v1/basketball/games',
    (f) => ({
      date: text(f, 'date'),
      home_team_id: int(f, 'home_team_id'),
      visitor_team_id: int(f, 'visitor_team_id'),
      rule_set: text(f, 'rule_set'),
    }),
    (g) => `Scheduled ${g.visitor_team.abbreviation} @ ${g.home_team.abbreviation} (game ${g.id}).`,
  );
  if (myTeams.length === 0) return null;
  const mine = new Set(myTeams.map((t) => t.id));
  const others = allTeams.filter((t) => !mine.has(t.id));
  // My teams first: one of the two must be mine.
  const grouped = (
    <>
      <optgroup label="My teams">{teamOptions(myTeams)}</optgroup>
      {others.length > 0 ? <optgroup label="Other teams">{teamOptions(others)}</optgroup> : null}
    </>
  );
  return (
    <FormCard title="Schedule a game" testId="game-form">
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2">
        <Select label="Visitor" name="visitor_team_id" required defaultValue={myTeams[1]?.id ?? others[0]?.id}>
          {grouped}
        </Select>
        <Select label="Home" name="home_team_id" required defaultValue={myTeams[0]?.id}>
          {grouped}
        </Select>
        <Field label="Date" name="date" type="date" required defaultValue={today} />
        <Select label="Rules" name="rule_set" defaultValue="nba">
          {ruleSets.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </Select>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={busy} className="min-h-11 w-full sm:w-auto">
            {busy ? 'Scheduling…' : 'Schedule game'}
          </Button>
        </div>
      </form>
      <FormResult error={error} done={done} />
    </FormCard>
  );
}
