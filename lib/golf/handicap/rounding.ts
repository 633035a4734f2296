// WHS rounds differentials and indexes to the nearest tenth and handicaps to the nearest whole
// number. We round .5 up toward +infinity everywhere, so -2.25 becomes -2.2 and a course handicap
// of -1.5 (a "plus 1.5") becomes -1. The epsilon absorbs binary noise such as 12.25 stored as
// 12.2499999999; real inputs (tenths over whole slopes) never land that close to a half otherwise.
const EPSILON = 1e-9;

export function roundToTenth(x: number): number {
  return Math.round(x * 10 + EPSILON) / 10 + 0; // + 0 turns -0 into 0
}

export function roundToWhole(x: number): number {
  return Math.round(x + EPSILON) + 0;
}
