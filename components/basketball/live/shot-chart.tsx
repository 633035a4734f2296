'use client';

// Where the shots of a live game came from: made shots as dots, misses as crosses, on a half
// court; filtered by team and then by player.
import { useState } from 'react';
import type { Shot } from '@/lib/basketball/client/plays';
import { HalfCourt } from './half-court';

export interface ChartTeam {
  teamId: number;
  abbreviation: string;
  color: string;
}

function Mark({ shot, color }: { shot: Shot; color: string }) {
  const cx = shot.x * 50;
  const cy = shot.y * 47;
  const title = <title>{shot.description}</title>;
  if (shot.made)
    return (
      <circle cx={cx} cy={cy} r={0.9} fill={color} data-made="true">
        {title}
      </circle>
    );
  return (
    <path
      d={`M ${cx - 0.8} ${cy - 0.8} L ${cx + 0.8} ${cy + 0.8} M ${cx + 0.8} ${cy - 0.8} L ${cx - 0.8} ${cy + 0.8}`}
      stroke={color}
      strokeWidth={0.35}
      data-made="false"
    >
      {title}
    </path>
  );
}

export function ShotChart({
  shots,
  teams,
  playerName,
}: {
  shots: Shot[];
  teams: ChartTeam[];
  playerName: (id: number) => string;
}) {
  const [teamId, setTeamId] = useState<number | 'all'>('all');
  const [playerId, setPlayerId] = useState<number | 'all'>('all');
  const byTeam = shots.filter((s) => teamId === 'all' || s.teamId === teamId);
  const shown = byTeam.filter((s) => playerId === 'all' || s.playerId === playerId);
  const shooters = [...new Set(byTeam.map((s) => s.playerId))];
  const made = shown.filter((s) => s.made).length;
  const select = 'min-h-11 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900';
  return (
    <section className="space-y-2" data-testid="shot-chart">
      <h2 className="text-lg font-semibold">Shot chart</h2>
      <div className="flex flex-wrap gap-2">
        <select
          aria-label="Team"
          className={select}
          value={String(teamId)}
          onChange={(e) => {
            setTeamId(e.target.value === 'all' ? 'all' : Number(e.target.value));
            setPlayerId('all');
          }}
        >
          <option value="all">Both teams</option>
          {teams.map((t) => (
            <option key={t.teamId} value={t.teamId}>
              {t.abbreviation}
            </option>
          ))}
        </select>
        <select
          aria-label="Player"
          className={select}
          value={String(playerId)}
          onChange={(e) => setPlayerId(e.target.value === 'all' ? 'all' : Number(e.target.value))}
        >
          <option value="all">All players</option>
          {shooters.map((id) => (
            <option key={id} value={id}>
              {playerName(id)}
            </option>
          ))}
        </select>
      </div>
      <div className="max-w-md overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
        <HalfCourt label={`Shot chart: ${made} made, ${shown.length - made} missed`}>
          {shown.map((s) => (
            <Mark key={s.seq} shot={s} color={teams.find((t) => t.teamId === s.teamId)?.color ?? '#52525b'} />
          ))}
        </HalfCourt>
      </div>
      <p className="text-xs text-zinc-500" data-testid="shot-chart-summary">
        {shown.length === 0
          ? 'No located shots yet.'
          : `${made} made (●), ${shown.length - made} missed (×) of the shots given a location.`}
      </p>
    </section>
  );
}
