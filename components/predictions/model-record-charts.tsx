'use client';

// A model version's walk-forward record drawn: its calibration (predicted vs observed home-win rate
// in 10 bins, against the diagonal a perfectly calibrated model would sit on) and its accuracy by
// season against the two baselines.
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartData, legendText } from '@/components/charts/chart-data';

export interface CalibrationPoint {
  bin: string;
  n: number;
  predicted: number | null;
  observed: number | null;
}

export interface SeasonPoint {
  season: number;
  model: number;
  elo: number;
  home: number;
}

const pct = (x: number | null) => (x === null ? null : `${(x * 100).toFixed(1)}%`);

export function CalibrationChart({ label, points }: { label: string; points: CalibrationPoint[] }) {
  const filled = points.filter((p) => p.predicted !== null && p.observed !== null);
  const diagonal = [
    { predicted: 0, ideal: 0 },
    { predicted: 1, ideal: 1 },
  ];
  return (
    <figure className="space-y-2" data-testid="calibration-chart">
      <figcaption className="text-sm font-medium">Calibration: {label}</figcaption>
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis
              type="number"
              dataKey="predicted"
              domain={[0, 1]}
              tick={{ fontSize: 11 }}
              name="Predicted"
              tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
            />
            <YAxis
              type="number"
              domain={[0, 1]}
              tick={{ fontSize: 11 }}
              tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
            />
            <Tooltip formatter={(v) => (typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : String(v))} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            <Line
              data={diagonal}
              dataKey="ideal"
              name="Perfect calibration"
              stroke="#71717a"
              strokeDasharray="4 4"
              dot={false}
              isAnimationActive={false}
            />
            <Scatter data={filled} dataKey="observed" name="Observed home-win rate" fill="#2563eb" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartData
        table={{
          caption: `Calibration of ${label} in 10 bins: games, mean predicted and observed home-win rate`,
          columns: ['Bin', 'Games', 'Predicted', 'Observed'],
          rows: points.map((p) => [p.bin, p.n, pct(p.predicted), pct(p.observed)]),
        }}
      />
    </figure>
  );
}

export function SeasonAccuracyChart({ label, points }: { label: string; points: SeasonPoint[] }) {
  return (
    <figure className="space-y-2" data-testid="season-accuracy-chart">
      <figcaption className="text-sm font-medium">Accuracy by season: {label}</figcaption>
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="season" tick={{ fontSize: 11 }} />
            <YAxis domain={[0.4, 0.8]} tick={{ fontSize: 11 }} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : String(v))} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            <Line dataKey="model" name="Model" stroke="#2563eb" isAnimationActive={false} />
            <Line dataKey="elo" name="Elo alone" stroke="#d97706" isAnimationActive={false} />
            <Line dataKey="home" name="Home team wins" stroke="#71717a" strokeDasharray="4 4" isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartData
        table={{
          caption: `Walk-forward accuracy of ${label} by season, against Elo alone and home team wins`,
          columns: ['Season', 'Model', 'Elo alone', 'Home team wins'],
          rows: points.map((p) => [p.season, pct(p.model), pct(p.elo), pct(p.home)]),
        }}
      />
    </figure>
  );
}
