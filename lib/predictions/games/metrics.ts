// Scoring probability forecasts of home wins: accuracy, Brier score, log loss and a 10-bin
// calibration table. Pure.

export interface Forecast {
  /** Home-win probability. */
  p: number;
  /** 1 when the home team won. */
  y: 0 | 1;
}

export interface CalibrationBin {
  from: number;
  to: number;
  n: number;
  meanPredicted: number | null;
  observed: number | null;
}

export interface Scoreboard {
  n: number;
  accuracy: number;
  brier: number;
  logLoss: number;
  calibration: CalibrationBin[];
}

const EPS = 1e-15;

export function score(forecasts: Forecast[]): Scoreboard {
  const n = forecasts.length;
  let right = 0;
  let brier = 0;
  let logLoss = 0;
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, n: 0, sumP: 0, sumY: 0 }));
  for (const { p, y } of forecasts) {
    // A coin flip counts for the home team, as the home-wins baseline would call it.
    if ((p >= 0.5 ? 1 : 0) === y) right++;
    brier += (p - y) ** 2;
    const q = Math.min(1 - EPS, Math.max(EPS, p));
    logLoss -= y * Math.log(q) + (1 - y) * Math.log(1 - q);
    const bin = bins[Math.min(9, Math.floor(p * 10))];
    if (bin) {
      bin.n++;
      bin.sumP += p;
      bin.sumY += y;
    }
  }
  return {
    n,
    accuracy: n ? right / n : 0,
    brier: n ? brier / n : 0,
    logLoss: n ? logLoss / n : 0,
    calibration: bins.map((b) => ({
      from: b.from,
      to: b.to,
      n: b.n,
      meanPredicted: b.n ? b.sumP / b.n : null,
      observed: b.n ? b.sumY / b.n : null,
    })),
  };
}
