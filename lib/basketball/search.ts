import { or, sql } from 'drizzle-orm';
import { bbTeams } from '@/drizzle/schema';
import { getDb } from '@/lib/db';
import { listPlayers } from './api-queries';

/** Players and teams whose names (or team abbreviations) contain the text, case-insensitively. */
export async function searchBasketball(q: string) {
  const db = await getDb();
  const like = `%${q.toLowerCase().replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
  const [players, teams] = await Promise.all([
    listPlayers(db, { search: q }, { after: null, limit: 25 }),
    db
      .select({ id: bbTeams.id, name: bbTeams.name })
      .from(bbTeams)
      .where(or(sql`lower(${bbTeams.name}) like ${like}`, sql`lower(${bbTeams.abbreviation}) = ${q.toLowerCase()}`))
      .limit(10),
  ]);
  return { players, teams };
}
