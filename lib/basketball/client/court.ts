// Half-court geometry in feet (NBA lines), with the basket at the top. Shot locations are stored
// as fractions (0..1) of the width and of the half-court length, so they survive any drawing size.
export const court = {
  width: 50,
  length: 47,
  basket: { x: 25, y: 5.25 },
  rim: 0.75,
  backboard: { y: 4, halfWidth: 3 },
  lane: { halfWidth: 8, length: 19 },
  freeThrowRadius: 6,
  threePoint: { radius: 23.75, corner: 3, straightLength: 14 },
  restrictedRadius: 4,
} as const;

/** A tap at (px, py) inside a drawn box of width × height → a stored location, clamped to the court. */
export function toFraction(px: number, py: number, width: number, height: number): { x: number; y: number } {
  const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
  return { x: clamp(px / width), y: clamp(py / height) };
}

/** The point on the court, in feet, of a stored location. */
export const toFeet = (loc: { x: number; y: number }) => ({ x: loc.x * court.width, y: loc.y * court.length });

/** Whether a location is beyond the three-point line: a hint for the scorer, never a rule. */
export function isThree(loc: { x: number; y: number }): boolean {
  const p = toFeet(loc);
  const { corner, straightLength, radius } = court.threePoint;
  if (p.y <= straightLength) return p.x < corner || p.x > court.width - corner;
  return Math.hypot(p.x - court.basket.x, p.y - court.basket.y) > radius;
}
