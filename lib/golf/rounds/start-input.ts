// What a caller asks for when starting a round: shared by the start and its retry check.
import type { Gender } from '../courses/course';
import type { RoundFormat } from './events';

export interface StartRoundInput {
  /** The round's id, chosen by the client so a retry over a flaky connection is idempotent. */
  id?: string;
  course_id: number;
  tee_id: number;
  date: string;
  format: RoundFormat;
  /** Does the caller play (an admin may score a group without playing)? */
  caller_plays: boolean;
  gender?: Gender;
  players: { user_id: string; gender?: Gender }[];
  guests: { name: string; gender?: Gender; handicap_index?: number }[];
}
