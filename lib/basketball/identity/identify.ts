// Player ids for an import's rows: known keys and spellings resolve (resolve.ts); unknown people are
// created once per (identity, team, season), so two spellings of one new player in one file are one
// player with an alias; ambiguous rows are returned for the import to reject with a reason.

import { sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { ensurePlayers } from '../import/write';
import { identityKey } from '../name-fold';
import { type PersonRef, resolvePlayers } from './resolve';

export async function identifyPlayers(database: Database, refs: PersonRef[]) {
  const { matched, ambiguous, unknown } = await resolvePlayers(database, refs);
  const groups = new Map<string, PersonRef[]>();
  for (const r of unknown) {
    const g = `${identityKey(r.name)}|${r.teamId}|${r.season}`;
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  const firsts = [...groups.values()].map((g) => g[0] as PersonRef);
  const created = await ensurePlayers(
    database,
    firsts.map((r) => ({ sourceId: r.sourceKey, name: r.name })),
  );
  const aliases: { playerId: number; ref: PersonRef }[] = [];
  for (const group of groups.values()) {
    const id = created.get((group[0] as PersonRef).sourceKey);
    if (id === undefined) continue;
    for (const r of group) {
      matched.set(r.sourceKey, id);
      if (r !== group[0]) aliases.push({ playerId: id, ref: r });
    }
  }
  if (aliases.length) {
    await database.db.execute(sql`
      insert into bb_player_aliases (player_id, source_key, name)
      values ${sql.join(
        aliases.map((a) => sql`(${a.playerId}, ${a.ref.sourceKey}, ${a.ref.name})`),
        sql`, `,
      )}
      on conflict (source_key) do nothing`);
  }
  return { ids: matched, ambiguous };
}

/** The reason an ambiguous row is rejected with: the value, the column and what would settle it. */
export const ambiguousReason = (rowNumber: number, column: string, name: string, candidates: { id: number; name: string }[]) =>
  `row ${rowNumber}, ${column}: '${name}' matches ${candidates.length} players of this team and season (${candidates
    .map((c) => `#${c.id} ${c.name}`)
    .join(', ')}); an admin can merge them, or give the source's player id`;
