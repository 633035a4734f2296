// A round is played on the golfer's calendar day, not UTC's: in the Americas in the evening UTC is
// already tomorrow, and far east of Greenwich in the morning it is still yesterday.

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of `now` in this device's time zone, as a date input wants it. */
export function localDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
