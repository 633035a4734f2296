// An event's leaderboard: every entrant's rounds, totals to par (gross and net), positions with ties
// ("T3"), thru and today, and the cut. Pure: the same ranking serves the leaderboard endpoint (state
// read from the projection) and the live stream (the same state folded forward by the event's log).

export interface BoardEvent {
  rounds: number;
  par: readonly number[];
  /** Stroke index per hole (men's), to give handicap strokes hole by hole; null: pro rata. */
  strokeIndex: readonly number[] | null;
  cutAfterRound: number | null;
  cutTop: number | null;
}

export interface BoardEntry {
  entryId: number;
  name: string;
  userId: string | null;
}

/** One entrant's round: the group's round, the strokes received and the holes scored. */
export interface BoardRound {
  entryId: number;
  roundNumber: number;
  playingHandicap: number | null;
  strokes: Map<number, number>;
  finished: boolean;
}

export interface BoardState {
  event: BoardEvent;
  entries: Map<number, BoardEntry>;
  /** Keyed by `${roundId}:${position}`, the address of a hole score in a round's log. */
  rounds: Map<string, BoardRound>;
}

export interface BoardRoundLine {
  round: number;
  gross: number;
  to_par: number;
  net_to_par: number;
  thru: number;
}

export interface BoardLine {
  entry_id: number;
  name: string;
  user_id: string | null;
  /** "1", "T3"; "CUT" below the cut; null before the entrant has scored. */
  position: string | null;
  place: number | null;
  tied: boolean;
  status: 'active' | 'cut';
  total: number;
  to_par: number;
  net_to_par: number;
  /** To par in the entrant's latest round, and holes played in it. */
  today: number | null;
  thru: number;
  current_round: number | null;
  playing_handicap: number | null;
  rounds: BoardRoundLine[];
}

export interface Board {
  through_round: number;
  by: 'gross' | 'net';
  cut: { after_round: number; top: number; line_to_par: number | null; made: number } | null;
  lines: BoardLine[];
}

/** Strokes received on a hole: the handicap spread by stroke index, or pro rata without one. */
export function strokesOnHole(handicap: number, hole: number, strokeIndex: readonly number[] | null, holes: number): number {
  if (handicap === 0) return 0;
  const si = strokeIndex?.[hole - 1];
  if (!si) return handicap / holes;
  const sign = Math.sign(handicap);
  const h = Math.abs(handicap);
  // A plus handicap gives strokes back from the easiest holes (highest index) first.
  const rank = sign > 0 ? si : holes + 1 - si;
  const n = Math.floor(h / holes) + (rank <= h % holes ? 1 : 0);
  return n === 0 ? 0 : sign * n;
}

function roundLine(event: BoardEvent, r: BoardRound): BoardRoundLine {
  let gross = 0;
  let par = 0;
  let received = 0;
  for (const [hole, strokes] of r.strokes) {
    gross += strokes;
    par += event.par[hole - 1] ?? 0;
    received += strokesOnHole(r.playingHandicap ?? 0, hole, event.strokeIndex, event.par.length);
  }
  return {
    round: r.roundNumber,
    gross,
    to_par: gross - par,
    net_to_par: gross - par - Math.round(received),
    thru: r.strokes.size,
  };
}

interface Totals {
  entry: BoardEntry;
  rounds: BoardRoundLine[];
  latest: BoardRound | null;
  total: number;
  to_par: number;
  net_to_par: number;
  thru: number;
}

function totalsOf(entry: BoardEntry, rounds: BoardRoundLine[], latest: BoardRound | null): Totals {
  const sum = (f: (r: BoardRoundLine) => number) => rounds.reduce((a, r) => a + f(r), 0);
  return {
    entry,
    rounds,
    latest,
    total: sum((r) => r.gross),
    to_par: sum((r) => r.to_par),
    net_to_par: sum((r) => r.net_to_par),
    thru: sum((r) => r.thru),
  };
}

/** The holes a countback compares, last first: the last 9, 6, 3 and the last hole (club golf's order). */
const countbackSpans = [9, 6, 3, 1] as const;

/**
 * Orders two entrants level on score by countback over their latest rounds: the better last 9, then
 * last 6, 3 and 1 holes, net of the strokes received on those holes when ranking by net. It orders
 * the lines only; the shown position stays tied. Applies once both have finished that round (an
 * unfinished round's back nine is not yet comparable), else 0.
 */
export function countback(event: BoardEvent, a: BoardRound | null, b: BoardRound | null, by: 'gross' | 'net'): number {
  const holes = event.par.length;
  if (!a || !b || a.strokes.size < holes || b.strokes.size < holes) return 0;
  const span = (r: BoardRound, n: number) => {
    let total = 0;
    for (let hole = holes - n + 1; hole <= holes; hole++) {
      total += r.strokes.get(hole) ?? 0;
      if (by === 'net') total -= strokesOnHole(r.playingHandicap ?? 0, hole, event.strokeIndex, holes);
    }
    return total;
  };
  for (const n of countbackSpans) {
    if (n > holes) continue;
    const diff = span(a, n) - span(b, n);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Places with ties among scored lines, in the order given (already sorted by `key`). */
function placeAll<T>(sorted: T[], key: (t: T) => number): { place: number; tied: boolean }[] {
  const counts = new Map<number, number>();
  for (const t of sorted) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  return sorted.map((t) => ({ place: sorted.findIndex((o) => key(o) === key(t)) + 1, tied: (counts.get(key(t)) ?? 0) > 1 }));
}

export function rankBoard(state: BoardState, opts: { throughRound?: number; by?: 'gross' | 'net' } = {}): Board {
  const { event } = state;
  const by = opts.by ?? 'gross';
  const through = Math.min(opts.throughRound ?? event.rounds, event.rounds);
  const byEntry = new Map<number, BoardRound[]>();
  for (const r of state.rounds.values()) {
    if (r.roundNumber > through) continue;
    const list = byEntry.get(r.entryId) ?? [];
    list.push(r);
    byEntry.set(r.entryId, list);
  }
  const all = [...state.entries.values()].map((entry) => {
    const rounds = (byEntry.get(entry.entryId) ?? []).sort((a, b) => a.roundNumber - b.roundNumber);
    return totalsOf(
      entry,
      rounds.map((r) => roundLine(event, r)),
      rounds.at(-1) ?? null,
    );
  });
  const score = (t: Totals) => (by === 'net' ? t.net_to_par : t.to_par);

  // The cut, once its round is over for the field (every entrant who played it has finished or
  // scored 18), or once a later round is under way: the best `cutTop` after it, and ties.
  let cut: Board['cut'] = null;
  const cutOut = new Set<number>();
  if (event.cutAfterRound !== null && event.cutTop !== null && through >= event.cutAfterRound) {
    const after = event.cutAfterRound;
    const field = all.filter((t) => t.rounds.some((r) => r.round === after));
    const done = field.length > 0 && field.every((t) => t.rounds.some((r) => r.round === after && r.thru === event.par.length));
    const later = all.some((t) => t.rounds.some((r) => r.round > after));
    let line: number | null = null;
    if (done || later) {
      const upTo = (t: Totals) =>
        t.rounds.filter((r) => r.round <= after).reduce((a, r) => a + (by === 'net' ? r.net_to_par : r.to_par), 0);
      const scores = field.map(upTo).sort((a, b) => a - b);
      line = scores[Math.min(event.cutTop, scores.length) - 1] ?? null;
      for (const t of all)
        if (line !== null && (!t.rounds.some((r) => r.round === after) || upTo(t) > line)) cutOut.add(t.entry.entryId);
    }
    cut = { after_round: after, top: event.cutTop, line_to_par: line, made: line === null ? 0 : all.length - cutOut.size };
  }

  const scored = (t: Totals) => t.thru > 0;
  const order = (a: Totals, b: Totals) =>
    score(a) - score(b) ||
    b.thru - a.thru ||
    countback(event, a.latest, b.latest, by) ||
    a.entry.name.localeCompare(b.entry.name);
  const active = all.filter((t) => scored(t) && !cutOut.has(t.entry.entryId)).sort(order);
  const missed = all.filter((t) => scored(t) && cutOut.has(t.entry.entryId)).sort(order);
  const unscored = all.filter((t) => !scored(t)).sort((a, b) => a.entry.name.localeCompare(b.entry.name));
  const places = placeAll(active, score);

  const line = (t: Totals, place: { place: number; tied: boolean } | null, status: BoardLine['status']): BoardLine => {
    const latest = t.latest ? t.rounds.at(-1) : undefined;
    return {
      entry_id: t.entry.entryId,
      name: t.entry.name,
      user_id: t.entry.userId,
      position: status === 'cut' ? 'CUT' : place ? `${place.tied ? 'T' : ''}${place.place}` : null,
      place: place?.place ?? null,
      tied: place?.tied ?? false,
      status,
      total: t.total,
      to_par: t.to_par,
      net_to_par: t.net_to_par,
      today: latest && latest.thru > 0 ? latest.to_par : null,
      thru: latest?.thru ?? 0,
      current_round: t.latest?.roundNumber ?? null,
      playing_handicap: t.latest?.playingHandicap ?? null,
      rounds: t.rounds,
    };
  };
  return {
    through_round: through,
    by,
    cut,
    lines: [
      ...active.map((t, i) => line(t, places[i] ?? null, 'active')),
      ...missed.map((t) => line(t, null, 'cut')),
      ...unscored.map((t) => line(t, null, cutOut.has(t.entry.entryId) ? 'cut' : 'active')),
    ],
  };
}
