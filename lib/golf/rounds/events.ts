// The events of a round's log (stream golf-round:{id}) and their data. RoundStarted carries what the
// round was played with (the card's pars, each player's handicap at the start), so the log alone
// rebuilds the round and its live leaderboard.
import { z } from 'zod';
import { fairwayResults } from '../hole-score';

export const roundEventTypes = {
  started: 'round_started',
  holeScored: 'hole_scored',
  finished: 'round_finished',
  confirmed: 'round_confirmed',
  declined: 'round_declined',
} as const;
export type RoundEventType = (typeof roundEventTypes)[keyof typeof roundEventTypes];

export const roundFormats = ['stroke_play', 'stableford', 'match_play'] as const;
export type RoundFormat = (typeof roundFormats)[number];
export const genders = ['men', 'women'] as const;

const int = z.number().int();

export const roundPlayerData = z.object({
  position: int.min(1).max(4),
  /** An account's id, or null for a named guest. */
  user_id: z.uuid().nullable(),
  name: z.string(),
  gender: z.enum(genders),
  handicap_index: z.number().nullable(),
  course_handicap: int.nullable(),
});
export type RoundPlayerData = z.infer<typeof roundPlayerData>;

export const roundStartedData = z.object({
  round_id: z.uuid(),
  course_id: int,
  tee_id: int,
  date: z.iso.date(),
  format: z.enum(roundFormats),
  par: z.array(int),
  players: z.array(roundPlayerData).min(1).max(4),
});
export type RoundStartedData = z.infer<typeof roundStartedData>;

export const holeScoredData = z.object({
  position: int.min(1).max(4),
  hole: int.min(1).max(18),
  strokes: int,
  putts: int.optional(),
  fairway: z.enum(fairwayResults).optional(),
  penalties: int.optional(),
  sand: z.boolean().optional(),
});
export type HoleScoredData = z.infer<typeof holeScoredData>;

export const roundFinishedData = z.object({ round_id: z.uuid() });
export type RoundFinishedData = z.infer<typeof roundFinishedData>;

/** An account's answer to a round someone else put them in: the actor is the account itself. */
export const roundAnswerData = z.object({ position: int.min(1).max(4) });
