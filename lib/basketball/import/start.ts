// An uploaded basketball file becomes a queued job; the import runs after the answer (lib/imports).
import type { ImportJob } from '@/drizzle/schema';
import type { Upload } from '@/lib/api/upload';
import type { Db } from '@/lib/db/client';
import { type ImportActor, startImport } from '@/lib/imports/start';
import { importBasketball } from './run';

// Only these two: they also keep cross-site forms out, since a browser must preflight either type.
const defaultNames = { 'text/csv': 'upload.csv', 'application/json': 'upload.json' } as const;
export type BasketballUploadType = keyof typeof defaultNames;
export const basketballUploadTypes = Object.keys(defaultNames) as BasketballUploadType[];

export function startBasketballImport(
  db: Db,
  actor: ImportActor,
  upload: Upload<BasketballUploadType>,
  filename?: string,
): Promise<ImportJob> {
  const source = filename ?? defaultNames[upload.type];
  return startImport(db, actor, { kind: 'basketball', source, ...upload }, (database, job) =>
    importBasketball(database, { source, ...job, createdBy: actor.userId }),
  );
}
