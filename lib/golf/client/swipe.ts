// A horizontal swipe across the hole screen moves to the next or previous hole; a vertical scroll
// or a short drag (a sloppy tap with a glove on) does nothing.
export interface Point {
  x: number;
  y: number;
}

export function swipeDirection(start: Point, end: Point, minDistance = 60): 'next' | 'previous' | null {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (Math.abs(dx) < minDistance || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}
