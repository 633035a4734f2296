// The text typed into a course picker's search box and the server's answer to it. Each keystroke
// waits a moment before asking, and an answer for text since changed is dropped, so a slow reply
// never overwrites a newer one.
import { useEffect, useState } from 'react';
import { type CourseSearchAnswer, courseQuery } from '@/lib/golf/client/course-picker';
import { fetchCoursePicks } from '@/lib/golf/client/course-search';

const PAUSE_MS = 250;

export function useCourseSearch() {
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<CourseSearchAnswer | null>(null);
  const query = courseQuery(text);

  useEffect(() => {
    if (!query) return;
    let current = true;
    const timer = setTimeout(() => {
      fetchCoursePicks(query)
        .then((r) => {
          if (current) setAnswer(r.ok ? { query, courses: r.courses } : { query, courses: [], error: r.message });
        })
        .catch(() => {
          if (current) setAnswer({ query, courses: [], error: 'Could not search all courses: check the connection.' });
        });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  return { text, setText, answer };
}
