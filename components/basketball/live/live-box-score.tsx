// One team's box score in a live game: the usual columns (MIN when the scorer keeps the clock) plus
// plus/minus, who is on the court marked, and the team line underneath.
import { boxCells, boxColumns, boxFooter } from '@/components/basketball/box-columns';
import { SortableTable } from '@/components/ui/sortable-table';
import type { BoxscoreView } from '@/lib/basketball/scoring/views';

type BoxTeam = BoxscoreView['teams'][number];

const columns = [
  { key: 'player', label: 'Player', format: 'text' as const },
  ...boxColumns,
  { key: 'plus_minus', label: '+/-', format: 'signed' as const },
];

export function LiveBoxScore({ team, name, abbreviation }: { team: BoxTeam; name: string; abbreviation: string }) {
  const t = team.totals;
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">{name}</h2>
      <SortableTable
        testId={`live-box-${abbreviation}`}
        columns={columns}
        rows={team.players.map((p) => ({
          id: p.player_id,
          player: `${p.on_court ? '● ' : ''}${p.jersey_number === null ? '' : `#${p.jersey_number} `}${p.name}`,
          ...boxCells(p),
          plus_minus: p.plus_minus,
        }))}
        footer={boxFooter({ ...t, min: null }, { reb: team.team_reb, turnover: team.team_tov })}
      />
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid={`live-totals-${abbreviation}`}>
        Team: {t.pts} pts · FG {t.fgm}-{t.fga} · 3P {t.fg3m}-{t.fg3a} · FT {t.ftm}-{t.fta} · {t.reb} reb · {t.ast} ast ·{' '}
        {t.turnover} TOV{team.team_reb ? ` · team rebounds ${team.team_reb} (not in REB)` : ''} · ● on the court
      </p>
    </section>
  );
}
