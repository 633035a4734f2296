// A stored artifact is used only when it is the one registered: same checksum, and the shape its kind
// expects. Anything else is refused with the reason, so the version that served before keeps serving.
import { createHash } from 'node:crypto';
import { canonicalJson } from '@/lib/events/canonical-json';
import { modelKind } from './kinds';

export function artifactSha256(artifact: unknown): string {
  return createHash('sha256').update(canonicalJson(artifact)).digest('hex');
}

export type ArtifactCheck = { ok: true; model: unknown } | { ok: false; reason: string };

export function checkArtifact(row: { kind: string; artifact: unknown; artifactSha256: string }): ArtifactCheck {
  const kind = modelKind(row.kind);
  if (!kind) return { ok: false, reason: `no model kind "${row.kind}" is known to this server` };
  if (artifactSha256(row.artifact) !== row.artifactSha256) {
    return { ok: false, reason: 'its artifact does not match the checksum it was registered with' };
  }
  const parsed = kind.artifact.safeParse(row.artifact);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      reason: `its artifact is not a ${row.kind} model (${first?.path.join('.') || 'root'}: ${first?.message})`,
    };
  }
  try {
    return { ok: true, model: kind.build(parsed.data) };
  } catch (err) {
    return { ok: false, reason: `its artifact could not be built: ${(err as Error).message}` };
  }
}
