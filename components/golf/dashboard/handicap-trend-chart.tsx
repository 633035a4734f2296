'use client';

// The Handicap Index after each posted score, oldest first.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartData } from '@/components/charts/chart-data';

export function HandicapTrendChart({ points }: { points: { date: string; index: number }[] }) {
  if (points.length < 2)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">The trend appears once there are a few indexes to compare.</p>;
  return (
    <div className="space-y-2" data-testid="handicap-trend">
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis tick={{ fontSize: 11 }} domain={['dataMin - 1', 'dataMax + 1']} allowDecimals={false} />
            <Tooltip formatter={(v) => [Number(v).toFixed(1), 'Index']} />
            <Line
              type="stepAfter"
              dataKey="index"
              name="Index"
              stroke="#2563eb"
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartData
        table={{
          caption: 'Handicap Index after each posted score',
          columns: ['Date', 'Index'],
          rows: points.map((p) => [p.date, p.index.toFixed(1)]),
        }}
      />
    </div>
  );
}
