'use client';

// How every hole played has ended: eagle or better through triple bogey or worse.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartData } from '@/components/charts/chart-data';
import type { ScoringDistribution as Distribution } from '@/lib/golf/summary';

const bars = [
  { key: 'eagle_or_better', label: 'Eagle+', color: '#d97706' },
  { key: 'birdie', label: 'Birdie', color: '#059669' },
  { key: 'par', label: 'Par', color: '#71717a' },
  { key: 'bogey', label: 'Bogey', color: '#0284c7' },
  { key: 'double', label: 'Double', color: '#dc2626' },
  { key: 'triple_plus', label: 'Triple+', color: '#991b1b' },
] as const;

export function DistributionChart({ distribution }: { distribution: Distribution }) {
  const total = bars.reduce((a, b) => a + distribution[b.key], 0);
  if (total === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No holes played yet.</p>;
  const data = bars.map((b) => ({
    label: b.label,
    color: b.color,
    holes: distribution[b.key],
    share: `${Math.round((distribution[b.key] / total) * 100)}%`,
  }));
  return (
    <div className="space-y-2" data-testid="scoring-distribution">
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
            <YAxis tick={{ fontSize: 11 }} allowDecimals={false} />
            <Tooltip formatter={(v) => [v, 'Holes']} />
            <Bar dataKey="holes" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.label} fill={d.color} />
              ))}
              <LabelList dataKey="share" position="top" fontSize={11} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartData
        table={{
          caption: 'How every hole played ended',
          columns: ['Result', 'Holes', 'Share'],
          rows: data.map((d) => [d.label, d.holes, d.share]),
        }}
      />
    </div>
  );
}
