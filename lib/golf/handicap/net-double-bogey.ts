// Adjusted Gross Score: each hole capped at Net Double Bogey (WHS Rule 3.1), so one disaster hole
// does not inflate a handicap.

/**
 * The most a hole can count for handicap purposes. With a Handicap Index: par + 2 + strokes
 * received on the hole (negative for a plus handicap). Without one yet: par + 5 (Rule 3.1b).
 */
export function maxHoleScore(par: number, strokesReceived: number | null): number {
  return strokesReceived === null ? par + 5 : par + 2 + strokesReceived;
}

export interface HoleForAdjustment {
  hole: number;
  par: number;
  strokes: number;
  /** Null for a player with no Handicap Index yet. */
  strokes_received: number | null;
}

export interface AdjustedHole {
  hole: number;
  gross: number;
  max: number;
  adjusted: number;
}

export function adjustedGrossScore(holes: readonly HoleForAdjustment[]): { ags: number; gross: number; holes: AdjustedHole[] } {
  const adjusted = holes.map((h) => {
    const max = maxHoleScore(h.par, h.strokes_received);
    return { hole: h.hole, gross: h.strokes, max, adjusted: Math.min(h.strokes, max) };
  });
  return {
    ags: adjusted.reduce((a, h) => a + h.adjusted, 0),
    gross: adjusted.reduce((a, h) => a + h.gross, 0),
    holes: adjusted,
  };
}
