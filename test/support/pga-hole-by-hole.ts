// PGA Tour hole-by-hole results (one row per player, round and hole; e.g. the 2024 Wyndham
// Championship file in test/fixtures/golf) → each player's rounds with their hole strokes. Pure.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { DomainError } from '../../lib/errors';

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .string()
    // The file writes strokes as floats ("4.0"); anything else fractional is an error, not a rounding.
    .regex(/^\d+(\.0+)?$/, `${what} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${what} must be ${min}-${max}`);

const rowSchema = z.object({
  'Event Title': z.string().trim().min(1, 'event title is required'),
  'Event Date': z.iso.date('event date must be YYYY-MM-DD'),
  'Player Name': z.string().trim().min(1, 'player name is required'),
  // The player's finish to par ("-18", "+6", "E") or a status such as CUT.
  Score: z.string().regex(/^([+-]?\d+|E|[A-Z]{2,4})$/, 'score must be to par (-18, E, +6) or a status like CUT'),
  Round: wholeNumber('round', 1, 5),
  Pars: wholeNumber('par', 3, 6),
  Scores: wholeNumber('strokes', 1, 20),
  Hole: wholeNumber('hole', 1, 18),
});

export interface HoleByHoleRound {
  round: number;
  /** Strokes on holes 1-18 (index 0 = hole 1). */
  strokes: number[];
  gross: number;
  to_par: number;
}

export interface HoleByHolePlayer {
  player: string;
  /** As in the file: "-18", "E", "+6", "CUT". */
  finish: string;
  /** Final total to par; null for a status such as CUT. */
  finish_to_par: number | null;
  rounds: HoleByHoleRound[];
  total: number;
}

export interface HoleByHoleEvent {
  title: string;
  start_date: string;
  /** Par of holes 1-18, the same for every row of a hole. */
  par: number[];
  players: HoleByHolePlayer[];
}

export function parsePgaHoleByHole(text: string): HoleByHoleEvent {
  const records = readCsv(text);
  const problems: string[] = [];
  const par: (number | undefined)[] = Array(18).fill(undefined);
  const cards = new Map<string, { finish: string; rounds: Map<number, (number | undefined)[]> }>();
  let event: { title: string; date: string } | undefined;

  for (const { record, info } of records) {
    const r = rowSchema.safeParse(record);
    if (!r.success) {
      problems.push(`line ${info.lines}: ${r.error.issues.map((i) => i.message).join('; ')}`);
      continue;
    }
    const row = r.data;
    event ??= { title: row['Event Title'], date: row['Event Date'] };
    if (row['Event Title'] !== event.title || row['Event Date'] !== event.date) {
      problems.push(`line ${info.lines}: a second event (${row['Event Title']}, ${row['Event Date']}) in the file`);
    }
    const known = par[row.Hole - 1];
    if (known !== undefined && known !== row.Pars)
      problems.push(`line ${info.lines}: hole ${row.Hole} is par ${known} elsewhere`);
    par[row.Hole - 1] = row.Pars;
    const card = cards.get(row['Player Name']) ?? { finish: row.Score, rounds: new Map() };
    cards.set(row['Player Name'], card);
    const holes = card.rounds.get(row.Round) ?? Array(18).fill(undefined);
    card.rounds.set(row.Round, holes);
    if (holes[row.Hole - 1] !== undefined) {
      problems.push(`line ${info.lines}: ${row['Player Name']} round ${row.Round} hole ${row.Hole} appears twice`);
    }
    holes[row.Hole - 1] = row.Scores;
  }

  const players: HoleByHolePlayer[] = [];
  for (const [player, card] of cards) {
    const rounds: HoleByHoleRound[] = [];
    for (const [round, holes] of [...card.rounds].sort((a, b) => a[0] - b[0])) {
      const missing = holes.flatMap((s, i) => (s === undefined ? [i + 1] : []));
      if (missing.length) problems.push(`${player} round ${round} has no score for holes ${missing.join(', ')}`);
      const strokes = holes.map((s) => s ?? 0);
      const gross = strokes.reduce((a, b) => a + b, 0);
      rounds.push({ round, strokes, gross, to_par: gross - par.reduce<number>((a, p) => a + (p ?? 0), 0) });
    }
    const finish_to_par = card.finish === 'E' ? 0 : /^[+-]?\d+$/.test(card.finish) ? Number(card.finish) : null;
    players.push({ player, finish: card.finish, finish_to_par, rounds, total: rounds.reduce((a, r) => a + r.gross, 0) });
  }
  if (!event) problems.push('the file has no rows');
  const noPar = par.flatMap((p, i) => (p === undefined ? [i + 1] : []));
  if (event && noPar.length) problems.push(`no rows for holes ${noPar.join(', ')}`);
  if (problems.length) {
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new DomainError('rule_violation', `hole-by-hole file rejected: ${problems.slice(0, 5).join('; ')}${more}`);
  }
  return { title: event?.title ?? '', start_date: event?.date ?? '', par: par as number[], players };
}

/** Players who completed every round of the event, lowest total first (ties by name; no playoff data). */
export function finishers(event: HoleByHoleEvent): HoleByHolePlayer[] {
  const rounds = Math.max(0, ...event.players.map((p) => p.rounds.length));
  return event.players
    .filter((p) => p.rounds.length === rounds)
    .sort((a, b) => a.total - b.total || a.player.localeCompare(b.player));
}

// A malformed file (an unclosed quote, a row with more cells than the header) is bad input, not a bug.
function readCsv(text: string): { record: Record<string, string>; info: { lines: number } }[] {
  try {
    return parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true });
  } catch (err) {
    throw new DomainError('rule_violation', `the CSV cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
}
