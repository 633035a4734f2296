// Work that follows an import which changed data (a model retrained on the new results), registered
// by whatever owns that work at start-up, so an importer never imports the code it triggers. Each
// runs in the background beside the uploads (lib/imports/background.ts): a shutdown waits for it,
// a failure is logged, and the import's own outcome never depends on it.
import type { Database } from '@/lib/db/client';
import { logger } from '@/lib/log';
import { runInBackground } from './background';

export interface ImportOutcome {
  kind: string;
  jobId: string;
  /** The league the rows went to. */
  leagueId: number;
  /** Rows inserted or updated: 0 means the import changed nothing, and nothing follows. */
  changed: number;
}

export type ImportFollowUp = (database: Database, outcome: ImportOutcome) => Promise<unknown>;

const followUps = new Map<string, ImportFollowUp>();

/** Registers (or replaces, by name) work to run after every import that changed data. */
export function registerImportFollowUp(name: string, run: ImportFollowUp): () => void {
  followUps.set(name, run);
  return () => {
    if (followUps.get(name) === run) followUps.delete(name);
  };
}

/** Starts every follow-up of a finished import in the background; `backgroundImportsSettled` waits for them. */
export function followImport(database: Database, outcome: ImportOutcome): void {
  if (outcome.changed === 0) return;
  for (const [name, run] of followUps) {
    runInBackground(logger().child({ followUp: name }), outcome.jobId, () => run(database, outcome));
  }
}
