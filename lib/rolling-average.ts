// Trailing means for the trend lines of every sport (a player's last 5 and 10 games, a team's
// margin, a golfer's last 5 rounds). Pure: the browser's charts use it too.

/** Mean of each value with up to `window` − 1 before it (fewer at the start), to one decimal. */
export function rollingAverage(values: readonly number[], window: number): number[] {
  return values.map((_, i) => {
    const last = values.slice(Math.max(0, i - window + 1), i + 1);
    return Math.round((last.reduce((a, b) => a + b, 0) / last.length) * 10) / 10;
  });
}
