'use client';

// Average strokes on par 3s, 4s and 5s, drawn as strokes over par so the three compare.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartData } from '@/components/charts/chart-data';

export function ParAverageChart({ averages }: { averages: { par3: number | null; par4: number | null; par5: number | null } }) {
  const data = ([3, 4, 5] as const).flatMap((par) => {
    const avg = averages[`par${par}`];
    return avg === null ? [] : [{ label: `Par ${par}`, over: Math.round((avg - par) * 100) / 100, avg: avg.toFixed(2) }];
  });
  if (data.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No holes played yet.</p>;
  return (
    <figure className="space-y-1">
      <div className="h-56 w-full" data-testid="par-averages">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} domain={[(min: number) => Math.min(0, min), 'auto']} />
            <Tooltip formatter={(v, _n, p) => [`${p?.payload?.avg} (+${v})`, 'Average (over par)']} />
            <Bar dataKey="over" name="Over par" fill="#2563eb" isAnimationActive={false}>
              <LabelList dataKey="avg" position="top" fontSize={11} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        Bars: strokes over par per hole; labels: the average score.
      </figcaption>
      <ChartData
        table={{
          caption: 'Average score on par 3s, 4s and 5s',
          columns: ['Hole', 'Average', 'Over par'],
          rows: data.map((d) => [d.label, d.avg, d.over.toFixed(2)]),
        }}
      />
    </figure>
  );
}
