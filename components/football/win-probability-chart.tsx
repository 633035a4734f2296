'use client';

// The home side's chance of winning after each play, from the expected-points model's win probability.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartData } from '@/components/charts/chart-data';

export interface WinPoint {
  play: number;
  quarter: number;
  home_wp: number;
}

export function WinProbabilityChart({ points, home, visitor }: { points: WinPoint[]; home: string; visitor: string }) {
  return (
    <div className="space-y-2" data-testid="win-probability-chart">
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="play" tick={{ fontSize: 11 }} />
            <YAxis
              domain={[0, 1]}
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
              tick={{ fontSize: 11 }}
            />
            <ReferenceLine y={0.5} strokeDasharray="4 4" />
            <Tooltip
              formatter={(v) => [`${Math.round(Number(v) * 100)}%`, `${home} win probability`]}
              labelFormatter={(p, payload) => `Play ${p} · Q${payload?.[0]?.payload?.quarter ?? ''}`}
            />
            <Line dataKey="home_wp" name={`${home} win probability`} stroke="#2563eb" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Above the middle line {home} is favoured, below it {visitor}.
      </p>
      <ChartData
        table={{
          caption: `${home} win probability by play`,
          columns: ['Play', 'Quarter', `${home} win probability`],
          rows: points.map((p) => [p.play, p.quarter, `${Math.round(p.home_wp * 100)}%`]),
        }}
      />
    </div>
  );
}
