// What the registry knows of each kind of model: how to check its artifact and how to run it. The
// predictions and football code define their kinds; the registry never looks inside an artifact.
import type { z } from 'zod';

export interface ModelKind<A = unknown, R = unknown> {
  /** Stored in model_versions.kind, e.g. logistic. */
  kind: string;
  /** The artifact's shape: a load refuses an artifact that does not parse. */
  artifact: z.ZodType<A>;
  /** The in-memory model a loaded version becomes (weights unpacked, trees rebuilt). */
  build(artifact: A): R;
}

// On globalThis: Next bundles route handlers and start-up code apart, and a kind defined in one must
// be known in the other.
const KEY = Symbol.for('statline.model-kinds');
const holder = globalThis as { [KEY]?: Map<string, ModelKind> };
holder[KEY] ??= new Map();
const kinds = holder[KEY];

export function defineModelKind<A, R>(k: ModelKind<A, R>): ModelKind<A, R> {
  kinds.set(k.kind, k as ModelKind);
  return k;
}

export function modelKind(kind: string): ModelKind | undefined {
  return kinds.get(kind);
}
