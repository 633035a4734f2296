'use client';

// Course, tees, date and partners; then POST /api/v1/golf/rounds and straight to the scorecard. The
// round's id is made here once, so a double tap or a retry over a bad connection starts one round.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { CourseSearchField } from '@/components/golf/courses/course-search-field';
import { useCourseSearch } from '@/components/golf/courses/use-course-search';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult, Select } from '@/components/ui/form';
import { todayIn } from '@/lib/dates';
import { type CoursePick, pickerCourses, searchStatus, searchWorthShowing } from '@/lib/golf/client/course-picker';
import { isRatedFor, teeOption } from '@/lib/golf/client/tees';
import { apiErrorMessage } from '@/lib/offline/api-error';
import { newEventId } from '@/lib/offline/event-id';
import { type FindPartner, type Partner, PartnerPicker } from './partner-picker';

type Gender = 'men' | 'women';

/** The first tee rated for the golfer, so a score posts unless they choose otherwise. */
const defaultTee = (c: CoursePick | undefined, g: Gender) => (c?.tees.find((t) => isRatedFor(t, g)) ?? c?.tees[0])?.id;

export function StartRoundForm({
  courses,
  more,
  last,
  findPartner,
}: {
  /** The courses the picker opens with; `more` when others exist, found by the search. */
  courses: CoursePick[];
  more: boolean;
  /** Where the golfer played last: most rounds are on the home course, from the usual tees. */
  last: { courseId: number; teeId: number } | null;
  findPartner: FindPartner;
}) {
  const router = useRouter();
  const roundId = useRef(newEventId());
  const first = courses.find((c) => c.id === last?.courseId) ?? courses[0];
  const [course, setCourse] = useState(first);
  const [gender, setGender] = useState<Gender>('men');
  const [teeId, setTeeId] = useState(first?.tees.some((t) => t.id === last?.teeId) ? last?.teeId : defaultTee(first, 'men'));
  // Empty until mounted: only the phone knows its own calendar day (the server knows only DEFAULT_TIME_ZONE's).
  const [date, setDate] = useState('');
  useEffect(() => setDate((d) => d || todayIn(undefined)), []);
  const [partners, setPartners] = useState<Partner[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const search = useCourseSearch();
  const picker = pickerCourses(courses, search.text, search.answer, course);
  const tee = course?.tees.find((t) => t.id === teeId);

  async function start(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/api/v1/golf/rounds', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: roundId.current,
          course_id: course?.id,
          tee_id: teeId,
          date,
          gender,
          players: partners.flatMap((p) => (p.kind === 'account' ? [{ user_id: p.id }] : [])),
          guests: partners.flatMap((p) =>
            p.kind === 'guest'
              ? [{ name: p.name, ...(p.handicapIndex === null ? {} : { handicap_index: p.handicapIndex }) }]
              : [],
          ),
        }),
      });
      const body = await res.json().catch(() => null);
      if (!res.ok) {
        setError(apiErrorMessage(body) ?? `The server said no (HTTP ${res.status}).`);
        setBusy(false);
        return;
      }
      router.push(`/golf/rounds/${(body as { data: { id: string } }).data.id}`);
    } catch {
      setError('Could not reach the server. Check the connection and try again: the same round will be started once.');
      setBusy(false);
    }
  }

  if (courses.length === 0) return <p className="text-sm text-zinc-500">No courses yet: an admin imports them first.</p>;
  return (
    <form
      onSubmit={start}
      data-testid="start-round-form"
      className="space-y-4 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {searchWorthShowing(courses.length, more) ? (
        <CourseSearchField
          value={search.text}
          onChange={search.setText}
          status={searchStatus(search.text, search.answer, picker.matches)}
        />
      ) : null}
      <Select
        label="Course"
        name="course_id"
        value={course?.id}
        onChange={(e) => {
          const next = picker.courses.find((c) => c.id === Number(e.target.value));
          setCourse(next);
          setTeeId(defaultTee(next, gender));
        }}
      >
        {picker.courses.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.holes} holes)
          </option>
        ))}
      </Select>
      <Select label="Scoring as" name="gender" value={gender} onChange={(e) => setGender(e.target.value as Gender)}>
        <option value="men">Men (men's ratings and stroke index)</option>
        <option value="women">Women (women's ratings and stroke index)</option>
      </Select>
      <Select label="Tees" name="tee_id" value={teeId} onChange={(e) => setTeeId(Number(e.target.value))}>
        {course?.tees.map((t) => (
          <option key={t.id} value={t.id}>
            {teeOption(t, gender)}
          </option>
        ))}
      </Select>
      {tee && !isRatedFor(tee, gender) ? (
        <p className="text-sm text-amber-700 dark:text-amber-400" data-testid="unrated-warning">
          These tees have no published {gender}'s rating: the round is scored, but not posted for your handicap.
        </p>
      ) : null}
      <Field label="Date" name="date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      <PartnerPicker partners={partners} onChange={setPartners} findPartner={findPartner} />
      <Button type="submit" disabled={busy || !teeId || !date} className="min-h-14 w-full text-lg">
        {busy ? 'Starting…' : 'Start round'}
      </Button>
      <FormResult error={error} done={null} />
    </form>
  );
}
