import type { Db } from '@/lib/db/client';
import { playerTeams } from './api-queries';

/** Players with the teams they were on, by season. */
export async function withTeams(db: Db, players: { id: number; name: string }[]) {
  const teams = await playerTeams(
    db,
    players.map((p) => p.id),
  );
  return players.map((p) => ({
    id: p.id,
    name: p.name,
    teams: teams
      .filter((t) => t.playerId === p.id)
      .map((t) => ({ season: t.season, team: { id: t.team.id, abbreviation: t.team.abbreviation, full_name: t.team.name } })),
  }));
}
