// The lines of a play feed: the server's plays (undone ones kept, struck through) and, on the
// scorer's device, the plays still queued, newest first.
import { formatClock } from '@/lib/basketball/live/clock';
import type { LiveEvent } from '@/lib/basketball/live/events';
import { describePlay, feed, type Names, periodLabel } from '@/lib/basketball/live/feed';
import { type RuleSet, ruleSets } from '@/lib/basketball/live/rules';
import type { GameSetup } from '@/lib/basketball/live/state';
import type { LocalGame, ServerEvent } from './local-game';

export interface FeedLine {
  key: string;
  text: string;
  /** "Q2 · OWL 54–50 HAW", or null for a queued play whose score is not known yet. */
  meta: string | null;
  voided?: boolean;
  pending?: boolean;
  problem?: string;
  /** The seq of a stored play that may be edited or deleted from the list. */
  seq?: number;
  type?: string;
}

export function playMeta(
  rules: RuleSet,
  p: { period: number; score: { home: number; visitor: number } },
  abbr: { home: string; visitor: string },
): string {
  const score = `${abbr.visitor} ${p.score.visitor}–${p.score.home} ${abbr.home}`;
  return p.period > 0 ? `${periodLabel(rules, p.period)} · ${score}` : score;
}

export function scorerFeed(
  setup: GameSetup,
  server: readonly ServerEvent[],
  local: LocalGame,
  names: Names,
  abbr: { home: string; visitor: string },
  limit = 20,
): FeedLine[] {
  const rules = ruleSets[setup.ruleSet];
  const stored = feed(setup, server, names);
  const describeEvent = (e: LiveEvent) => describePlay(e, names, rules);
  const pending = local.pending.map((q): FeedLine => {
    const { event, undoOf } = q.payload;
    const target = undoOf
      ? local.pending.find((p) => p.id === undoOf)?.payload.event
      : event.type === 'undo'
        ? stored.find((s) => s.seq === event.data.seq)
        : undefined;
    const text = target ? `Undo: ${describeEvent(target as LiveEvent)}` : describeEvent(event);
    return { key: q.id, text, meta: null, pending: true, problem: local.problems[q.id] };
  });
  const done = stored.map(
    (s): FeedLine => ({
      key: String(s.seq),
      text: `${s.description}${s.corrected_by ? ' (edited)' : ''}`,
      meta: `${s.clock ? `${formatClock(s.clock.remaining_ms)} · ` : ''}${playMeta(rules, s, abbr)}`,
      voided: s.voided,
      ...(s.voided ? {} : { seq: s.seq, type: s.type }),
    }),
  );
  return [...pending.reverse(), ...done.reverse()].slice(0, limit);
}
