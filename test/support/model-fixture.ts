// A model kind for registry tests: the registry never looks inside an artifact, so the smallest kind
// that has a shape to check and a model to build tests it as well as a forest would.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../lib/db/client';
import { defineModelKind } from '../../lib/models/kinds';
import { registerVersion } from '../../lib/models/registry';

export const constantKind = defineModelKind({
  kind: 'test-constant',
  artifact: z.strictObject({ home_win_probability: z.number().min(0).max(1) }),
  build: (a) => ({ predict: () => a.home_win_probability }),
});

/** A registered version of a fresh line (or of `name`), not loaded. */
export function registerTestModel(db: Db, name = `test-${randomUUID().slice(0, 8)}`, p = 0.6) {
  return registerVersion(db, null, {
    name,
    kind: 'test-constant',
    task: `test-${name}`,
    leagueId: null,
    features: ['home'],
    training: { seasons: [2018] },
    hyperparameters: {},
    metrics: { accuracy: p },
    artifact: { home_win_probability: p },
  });
}
