'use client';

// "If I shoot 85 at <course> from <tee>…": asks the API what one more score would do to the index.
// The score is taken as already adjusted (a total has no holes to cap at Net Double Bogey).
import { useState } from 'react';
import { CourseSearchField } from '@/components/golf/courses/course-search-field';
import { useCourseSearch } from '@/components/golf/courses/use-course-search';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult, Select } from '@/components/ui/form';
import { type CoursePick, pickerCourses, ratedTees, searchStatus, searchWorthShowing } from '@/lib/golf/client/course-picker';
import { formatIndex } from '@/lib/golf/client/format';
import { apiErrorMessage } from '@/lib/offline/api-error';

interface WhatIf {
  score: number;
  course: { name: string };
  tee: { name: string };
  current: number | null;
  next: number | null;
  change: number | null;
  course_handicap: number | null;
  next_course_handicap: number | null;
}

export function WhatIfForm({
  golferId,
  courses,
  more,
  defaultTeeId,
}: {
  golferId: string;
  /** The courses the picker opens with; `more` when others exist, found by the search. */
  courses: CoursePick[];
  more: boolean;
  defaultTeeId?: number;
}) {
  const [initial] = useState(() => {
    const loaded = ratedTees(courses);
    const tee = loaded.find((t) => t.id === defaultTeeId) ?? loaded[0];
    return { tee, course: courses.find((c) => c.id === tee?.courseId) };
  });
  const [teeId, setTeeId] = useState(initial.tee?.id);
  const [course, setCourse] = useState(initial.course);
  const search = useCourseSearch();
  const picker = pickerCourses(courses, search.text, search.answer, course);
  const tees = ratedTees(picker.courses);
  const [gender, setGender] = useState<'men' | 'women'>('men');
  const [score, setScore] = useState('85');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<WhatIf | null>(null);
  const tee = tees.find((t) => t.id === teeId);

  async function ask(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const q = new URLSearchParams({ what_if_score: score, tee_id: String(teeId), gender });
      const res = await fetch(`/api/v1/golf/players/${golferId}/handicap?${q}`, { cache: 'no-store' });
      const body = await res.json().catch(() => null);
      if (!res.ok) setError(apiErrorMessage(body) ?? `The server said no (HTTP ${res.status}).`);
      else setAnswer((body as { data: { what_if: WhatIf | null } }).data.what_if);
    } catch {
      setError('Could not reach the server. Check the connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  if (!initial.tee && !more) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No rated tees to try a score on.</p>;
  return (
    <form onSubmit={ask} className="space-y-3" data-testid="what-if">
      {searchWorthShowing(courses.length, more) ? (
        <CourseSearchField
          value={search.text}
          onChange={search.setText}
          status={searchStatus(search.text, search.answer, picker.matches)}
        />
      ) : null}
      <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto]">
        <Select
          label="Course and tees"
          value={teeId ?? ''}
          onChange={(e) => {
            const next = tees.find((t) => t.id === Number(e.target.value));
            setTeeId(next?.id);
            setCourse(picker.courses.find((c) => c.id === next?.courseId));
          }}
        >
          {teeId === undefined ? <option value="">Pick a course</option> : null}
          {tees.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </Select>
        <Select label="Rating" value={gender} onChange={(e) => setGender(e.target.value as 'men' | 'women')}>
          {(tee?.genders ?? ['men']).map((g) => (
            <option key={g} value={g}>
              {g === 'men' ? "Men's" : "Women's"}
            </option>
          ))}
        </Select>
        <div className="w-28">
          <Field
            label="If I shoot"
            type="number"
            inputMode="numeric"
            min={18}
            max={200}
            required
            value={score}
            onChange={(e) => setScore(e.target.value)}
          />
        </div>
      </div>
      <Button type="submit" disabled={busy || teeId === undefined} className="min-h-11 w-full sm:w-auto">
        {busy ? 'Working it out…' : 'What would my index be?'}
      </Button>
      <FormResult error={error} done={null} />
      {answer ? (
        <p className="rounded-lg bg-zinc-100 p-3 text-sm dark:bg-zinc-800" data-testid="what-if-answer" aria-live="polite">
          {answer.score} at {answer.course.name} from the {answer.tee.name} tees: index{' '}
          <strong className="tabular-nums">{formatIndex(answer.current)}</strong> →{' '}
          <strong className="tabular-nums" data-testid="what-if-next">
            {formatIndex(answer.next)}
          </strong>
          {answer.change !== null ? ` (${answer.change > 0 ? '+' : ''}${answer.change.toFixed(1)})` : ''}. Course handicap there{' '}
          {answer.course_handicap ?? '–'} → {answer.next_course_handicap ?? '–'}.
        </p>
      ) : null}
    </form>
  );
}
