// The site search: players by name, teams by name, city or abbreviation — accents and case aside.
import { inArray, or, sql } from 'drizzle-orm';
import { bbTeams } from '@/drizzle/schema';
import { getDb } from '@/lib/db';
import { listPlayers } from './api-queries';
import { franchises } from './franchises';
import { containsPattern, foldedSql, foldName } from './name-fold';

// Imported teams carry their name only; where the name does not start with the city, say it here.
const cityOf: Record<string, string> = { LAC: 'Los Angeles' };

/** Franchises whose city (the name without its nickname, or the one above) contains the text. */
function franchisesInCity(folded: string): string[] {
  return franchises
    .filter((f) => foldName(cityOf[f.abbreviation] ?? f.name.split(' ').slice(0, -1).join(' ')).includes(folded))
    .map((f) => f.teamId);
}

export async function searchBasketball(q: string) {
  const db = await getDb();
  const folded = foldName(q);
  const like = containsPattern(q);
  const inCity = folded.length >= 3 ? franchisesInCity(folded) : [];
  const [players, teams] = await Promise.all([
    listPlayers(db, { search: q }, { after: null, limit: 25 }),
    db
      .select({ id: bbTeams.id, name: bbTeams.name, abbreviation: bbTeams.abbreviation })
      .from(bbTeams)
      .where(
        or(
          sql`${foldedSql(bbTeams.name)} like ${like}`,
          sql`${foldedSql(bbTeams.city)} like ${like}`,
          sql`lower(${bbTeams.abbreviation}) = ${folded}`,
          inCity.length ? inArray(bbTeams.sourceId, inCity) : undefined,
        ),
      )
      .orderBy(bbTeams.name)
      .limit(10),
  ]);
  return { players, teams };
}
