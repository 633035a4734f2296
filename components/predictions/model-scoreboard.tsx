// Every game model version with its walk-forward record against the two baselines (home team wins;
// Elo alone), so a reader sees how good a model is before trusting its answer.
import { ScrollFrame } from '@/components/ui/scroll-frame';

type Board = { n: number; accuracy: number; brier: number; log_loss: number };
type Version = {
  name: string;
  version: number;
  kind: string;
  loaded: boolean;
  default: boolean;
  training: Record<string, unknown>;
  metrics: Record<string, unknown>;
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function pooled(v: Version): { model: Board; home: Board; elo: Board } | undefined {
  return (v.metrics as { walk_forward?: { pooled?: { model: Board; home: Board; elo: Board } } }).walk_forward?.pooled;
}

export function ModelScoreboard({ models }: { models: Version[] }) {
  if (models.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No game model has been trained for this league yet.</p>;
  }
  return (
    <section className="space-y-2" aria-labelledby="models-heading">
      <h2 id="models-heading" className="text-lg font-semibold">
        Models and their record
      </h2>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Walk-forward: each season predicted by a model trained only on the seasons before it. Accuracy and Brier score (lower is
        better) pooled over the games tested.
      </p>
      <ScrollFrame label="Game model versions and their record">
        <table className="min-w-full text-sm" data-testid="model-scoreboard">
          <caption className="sr-only">Game model versions with their walk-forward record</caption>
          <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 pr-4">
                Model
              </th>
              <th scope="col" className="py-1 pr-4">
                State
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                Games
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                Accuracy
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                Brier
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                Elo alone
              </th>
              <th scope="col" className="py-1 text-right">
                Home wins
              </th>
            </tr>
          </thead>
          <tbody>
            {models.map((v) => {
              const p = pooled(v);
              return (
                <tr key={`${v.name}@${v.version}`} className="border-t border-zinc-200 dark:border-zinc-800">
                  <td className="py-1 pr-4">
                    {v.kind} v{v.version}
                  </td>
                  <td className="py-1 pr-4">{v.default ? 'default' : v.loaded ? 'loaded' : 'stored'}</td>
                  <td className="py-1 pr-4 text-right tabular-nums">{p?.model.n ?? '–'}</td>
                  <td className="py-1 pr-4 text-right tabular-nums">{p ? pct(p.model.accuracy) : '–'}</td>
                  <td className="py-1 pr-4 text-right tabular-nums">{p ? p.model.brier.toFixed(4) : '–'}</td>
                  <td className="py-1 pr-4 text-right tabular-nums">
                    {p ? `${pct(p.elo.accuracy)} · ${p.elo.brier.toFixed(4)}` : '–'}
                  </td>
                  <td className="py-1 text-right tabular-nums">
                    {p ? `${pct(p.home.accuracy)} · ${p.home.brier.toFixed(4)}` : '–'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollFrame>
    </section>
  );
}
