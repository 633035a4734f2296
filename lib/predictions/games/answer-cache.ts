// A model's answer to a feature vector, kept 5 minutes in the platform cache (Redis, or this process's
// memory when there is none). The key is the model version (name, version and its artifact's hash) and
// the feature vector itself, so the entry can never be another model's answer: a new default, a newly
// loaded version or a retrained artifact is a different key and misses on its own, with nothing to
// invalidate. Counted per model as a hit or a miss; misses time the inference.
import { createHash } from 'node:crypto';
import { cached } from '@/lib/cache/cached';
import { metrics } from '@/lib/metrics';
import type { LoadedModel } from '@/lib/models/replica';
import type { GamePrediction } from './artifact';

export const PREDICTION_TTL_SECONDS = 5 * 60;

/** The vector in key order, so the same values asked in another order share one entry. */
function vectorKey(features: Record<string, number>): string {
  const canonical = JSON.stringify(
    Object.keys(features)
      .sort()
      .map((k) => [k, features[k]]),
  );
  return createHash('sha256').update(canonical).digest('base64url');
}

export function predictionCacheKey(model: LoadedModel, features: Record<string, number>): string {
  return `prediction:${model.name}:${model.version}:${model.sha256.slice(0, 16)}:${vectorKey(features)}`;
}

/** `answer` runs the model (on a miss only); its errors (a bad vector's 400) pass through uncached. */
export async function cachedAnswer(
  model: LoadedModel,
  features: Record<string, number>,
  answer: () => GamePrediction,
): Promise<GamePrediction> {
  let missed = false;
  const value = await cached(predictionCacheKey(model, features), [], PREDICTION_TTL_SECONDS, () => {
    missed = true;
    const started = performance.now();
    const fresh = answer();
    metrics().inferenceDuration.observe({ model: model.name }, (performance.now() - started) / 1000);
    return fresh;
  });
  metrics().predictions.inc({ model: model.name, version: String(model.version), cache: missed ? 'miss' : 'hit' });
  return value;
}
