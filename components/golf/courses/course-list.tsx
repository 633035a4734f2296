// Every course with its tees: length, par, and the rating and slope per gender — or "unrated",
// which means a round there is scored but not posted for handicap.

import { ScrollFrame } from '@/components/ui/scroll-frame';
import { ratingText, teeYards } from '@/lib/golf/client/tees';
import type { CourseView } from '@/lib/golf/courses/view';

function place(c: CourseView): string {
  return [c.location.city, c.location.state, c.location.country].filter(Boolean).join(', ');
}

export function CourseList({ courses }: { courses: CourseView[] }) {
  if (courses.length === 0) return <p className="text-sm text-zinc-500">No courses yet.</p>;
  return (
    <ul className="space-y-3" data-testid="course-list">
      {courses.map((c) => (
        <li
          key={c.id}
          data-testid={`course-${c.id}`}
          className="space-y-2 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <div>
            <h3 className="font-semibold">{c.name}</h3>
            <p className="text-xs text-zinc-500">
              {place(c) || 'Location unknown'} · {c.holes} holes
              {c.source ? ` · ${c.source.name}` : ''}
            </p>
          </div>
          <ScrollFrame label={'Table'}>
            <table className="w-full text-sm">
              <thead className="text-xs text-zinc-500">
                <tr>
                  <th className="py-1 pr-3 text-left font-medium">Tee</th>
                  <th className="pl-3 text-right font-medium">Yards</th>
                  <th className="pl-3 text-right font-medium">Par</th>
                  <th className="pl-3 text-right font-medium">Men CR / slope</th>
                  <th className="pl-3 text-right font-medium">Women CR / slope</th>
                </tr>
              </thead>
              <tbody className="tabular-nums">
                {c.tees.map((t) => (
                  <tr key={t.id} className="border-t border-zinc-100 dark:border-zinc-800">
                    <td className="py-1.5 pr-3">{t.name}</td>
                    <td className="pl-3 text-right">{teeYards(t)?.toLocaleString('en-US') ?? '–'}</td>
                    <td className="pl-3 text-right">{t.total_par}</td>
                    <td className={`pl-3 text-right ${t.ratings.men ? '' : 'text-zinc-500'}`}>{ratingText(t.ratings.men)}</td>
                    <td className={`pl-3 text-right ${t.ratings.women ? '' : 'text-zinc-500'}`}>{ratingText(t.ratings.women)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollFrame>
          {c.tees.every((t) => !t.ratings.men && !t.ratings.women) ? (
            <p className="text-xs text-zinc-500">No published rating: rounds here are scored but not posted for handicap.</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
