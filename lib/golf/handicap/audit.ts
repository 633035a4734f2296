// Why the index is what it is: every differential in the record with its adjustments and whether it
// counts, the caps applied, and what one more score would do.
import type { CapStep, IndexCalculation } from './handicap-index';
import {
  adjustedDifferential,
  computeHandicapHistory,
  type EntryKind,
  type EsrAdjustment,
  type PendingNine,
  SCORES_IN_WINDOW,
} from './history';
import type { PostedScore } from './posted-score';

export interface AuditRow {
  date: string;
  course: string;
  kind: EntryKind;
  ags: number;
  differential: number;
  /** After Exceptional Score Reductions; this is the value averaged. */
  adjusted_differential: number;
  adjustments: EsrAdjustment[];
  /** One of the most recent 20. */
  in_window: boolean;
  /** Among the lowest differentials averaged into the current index. */
  counted: boolean;
  index_before: number | null;
  nine?: { differentials: number[]; expected: number | null };
  /** Positions in the input of the score(s) behind this row, to link it back to rounds. */
  sources: number[];
}

export interface HandicapAudit {
  index: number | null;
  calculation: IndexCalculation | null;
  low_index: number | null;
  /** Caps applied to the calculated index, in order, with the value before and after each. */
  caps: CapStep[];
  /** Oldest first. */
  rows: AuditRow[];
  pending_nine: PendingNine | null;
}

export function auditHandicap(scores: readonly PostedScore[]): HandicapAudit {
  const history = computeHandicapHistory(scores);
  const latest = history.revisions.at(-1);
  const used = new Set(latest?.calculation?.used ?? []);
  const windowStart = history.record.length - SCORES_IN_WINDOW;
  return {
    index: history.index,
    calculation: latest?.calculation ?? null,
    low_index: latest?.low_index ?? null,
    caps: latest?.caps ?? [],
    rows: history.record.map((e, pos) => ({
      date: e.date,
      course: e.course,
      kind: e.kind,
      ags: e.ags,
      differential: e.differential,
      adjusted_differential: adjustedDifferential(e),
      adjustments: e.adjustments,
      in_window: pos >= windowStart,
      counted: used.has(pos),
      index_before: e.index_before,
      ...(e.nine ? { nine: e.nine } : {}),
      sources: e.sources,
    })),
    pending_nine: history.pending_nine,
  };
}

export interface WhatIf {
  current: number | null;
  next: number | null;
  /** next − current, to the tenth; null unless both exist. */
  change: number | null;
}

/** The index the player would have after one more score, without posting it. */
export function whatIf(history: readonly PostedScore[], hypothetical: PostedScore): WhatIf {
  const current = computeHandicapHistory(history).index;
  const next = computeHandicapHistory([...history, hypothetical]).index;
  const change = current === null || next === null ? null : Math.round((next - current) * 10) / 10 + 0;
  return { current, next, change };
}
