'use client';

// Per-game values with rolling 5- and 10-game averages, one stat at a time.
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PillTabs } from '@/components/ui/pills';
import { ChartData, legendText } from './chart-data';

export interface RollingPoint {
  game: number;
  date: string;
  values: Record<string, { value: number; avg5: number; avg10: number }>;
}

export function RollingChart({ points, stats }: { points: RollingPoint[]; stats: { key: string; label: string }[] }) {
  const [stat, setStat] = useState(stats[0]?.key ?? '');
  const data = points.map((p) => ({ game: p.game, date: p.date, ...p.values[stat] }));
  const label = stats.find((s) => s.key === stat)?.label ?? stat;
  return (
    <div className="space-y-2" data-testid="rolling-chart">
      <PillTabs label="Statistic" tabs={stats} value={stat} onChange={setStat} />
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="game" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} />
            <Tooltip labelFormatter={(g, payload) => `Game ${g} · ${payload?.[0]?.payload?.date ?? ''}`} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            <Line
              type="monotone"
              dataKey="value"
              name="Game"
              stroke="#71717a"
              dot={{ r: 2 }}
              strokeWidth={1}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="avg5"
              name="5-game avg"
              stroke="#2563eb"
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="avg10"
              name="10-game avg"
              stroke="#d97706"
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartData
        table={{
          caption: `${label} by game, with 5- and 10-game averages`,
          columns: ['Game', 'Date', label, '5-game avg', '10-game avg'],
          rows: data.map((d) => [d.game, d.date, d.value ?? null, d.avg5?.toFixed(1) ?? null, d.avg10?.toFixed(1) ?? null]),
        }}
      />
    </div>
  );
}
