// The events of a golf event's stream (golf-event:{id}): what its live leaderboard folds. Entries
// and groups are written here first-hand; hole scores and finishes are mirrored from the groups'
// round logs (mirror.ts) under ids derived from the round events, so a mirror is never doubled.
import type { BoardState } from './board';

export const golfEventTypes = {
  created: 'golf_event_created',
  updated: 'golf_event_updated',
  entryAdded: 'golf_event_entry_added',
  groupCreated: 'golf_event_group_created',
  holeScored: 'golf_event_hole_scored',
  roundFinished: 'golf_event_round_finished',
} as const;

export const golfEventStream = (eventId: number) => `golf-event:${eventId}`;

export interface EntryAddedData {
  entry_id: number;
  name: string;
  user_id: string | null;
}
export interface GroupCreatedData {
  round_number: number;
  round_id: string;
  players: { entry_id: number; position: number; playing_handicap: number | null }[];
}
/** The event as changed: what the leaderboard ranks by (the cut) and its name. */
export interface EventUpdatedData {
  name: string;
  cut: { after_round: number; top: number } | null;
}
export interface MirroredHoleData {
  round_id: string;
  position: number;
  hole: number;
  strokes: number;
}

/** Applies one event of the stream to the state (in place); events it does not know change nothing. */
export function foldEventBoard(state: BoardState, event: { type: string; data: unknown }): BoardState {
  switch (event.type) {
    case golfEventTypes.updated: {
      const d = event.data as EventUpdatedData;
      state.event.cutAfterRound = d.cut?.after_round ?? null;
      state.event.cutTop = d.cut?.top ?? null;
      break;
    }
    case golfEventTypes.entryAdded: {
      for (const d of (event.data as { entries: EntryAddedData[] }).entries)
        state.entries.set(d.entry_id, { entryId: d.entry_id, name: d.name, userId: d.user_id });
      break;
    }
    case golfEventTypes.groupCreated: {
      const d = event.data as GroupCreatedData;
      for (const p of d.players) {
        const key = `${d.round_id}:${p.position}`;
        if (!state.rounds.has(key))
          state.rounds.set(key, {
            entryId: p.entry_id,
            roundNumber: d.round_number,
            playingHandicap: p.playing_handicap,
            strokes: new Map(),
            finished: false,
          });
      }
      break;
    }
    case golfEventTypes.holeScored: {
      const d = event.data as MirroredHoleData;
      state.rounds.get(`${d.round_id}:${d.position}`)?.strokes.set(d.hole, d.strokes);
      break;
    }
    case golfEventTypes.roundFinished: {
      const d = event.data as { round_id: string };
      for (const [key, r] of state.rounds) if (key.startsWith(`${d.round_id}:`)) r.finished = true;
      break;
    }
  }
  return state;
}
