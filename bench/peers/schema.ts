// The peer's tables, beside Statline's in the bench database: a game row to lock, the event log
// keyed by (game, seq) like Statline's, and a per-team totals row each play updates.
import type { Sql } from 'postgres';

export async function createPeerTables(sql: Sql): Promise<void> {
  await sql.unsafe(`
    create table if not exists peer_games (id serial primary key, created_at timestamptz not null default now());
    create table if not exists peer_events (
      game_id int not null references peer_games(id),
      seq int not null,
      type text not null,
      data jsonb not null,
      created_at timestamptz not null default now(),
      primary key (game_id, seq)
    );
    create table if not exists peer_totals (
      game_id int not null references peer_games(id),
      team_id int not null,
      points int not null default 0,
      attempts int not null default 0,
      primary key (game_id, team_id)
    );
  `);
}

export async function createPeerGame(sql: Sql): Promise<number> {
  const [row] = await sql<{ id: number }[]>`insert into peer_games default values returning id`;
  if (!row) throw new Error('no game row');
  return row.id;
}
