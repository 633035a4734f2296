// Which stored player a source's row is about. In order: the source's own key for the person (a
// stats.nba.com PLAYER_ID, or "name:<spelling>" for sources without ids) as seen before; then the
// spelling's identity key (case, accents, punctuation and Jr./Sr./II–IV aside) among the players of
// the same team and season. One match links the key as an alias; several are reported, never
// guessed; none makes a new player.
import { sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import { identityKey, identityKeySql } from '../name-fold';

export interface PersonRef {
  /** The source's key for the person: "nba:<PLAYER_ID>" where the file has ids, else "name:<spelling>". */
  sourceKey: string;
  name: string;
  teamId: number;
  season: number;
}

export interface Resolution {
  /** Source key → the player it is now known to be. */
  matched: Map<string, number>;
  /** Source keys with more than one candidate: the import reports them and writes nothing for them. */
  ambiguous: Map<string, { name: string; candidates: { id: number; name: string }[] }>;
  /** Keys with no match at all: new players. */
  unknown: PersonRef[];
}

export async function resolvePlayers(database: Database, refs: PersonRef[]): Promise<Resolution> {
  const unique = [...new Map(refs.map((r) => [r.sourceKey, r])).values()];
  const matched = new Map<string, number>();
  const ambiguous: Resolution['ambiguous'] = new Map();
  if (unique.length === 0) return { matched, ambiguous, unknown: [] };
  const keys = unique.map((r) => r.sourceKey);
  const known = rowsOf<{ key: string; id: number }>(
    await database.db.execute(sql`
      select source_id as key, id from bb_players where source_id in ${keys}
      union all
      select source_key, player_id from bb_player_aliases where source_key in ${keys}`),
  );
  for (const k of known) matched.set(k.key, Number(k.id));
  const rest = unique.filter((r) => !matched.has(r.sourceKey));
  if (rest.length === 0) return { matched, ambiguous, unknown: [] };

  // Every spelling of every player (names and aliases) against the wanted (key, team, season).
  const wanted = sql.join(
    rest.map((r) => sql`(${identityKey(r.name)}::text, ${r.teamId}::int, ${r.season}::int)`),
    sql`, `,
  );
  const candidates = rowsOf<{ identity: string; teamId: number; season: number; id: number; name: string }>(
    await database.db.execute(sql`
      with wanted(identity, team_id, season) as (values ${wanted}),
      spellings as (
        select id as player_id, name from bb_players
        union select player_id, name from bb_player_aliases
      )
      select distinct w.identity, w.team_id as "teamId", w.season, p.id, p.name
      from wanted w
      join spellings s on ${identityKeySql(sql`s.name`)} = w.identity
      join bb_players p on p.id = s.player_id
      where exists (
        select 1 from bb_player_lines l join bb_games g on g.id = l.game_id
        where l.player_id = p.id and l.team_id = w.team_id and g.season = w.season
      ) or exists (
        select 1 from bb_rosters r where r.player_id = p.id and r.team_id = w.team_id and r.season = w.season
      )`),
  );
  const unknown: PersonRef[] = [];
  for (const r of rest) {
    const key = identityKey(r.name);
    const found = candidates.filter((c) => c.identity === key && Number(c.teamId) === r.teamId && Number(c.season) === r.season);
    const ids = [...new Map(found.map((c) => [Number(c.id), c.name])).entries()];
    if (ids.length === 1) matched.set(r.sourceKey, ids[0]?.[0] ?? 0);
    else if (ids.length > 1) ambiguous.set(r.sourceKey, { name: r.name, candidates: ids.map(([id, name]) => ({ id, name })) });
    else unknown.push(r);
  }
  const linked = rest.filter((r) => matched.has(r.sourceKey));
  if (linked.length) {
    await database.db.execute(sql`
      insert into bb_player_aliases (player_id, source_key, name)
      values ${sql.join(
        linked.map((r) => sql`(${matched.get(r.sourceKey) ?? 0}, ${r.sourceKey}, ${r.name})`),
        sql`, `,
      )}
      on conflict (source_key) do nothing`);
  }
  return { matched, ambiguous, unknown };
}
