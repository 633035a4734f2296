// What a rejected row's reason says: the column, the value found and what was expected
// ("PTS: 'abc' is not a whole number"), never zod's bare "Invalid input".
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** The most specific message of an issue: a union's own is "Invalid input", its branches say more. */
function messageOf(issue: Issue): string {
  if (issue.code === 'invalid_union' && 'errors' in issue) {
    const inner =
      (issue.errors as Issue[][]).flat().find((i) => i.code !== 'invalid_type') ?? (issue.errors as Issue[][]).flat()[0];
    if (inner) return messageOf(inner);
  }
  return issue.message;
}

export function describeIssue(record: Record<string, unknown>, issue: Issue | undefined): string {
  if (!issue) return 'the row is invalid';
  const column = issue.path.length ? String(issue.path[0]) : null;
  const message = messageOf(issue);
  if (!column) return message;
  const value = record[column];
  if (value === undefined || value === '') return `${column}: missing (${message})`;
  const shown = `'${String(value).slice(0, 60)}'`;
  const expected = /^expected (an? .+)$/i.exec(message);
  return expected ? `${column}: ${shown} is not ${expected[1]}` : `${column}: ${shown}: ${message}`;
}
