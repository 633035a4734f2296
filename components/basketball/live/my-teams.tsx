// The teams a scorer manages, each with its current roster.
export interface RosterLine {
  playerId: number;
  name: string;
  position: string | null;
  jerseyNumber: number | null;
}

export function MyTeams({ teams }: { teams: { id: number; name: string; abbreviation: string; players: RosterLine[] }[] }) {
  if (teams.length === 0) return <p className="text-sm text-zinc-500">No teams yet: create one below.</p>;
  return (
    <ul className="space-y-2" data-testid="my-teams">
      {teams.map((t) => (
        <li key={t.id} className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <details>
            <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 py-2">
              <span className="font-medium">
                {t.name} <span className="text-sm text-zinc-500">{t.abbreviation}</span>
              </span>
              <span className="text-sm text-zinc-500">
                {t.players.length} player{t.players.length === 1 ? '' : 's'}
              </span>
            </summary>
            {t.players.length === 0 ? (
              <p className="px-3 pb-3 text-sm text-zinc-500">No players this season yet.</p>
            ) : (
              <ul className="grid gap-x-4 px-3 pb-3 text-sm sm:grid-cols-2">
                {t.players.map((p) => (
                  <li key={p.playerId} className="flex gap-2 py-0.5">
                    <span className="w-8 text-right tabular-nums text-zinc-500">{p.jerseyNumber ?? '–'}</span>
                    <span>{p.name}</span>
                    {p.position ? <span className="text-zinc-500">{p.position}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
