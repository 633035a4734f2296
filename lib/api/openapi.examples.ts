// Example requests and responses for the API reference. They are recorded, not written: scripts/
// docs-examples.ts calls every route on a database holding the demo data and keeps what it answered
// (openapi.test.ts fails when one no longer matches its schema). The curl line is built from the
// request that was made, so it is one that worked.
import type { Contract } from './contract';
import recorded from './openapi.examples.json';

export interface RecordedExample {
  request: {
    /** Path and query as called. */
    url: string;
    body?: unknown;
  };
  status: number;
  /** The JSON body answered, trimmed to a few rows per list. */
  response?: unknown;
  /** The start of a text answer (CSV, event stream). */
  text?: string;
}

export const recordedExamples = recorded as Record<string, RecordedExample>;

export const exampleKey = (c: Pick<Contract, 'method' | 'path'>) => `${c.method} ${c.path}`;

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** A curl command for the operation: the recorded call when there is one, else its path template. */
export function curlExample(c: Contract, example?: RecordedExample): string {
  const url = example?.request.url ?? c.path;
  const lines = [`curl${c.eventStream ? ' -N' : ''}${c.method === 'GET' ? '' : ` -X ${c.method}`} "$STATLINE_URL${url}"`];
  if (c.sessionOnly) lines.push(`-b "next-auth.session-token=$STATLINE_SESSION"`);
  else if (c.auth === 'user') lines.push(`-H "Authorization: Bearer $STATLINE_API_KEY"`);
  if (c.upload) lines.push(`-H 'Content-Type: ${c.upload}'`, `--data-binary @${c.upload === 'text/csv' ? 'file.csv' : 'file'}`);
  else if (example?.request.body !== undefined) {
    lines.push(`-H 'Content-Type: application/json'`, `-d ${shellQuote(JSON.stringify(example.request.body))}`);
  }
  return lines.join(' \\\n  ');
}
