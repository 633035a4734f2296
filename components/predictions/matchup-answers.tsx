// One matchup's answers: the default model's call in words and as a bar, every loaded model side by
// side, and the features that moved the default's answer most.
import { ScrollFrame } from '@/components/ui/scroll-frame';

type Team = { id: number; abbreviation: string; full_name: string };
type Answer = {
  model: { name: string; kind: string; version: number };
  default: boolean;
  prediction: {
    home_win_probability: number;
    expected_margin: number;
    contributions: { feature: string; value: number; points: number }[];
  };
};

const pct = (p: number) => `${Math.round(p * 100)}%`;
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

export function MatchupAnswers({
  matchup,
  date,
}: {
  matchup: { teams: { home: Team; visitor: Team }; answers: Answer[] };
  date: string;
}) {
  const { home, visitor } = matchup.teams;
  const lead = matchup.answers[0];
  if (!lead) return null;
  const p = lead.prediction.home_win_probability;
  const favourite = p >= 0.5 ? home : visitor;
  const margin = Math.abs(lead.prediction.expected_margin);
  return (
    <section className="space-y-4" data-testid="matchup-answers" aria-labelledby="matchup-heading">
      <h2 id="matchup-heading" className="text-lg font-semibold">
        {visitor.full_name} at {home.full_name}, {date}
      </h2>
      <p className="text-base" data-testid="matchup-headline">
        <strong>{favourite.full_name}</strong> {pct(Math.max(p, 1 - p))} to win, by {margin.toFixed(1)} points ({lead.model.kind}{' '}
        v{lead.model.version}).
      </p>
      <div className="space-y-1">
        <div className="flex h-4 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
          <div className="bg-brand-600" style={{ width: pct(p) }} />
        </div>
        <div className="flex justify-between text-xs text-zinc-600 dark:text-zinc-400">
          <span>
            {home.abbreviation} {pct(p)}
          </span>
          <span>
            {visitor.abbreviation} {pct(1 - p)}
          </span>
        </div>
      </div>
      <ScrollFrame label="Each loaded model's answer">
        <table className="min-w-full text-sm" data-testid="model-comparison">
          <caption className="sr-only">Each loaded model's answer</caption>
          <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 pr-4">
                Model
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                {home.abbreviation} wins
              </th>
              <th scope="col" className="py-1 text-right">
                Margin ({home.abbreviation})
              </th>
            </tr>
          </thead>
          <tbody>
            {matchup.answers.map((a) => (
              <tr key={`${a.model.name}@${a.model.version}`} className="border-t border-zinc-200 dark:border-zinc-800">
                <td className="py-1 pr-4">
                  {a.model.kind} v{a.model.version}
                  {a.default ? <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">default</span> : null}
                </td>
                <td className="py-1 pr-4 text-right tabular-nums">{pct(a.prediction.home_win_probability)}</td>
                <td className="py-1 text-right tabular-nums">{signed(a.prediction.expected_margin)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">What drove it</h3>
        <ul className="space-y-0.5 text-sm" data-testid="contributions">
          {lead.prediction.contributions.map((c) => (
            <li key={c.feature} className="flex justify-between gap-4">
              <span>
                <code className="text-xs">{c.feature}</code> = {Number(c.value.toFixed(3))}
              </span>
              <span className="tabular-nums">
                {signed(c.points)} pts for {c.points >= 0 ? home.abbreviation : visitor.abbreviation}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
