// One line of a group round's leaderboard. Shaped on the server (rounds/leaderboard.ts) and read in
// the browser from the round's stream (client/stream-frame.ts), so it imports nothing.
export interface LeaderboardLine {
  /** 1 for the leader; players level share a place (`tied`). Null before a player has scored. */
  place: number | null;
  tied: boolean;
  position: number;
  name: string;
  user_id: string | null;
  thru: number;
  gross: number;
  to_par: number;
}
