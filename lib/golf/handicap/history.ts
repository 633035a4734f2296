// A player's scoring record replayed in date order. Each score is judged against the Handicap Index
// in effect on the day it was played (the index is revised once a day, after that day's scores),
// which 9-hole conversion, Exceptional Score Reduction and the Low Handicap Index all depend on.

import { addDays } from '@/lib/dates';
import { scoreDifferential } from './differential';
import { applyCaps, type CapStep, calculateHandicapIndex, type IndexCalculation, SCORES_FOR_FULL_RECORD } from './handicap-index';
import {
  combineNineHoleDifferentials,
  eighteenHoleFromNine,
  expectedNineHoleDifferential,
  nineHoleDifferential,
} from './nine-hole';
import { checkPostedScores, type PostedScore } from './posted-score';
import { roundToTenth } from './rounding';

export type EntryKind = 'eighteen' | 'nine_expected' | 'nine_combined';

export interface EsrAdjustment {
  /** Strokes taken off this differential (1 or 2). */
  amount: number;
  /** The exceptional score that caused it. */
  date: string;
  course: string;
}

export interface RecordEntry {
  date: string;
  course: string;
  kind: EntryKind;
  ags: number;
  /** The 18-hole Score Differential as posted, before any ESR. */
  differential: number;
  /** For 9-hole scores: the nines' own differentials and the expected nine that completed one (2024 rule). */
  nine?: { differentials: number[]; expected: number | null };
  index_before: number | null;
  /** ESR this score triggered (Rule 5.9): 0, 1 or 2. */
  esr_triggered: number;
  /** ESR reductions applied to this differential, by it or by a later exceptional score. */
  adjustments: EsrAdjustment[];
  /** Positions in the input of the score(s) behind this entry. */
  sources: number[];
}

export interface Revision {
  /** The day whose scores produced this index; it is in effect from the next day. */
  date: string;
  scores: number;
  calculation: IndexCalculation | null;
  low_index: number | null;
  caps: CapStep[];
  index: number | null;
}

export interface PendingNine {
  date: string;
  course: string;
  ags: number;
  differential: number;
  source: number;
}

export interface HandicapHistory {
  record: RecordEntry[];
  revisions: Revision[];
  /** A 9-hole score of a player without an index, waiting for a second nine. */
  pending_nine: PendingNine | null;
  index: number | null;
}

export const SCORES_IN_WINDOW = SCORES_FOR_FULL_RECORD;
const LOW_INDEX_DAYS = 365;

export function adjustedDifferential(e: RecordEntry): number {
  return roundToTenth(e.differential - e.adjustments.reduce((a, x) => a + x.amount, 0));
}

/** Replays the scores (any order; same-day scores keep their input order) into a record and its revisions. */
export function computeHandicapHistory(input: readonly PostedScore[]): HandicapHistory {
  const scores = checkPostedScores(input);
  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => a.s.date.localeCompare(b.s.date) || a.i - b.i);
  const record: RecordEntry[] = [];
  const revisions: Revision[] = [];
  let pending: PendingNine | null = null;

  let k = 0;
  while (k < order.length) {
    const date = (order[k] as (typeof order)[number]).s.date;
    const indexBefore = revisions.at(-1)?.index ?? null;
    for (; k < order.length && order[k]?.s.date === date; k++) {
      const { s, i } = order[k] as (typeof order)[number];
      const base = { date, course: s.course, ags: s.ags, index_before: indexBefore, esr_triggered: 0, adjustments: [] };
      let entry: RecordEntry;
      if (s.holes === 18) {
        entry = { ...base, kind: 'eighteen', differential: scoreDifferential(s), sources: [i] };
      } else {
        const nine = nineHoleDifferential(s);
        if (pending) {
          // A nine waiting from before the player had an index pairs with the next nine (pre-2024 rule).
          entry = {
            ...base,
            course: pending.course === s.course ? s.course : `${pending.course} + ${s.course}`,
            ags: pending.ags + s.ags,
            kind: 'nine_combined',
            differential: combineNineHoleDifferentials(pending.differential, nine),
            nine: { differentials: [pending.differential, nine], expected: null },
            sources: [pending.source, i],
          };
          pending = null;
        } else if (indexBefore !== null) {
          entry = {
            ...base,
            kind: 'nine_expected',
            differential: eighteenHoleFromNine(nine, indexBefore),
            nine: { differentials: [nine], expected: expectedNineHoleDifferential(indexBefore) },
            sources: [i],
          };
        } else {
          pending = { date, course: s.course, ags: s.ags, differential: nine, source: i };
          continue;
        }
      }
      record.push(entry);
      applyExceptionalScoreReduction(record, entry);
    }
    revisions.push(revise(record, revisions, date));
  }
  return { record, revisions, pending_nine: pending, index: revisions.at(-1)?.index ?? null };
}

// Rule 5.9: a differential 7.0-9.9 below the index in effect takes 1.0 off the most recent 20
// differentials (itself included), 10.0 or more takes 2.0. Later scores push the adjusted ones out.
function applyExceptionalScoreReduction(record: RecordEntry[], entry: RecordEntry): void {
  if (entry.index_before === null) return;
  const below = Math.round(entry.index_before * 10) - Math.round(entry.differential * 10);
  const amount = below >= 100 ? 2 : below >= 70 ? 1 : 0;
  entry.esr_triggered = amount;
  if (!amount) return;
  for (const e of record.slice(-SCORES_IN_WINDOW)) e.adjustments.push({ amount, date: entry.date, course: entry.course });
}

function revise(record: readonly RecordEntry[], revisions: readonly Revision[], date: string): Revision {
  const calculation = calculateHandicapIndex(record.map(adjustedDifferential));
  // Rule 5.7: the Low Handicap Index exists once the record holds 20 scores.
  const low = record.length >= SCORES_FOR_FULL_RECORD ? lowHandicapIndex(revisions, date) : null;
  const capped = calculation ? applyCaps(calculation.value, low) : null;
  return {
    date,
    scores: record.length,
    calculation,
    low_index: low,
    caps: capped?.steps ?? [],
    index: capped?.value ?? null,
  };
}

/**
 * The lowest Handicap Index held in the 365 days before `date` (the day of the most recent score):
 * every index issued in that window, plus the one already in effect when the window opened.
 */
export function lowHandicapIndex(revisions: readonly Revision[], date: string): number | null {
  const from = addDays(date, -LOW_INDEX_DAYS);
  let heldAtStart: number | null = null;
  const held: number[] = [];
  for (const r of revisions) {
    if (r.date >= date) break;
    if (r.date < from) heldAtStart = r.index;
    else if (r.index !== null) held.push(r.index);
  }
  if (heldAtStart !== null) held.push(heldAtStart);
  return held.length ? Math.min(...held) : null;
}

/** The Handicap Index after all these scores; null until the record holds three 18-hole differentials. */
export function computeHandicapIndex(scores: readonly PostedScore[]): number | null {
  return computeHandicapHistory(scores).index;
}
