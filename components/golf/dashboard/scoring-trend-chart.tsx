'use client';

// Gross score of each complete 18-hole round among the last 20, with a 5-round rolling average.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartData, legendText } from '@/components/charts/chart-data';
import { rollingAverage } from '@/lib/rolling-average';

export interface TrendRound {
  date: string;
  gross: number;
  course: { name: string };
}

export function ScoringTrendChart({ rounds }: { rounds: TrendRound[] }) {
  if (rounds.length < 2)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Play a couple of full rounds to see a trend.</p>;
  const avg = rollingAverage(
    rounds.map((r) => r.gross),
    5,
  );
  const data = rounds.map((r, i) => ({ n: i + 1, date: r.date, course: r.course.name, gross: r.gross, avg: avg[i] }));
  return (
    <div className="space-y-2" data-testid="scoring-trend">
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="n" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} domain={['dataMin - 2', 'dataMax + 2']} allowDecimals={false} />
            <Tooltip labelFormatter={(_, p) => `${p?.[0]?.payload?.date ?? ''} · ${p?.[0]?.payload?.course ?? ''}`} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            <Line dataKey="gross" name="Gross" stroke="#71717a" strokeWidth={1} dot={{ r: 2 }} isAnimationActive={false} />
            <Line dataKey="avg" name="5-round avg" stroke="#2563eb" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartData
        table={{
          caption: 'Gross score of recent complete rounds, with a 5-round average',
          columns: ['Round', 'Date', 'Course', 'Gross', '5-round avg'],
          rows: data.map((d) => [d.n, d.date, d.course, d.gross, d.avg?.toFixed(1) ?? null]),
        }}
      />
    </div>
  );
}
