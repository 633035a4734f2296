import type { TeamRecord } from '@/lib/basketball/queries';

export function StandingsTable({ records }: { records: TeamRecord[] }) {
  if (records.length === 0) return <p className="text-sm text-zinc-500">No completed games.</p>;
  const leader = records[0];
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-sm" data-testid="standings">
        <thead className="bg-zinc-100 text-left text-xs uppercase text-zinc-500 dark:bg-zinc-900">
          <tr>
            <th className="px-3 py-2">Team</th>
            <th className="px-2 py-2 text-right">W</th>
            <th className="px-2 py-2 text-right">L</th>
            <th className="px-2 py-2 text-right">Pct</th>
            <th className="px-3 py-2 text-right">GB</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
          {records.map((r) => {
            const pct = r.wins / Math.max(r.wins + r.losses, 1);
            const gb = leader ? (leader.wins - r.wins + (r.losses - leader.losses)) / 2 : 0;
            return (
              <tr key={r.teamId}>
                <td className="px-3 py-1.5">
                  <span className="mr-2 inline-block w-10 font-mono text-xs text-zinc-500">{r.abbreviation}</span>
                  {r.name}
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums">{r.wins}</td>
                <td className="px-2 py-1.5 text-right tabular-nums">{r.losses}</td>
                <td className="px-2 py-1.5 text-right tabular-nums">{pct.toFixed(3).replace(/^0/, '')}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{gb === 0 ? '—' : gb.toFixed(1)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
