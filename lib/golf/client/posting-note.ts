// The line a finished round shows when a score was not posted for handicap. The server writes its
// note as a whole sentence ("Not posted for handicap: <reason>."), so the note is shown as it is;
// the prefix and the full stop are added only where a note lacks them (older rows, a bare reason).

const PREFIX = 'Not posted for handicap';

export function notPostedText(note: string | null | undefined): string {
  let reason = (note ?? '').trim();
  // Defensive: a prefix that got doubled somewhere upstream is still read once.
  while (reason.toLowerCase().startsWith(PREFIX.toLowerCase())) {
    reason = reason
      .slice(PREFIX.length)
      .replace(/^\s*[:.–—-]?\s*/, '')
      .trim();
  }
  reason = reason.replace(/\.+$/, '');
  if (!reason) return `${PREFIX}.`;
  return `${PREFIX}: ${reason}${/[!?…]$/.test(reason) ? '' : '.'}`;
}
