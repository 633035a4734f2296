/**
 * A team's full name from its city and name, as a sports page prints it ("Boston" + "Celtics" →
 * "Boston Celtics"). People often type part of the city into the name too ("Statline Valley" +
 * "Valley Owls"), so words the name repeats from the end of the city are written once.
 */
export function teamFullName(city: string | undefined | null, name: string): string {
  const trimmedName = name.trim().replace(/\s+/g, ' ');
  const trimmedCity = city?.trim().replace(/\s+/g, ' ');
  if (!trimmedCity) return trimmedName;
  const cityWords = trimmedCity.split(' ');
  const nameWords = trimmedName.split(' ');
  const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
  // The longest tail of the city that the name starts with.
  for (let n = Math.min(cityWords.length, nameWords.length); n > 0; n--) {
    const tail = cityWords.slice(cityWords.length - n);
    if (tail.every((w, i) => same(w, nameWords[i] ?? ''))) {
      return [...cityWords.slice(0, cityWords.length - n), ...nameWords].join(' ');
    }
  }
  return `${trimmedCity} ${trimmedName}`;
}
