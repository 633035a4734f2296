'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult, Select } from '@/components/ui/form';

type Problems = Partial<Record<'name' | 'slug' | 'level' | 'form', string>>;

const levels = [
  ['youth', 'Youth'],
  ['high_school', 'High school'],
  ['college', 'College'],
  ['adult_amateur', 'Adult amateur'],
  ['pro', 'Pro'],
] as const;

/** A new basketball league; its creator becomes its league admin and lands on its page. */
export function NewLeagueForm() {
  const router = useRouter();
  const [problems, setProblems] = useState<Problems>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setProblems({});
    const form = new FormData(e.currentTarget);
    const slug = String(form.get('slug') ?? '').trim();
    const body = {
      name: form.get('name'),
      sport: 'basketball',
      level: form.get('level'),
      season_format: form.get('season_format'),
      visibility: form.get('visibility'),
      ...(slug ? { slug } : {}),
    };
    const res = await fetch('/api/v1/leagues', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as {
      data?: { slug: string };
      error?: { message: string; details?: { path: string; message: string }[] };
    };
    if (!res.ok || !json.data) {
      const next: Problems = { form: json.error?.details ? undefined : (json.error?.message ?? 'The league was not created.') };
      for (const d of json.error?.details ?? []) next[d.path as keyof Problems] = `${d.path} ${d.message}`;
      if (res.status === 409) next.slug = json.error?.message;
      setProblems(next);
      setPending(false);
      return;
    }
    router.push(`/leagues/${json.data.slug}`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" data-testid="new-league-form">
      <Field label="Name" name="name" required minLength={2} maxLength={80} error={problems.name} />
      <Field
        label="Short name for links (optional, e.g. valley-youth)"
        name="slug"
        pattern="[a-z0-9]+(-[a-z0-9]+)*"
        error={problems.slug}
      />
      <Select label="Level" name="level" defaultValue="youth">
        {levels.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Select label="Seasons" name="season_format" defaultValue="split">
        <option value="split">Across two years (2025-26)</option>
        <option value="calendar">One calendar year (2026)</option>
      </Select>
      <Select label="Who can see it" name="visibility" defaultValue="public">
        <option value="public">Everyone</option>
        <option value="members">Its members only</option>
      </Select>
      <FormResult error={problems.form} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating league…' : 'Create league'}
      </Button>
    </form>
  );
}
