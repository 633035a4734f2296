'use client';

// The game's flow: the home team's lead (above zero) or deficit (below) after every scoring play.
import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartData } from '@/components/charts/chart-data';
import type { FlowPoint } from '@/lib/basketball/client/plays';

export function GameFlowChart({ points, home, visitor }: { points: FlowPoint[]; home: string; visitor: string }) {
  return (
    <section className="space-y-2" data-testid="game-flow-chart">
      <h2 className="text-lg font-semibold">Game flow</h2>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {home} lead above the line, {visitor} lead below it.
      </p>
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="n" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} allowDecimals={false} />
            <ReferenceLine y={0} stroke="#71717a" />
            <Tooltip
              labelFormatter={(_n, payload) => {
                const p = payload?.[0]?.payload as FlowPoint | undefined;
                return p ? `${visitor} ${p.visitor}–${p.home} ${home} · ${p.description}` : '';
              }}
              formatter={(v) => [Number(v) > 0 ? `+${v}` : String(v), `${home} margin`]}
            />
            <Area type="stepAfter" dataKey="margin" stroke="#2563eb" fill="#2563eb" fillOpacity={0.2} isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <ChartData
        table={{
          caption: `The score after every scoring play, ${visitor} first`,
          columns: ['#', 'Period', visitor, home, 'Play'],
          rows: points.map((p) => [p.n, p.period, p.visitor, p.home, p.description]),
        }}
      />
    </section>
  );
}
