'use client';

// Points scored and allowed, game by game, with a 10-game rolling margin.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartData, legendText } from './chart-data';

export interface TrendPoint {
  game: number;
  date: string;
  scored: number;
  allowed: number;
  margin10: number;
}

export function TeamTrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <div className="space-y-2" data-testid="team-trend-chart">
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="game" tick={{ fontSize: 11 }} />
            <YAxis yAxisId="pts" tick={{ fontSize: 11 }} domain={['dataMin - 10', 'dataMax + 5']} />
            <YAxis yAxisId="margin" orientation="right" tick={{ fontSize: 11 }} />
            <Tooltip labelFormatter={(g, payload) => `Game ${g} · ${payload?.[0]?.payload?.date ?? ''}`} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            <Line yAxisId="pts" dataKey="scored" name="Scored" stroke="#2563eb" dot={false} isAnimationActive={false} />
            <Line yAxisId="pts" dataKey="allowed" name="Allowed" stroke="#ef4444" dot={false} isAnimationActive={false} />
            <Bar
              yAxisId="margin"
              dataKey="margin10"
              name="10-game margin"
              fill="#71717a"
              fillOpacity={0.4}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartData
        table={{
          caption: 'Points scored and allowed by game, with the 10-game average margin',
          columns: ['Game', 'Date', 'Scored', 'Allowed', '10-game margin'],
          rows: points.map((p) => [p.game, p.date, p.scored, p.allowed, p.margin10.toFixed(1)]),
        }}
      />
    </div>
  );
}
