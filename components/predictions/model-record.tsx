// The /predictions/models body: a scoreboard row per version (accuracy, Brier, log loss against the
// baselines) and, per version, its calibration and accuracy-by-season charts, all from the
// walk-forward metrics stored with the version at training time.
import { ScrollFrame } from '@/components/ui/scroll-frame';
import { CalibrationChart, type CalibrationPoint, SeasonAccuracyChart, type SeasonPoint } from './model-record-charts';

type Board = { n: number; accuracy: number; brier: number; log_loss: number };
type Bin = { from: number; to: number; n: number; meanPredicted: number | null; observed: number | null };
type WalkForward = {
  seasons?: { season: number; model: Board; home: Board; elo: Board }[];
  pooled?: { model: Board; home: Board; elo: Board };
  calibration?: Bin[];
};
type Version = {
  name: string;
  version: number;
  kind: string;
  loaded: boolean;
  default: boolean;
  metrics: Record<string, unknown>;
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const walkForward = (v: Version) => (v.metrics as { walk_forward?: WalkForward }).walk_forward;

function Cells({ b }: { b: Board | undefined }) {
  return (
    <>
      <td className="py-1 pr-3 text-right tabular-nums">{b ? pct(b.accuracy) : '–'}</td>
      <td className="py-1 pr-3 text-right tabular-nums">{b ? b.brier.toFixed(4) : '–'}</td>
      <td className="py-1 pr-3 text-right tabular-nums">{b ? b.log_loss.toFixed(4) : '–'}</td>
    </>
  );
}

export function ModelRecord({ models }: { models: Version[] }) {
  if (models.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No game model has been trained for this league yet.</p>;
  }
  const group = (label: string) => (
    <th scope="colgroup" colSpan={3} className="py-1 pr-3 text-center">
      {label}
    </th>
  );
  const metricHeads = (prefix: string) =>
    ['Accuracy', 'Brier', 'Log loss'].map((m) => (
      <th key={prefix + m} scope="col" className="py-1 pr-3 text-right">
        <span className="sr-only">{prefix} </span>
        {m}
      </th>
    ));
  return (
    <div className="space-y-8">
      <section className="space-y-2" aria-labelledby="scoreboard-heading">
        <h2 id="scoreboard-heading" className="text-lg font-semibold">
          Scoreboard
        </h2>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Pooled over the seasons tested. Brier score and log loss: lower is better.
        </p>
        <ScrollFrame label="Walk-forward scoreboard of every game model version">
          <table className="min-w-full text-sm" data-testid="models-scoreboard">
            <caption className="sr-only">Walk-forward scoreboard of every game model version against the baselines</caption>
            <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
              <tr>
                <th scope="col" rowSpan={2} className="py-1 pr-3">
                  Model
                </th>
                <th scope="col" rowSpan={2} className="py-1 pr-3 text-right">
                  Games
                </th>
                {group('Model')}
                {group('Elo alone')}
                {group('Home team wins')}
              </tr>
              <tr>
                {metricHeads('Model')}
                {metricHeads('Elo alone')}
                {metricHeads('Home team wins')}
              </tr>
            </thead>
            <tbody>
              {models.map((v) => {
                const p = walkForward(v)?.pooled;
                return (
                  <tr key={`${v.name}@${v.version}`} className="border-t border-zinc-200 dark:border-zinc-800">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      {v.kind} v{v.version}
                      {v.default ? ' (default)' : v.loaded ? ' (loaded)' : ''}
                    </th>
                    <td className="py-1 pr-3 text-right tabular-nums">{p?.model.n ?? '–'}</td>
                    <Cells b={p?.model} />
                    <Cells b={p?.elo} />
                    <Cells b={p?.home} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollFrame>
      </section>
      {models.map((v) => {
        const wf = walkForward(v);
        if (!wf) return null;
        const label = `${v.kind} v${v.version}`;
        const calibration: CalibrationPoint[] = (wf.calibration ?? []).map((b) => ({
          bin: `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`,
          n: b.n,
          predicted: b.meanPredicted,
          observed: b.observed,
        }));
        const seasons: SeasonPoint[] = (wf.seasons ?? []).map((s) => ({
          season: s.season,
          model: s.model.accuracy,
          elo: s.elo.accuracy,
          home: s.home.accuracy,
        }));
        return (
          <section key={`${v.name}@${v.version}`} className="space-y-3" aria-label={`${label} record`} data-testid="model-record">
            <h2 className="text-lg font-semibold">{label}</h2>
            <div className="grid gap-6 md:grid-cols-2">
              {calibration.length ? <CalibrationChart label={label} points={calibration} /> : null}
              {seasons.length ? <SeasonAccuracyChart label={label} points={seasons} /> : null}
            </div>
          </section>
        );
      })}
    </div>
  );
}
