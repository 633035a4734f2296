// Calendar dates (YYYY-MM-DD) as people at a venue count them. "Today" is the venue's or league's
// day, never the server's: a UTC server already calls 7 pm in Los Angeles tomorrow. No venue or
// league stores its zone yet, so server code passes env().DEFAULT_TIME_ZONE (UTC unless set) for
// every one of them; browser code passes undefined, the device's zone. Pure: no imports, so the
// browser and lib/env can use it.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const options = { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' } as const;
  // The device's own zone is not cached: it is read afresh, as a process may change TZ.
  if (timeZone === undefined) return new Intl.DateTimeFormat('en-US', options);
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', options);
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The day the instant `at` falls on in `timeZone` (an IANA name; undefined is this device's zone). */
export function isoDate(at: Date, timeZone: string | undefined): string {
  // Assembled from parts: a locale's own date pattern is not a format to rely on.
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${String(parts.year).padStart(4, '0')}-${parts.month}-${parts.day}`;
}

/** Today in `timeZone` (an IANA name; undefined is this device's zone, as a browser's date input wants). */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  return isoDate(now, timeZone);
}

/** The day `days` after (or, negative, before) the YYYY-MM-DD `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether `name` is a time zone this runtime knows (an IANA name such as "America/New_York", or "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
