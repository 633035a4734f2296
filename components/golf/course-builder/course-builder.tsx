'use client';
// The course builder: a card checked as you type by the same schema the API applies, then POSTed.
// The server's answer (e.g. a problem only it can see) is shown as it comes. Each card is saved with
// one Idempotency-Key, kept while the card is unchanged, so saving again after a lost answer returns
// the stored course instead of adding it twice; an edited card is a new course and gets a new key.
import Link from 'next/link';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { saveFailure } from '@/lib/golf/client/course-save';
import { newEventId } from '@/lib/offline/event-id';
import { type CourseDraft, newTee, problems, resize, toBody } from './draft';
import { TeeEditor } from './tee-editor';

export function CourseBuilder() {
  const [draft, setDraft] = useState<CourseDraft>({ name: '', city: '', holes: 18, tees: [newTee(18, 'White')] });
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string[]>([]);
  const [created, setCreated] = useState<{ id: number; name: string } | null>(null);
  const issues = problems(draft);
  const saved = useRef<{ body: string; key: string } | null>(null);

  async function save() {
    setTouched(true);
    if (issues.length) return;
    setSaving(true);
    setServerError([]);
    const card = JSON.stringify(toBody(draft));
    if (saved.current?.body !== card) saved.current = { body: card, key: newEventId() };
    try {
      const res = await fetch('/api/v1/golf/courses', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': saved.current.key },
        body: card,
      });
      const body = await res.json().catch(() => null);
      const course = (body as { data?: { id: number; name: string } } | null)?.data;
      if (res.ok && course) setCreated(course);
      else setServerError(saveFailure({ kind: 'response', status: res.status, body }));
    } catch {
      setServerError(saveFailure({ kind: 'no-response' }));
    } finally {
      setSaving(false);
    }
  }

  if (created) {
    return (
      <p
        className="rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-300"
        data-testid="course-created"
      >
        {created.name} is saved.{' '}
        <Link href="/golf/rounds/new" className="font-medium underline">
          Start a round there →
        </Link>
      </p>
    );
  }
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Course name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <Field label="City" value={draft.city} onChange={(e) => setDraft({ ...draft, city: e.target.value })} />
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Holes</span>
          <select
            className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
            value={draft.holes}
            onChange={(e) => setDraft(resize(draft, Number(e.target.value) === 9 ? 9 : 18))}
          >
            <option value={18}>18</option>
            <option value={9}>9</option>
          </select>
        </label>
      </div>
      {draft.tees.map((tee, i) => (
        <TeeEditor
          key={tee.key}
          tee={tee}
          index={i}
          onChange={(t) => setDraft({ ...draft, tees: draft.tees.map((x, j) => (j === i ? t : x)) })}
          onRemove={draft.tees.length > 1 ? () => setDraft({ ...draft, tees: draft.tees.filter((_, j) => j !== i) }) : undefined}
        />
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() => setDraft({ ...draft, tees: [...draft.tees, newTee(draft.holes)] })}
        >
          Add a tee
        </Button>
      </div>
      {(touched ? [...issues, ...serverError] : serverError).length > 0 ? (
        <ul className="list-inside list-disc space-y-1 text-sm text-red-700 dark:text-red-400" data-testid="course-problems">
          {(touched ? [...issues, ...serverError] : serverError).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <Button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save course'}
      </Button>
    </form>
  );
}
