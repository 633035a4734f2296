import { describe, expect, it } from 'vitest';
import { artifactSha256, checkArtifact } from '@/lib/models/artifact-check';
import type { PlayerModelArtifact } from './artifact';
import { type PlayerModel, playerTask } from './model-kinds';

const artifact: PlayerModelArtifact = {
  kind: 'ridge',
  stat: 'reb',
  features: ['reb_last10', 'min_last10'],
  standardization: { mean: [5, 24], sd: [3, 8] },
  intercept: 5,
  coefficients: [2, 0.5],
  hyperParameters: { lambda: 10 },
  residualQuantiles: { p10: -3, p50: 0, p90: 3.5 },
  training: { from: '2024-10-31', to: '2024-12-15', n: 100, calibrationFrom: '2024-12-03', calibrationN: 25 },
};
const row = (a: unknown, kind = 'ridge') => ({ kind, artifact: a, artifactSha256: artifactSha256(a) });

describe('player model kinds in the registry', () => {
  it('builds a registered artifact into a model that predicts its stat', () => {
    const check = checkArtifact(row(artifact));
    if (!check.ok) throw new Error(check.reason);
    const model = check.model as PlayerModel;
    expect(model.stat).toBe('reb');
    // reb_last10 one sd above the mean, minutes average: 5 + 2 = 7 at the median residual.
    expect(model.predict([8, 24])).toMatchObject({ stat: 'reb', p10: 4, p50: 7, p90: 10.5 });
    expect(playerTask('reb')).toBe('player-reb');
  });

  it('refuses an artifact of another kind, a short coefficient list, or a tampered checksum', () => {
    expect(checkArtifact(row(artifact, 'lasso'))).toMatchObject({ ok: false });
    const short = checkArtifact(row({ ...artifact, coefficients: [2] }));
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.reason).toMatch(/one value per feature/);
    const tampered = checkArtifact({ ...row(artifact), artifact: { ...artifact, intercept: 50 } });
    expect(tampered).toMatchObject({ ok: false, reason: expect.stringMatching(/checksum/) });
  });
});
