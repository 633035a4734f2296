'use client';

// Fairways hit, greens in regulation and putts per round over the last 20 rounds, one at a time.
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartData } from '@/components/charts/chart-data';
import { PillTabs } from '@/components/ui/pills';

export interface RecentRound {
  date: string;
  fairway_pct: number | null;
  green_pct: number | null;
  putts: number | null;
}

const stats = [
  { key: 'fir', label: 'Fairways %', color: '#059669' },
  { key: 'gir', label: 'Greens %', color: '#2563eb' },
  { key: 'putts', label: 'Putts', color: '#d97706' },
] as const;
type Stat = (typeof stats)[number]['key'];

const pct = (v: number | null) => (v === null ? null : Math.round(v * 100));

export function RecentStatsChart({ rounds }: { rounds: RecentRound[] }) {
  const [stat, setStat] = useState<Stat>('fir');
  const data = rounds.map((r, i) => ({ n: i + 1, date: r.date, fir: pct(r.fairway_pct), gir: pct(r.green_pct), putts: r.putts }));
  const chosen = stats.find((s) => s.key === stat) ?? stats[0];
  return (
    <div className="space-y-2" data-testid="recent-stats">
      <PillTabs label="Statistic" tabs={stats} value={stat} onChange={setStat} />
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} vertical={false} />
            <XAxis dataKey="n" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} domain={stat === 'putts' ? [0, 'auto'] : [0, 100]} />
            <Tooltip labelFormatter={(_, p) => p?.[0]?.payload?.date ?? ''} />
            <Bar dataKey={stat} name={chosen.label} fill={chosen.color} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartData
        table={{
          caption: `${chosen.label} over the last ${data.length} rounds`,
          columns: ['Round', 'Date', chosen.label],
          rows: data.map((d) => [d.n, d.date, d[stat]]),
        }}
      />
    </div>
  );
}
