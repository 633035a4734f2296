// The score, the period and, per team, the fouls toward the penalty, the bonus, timeouts left and
// who has fouled out. Drawn from one model by the scorer's and the spectator's screens alike.
import type { ScoreboardModel, ScoreboardTeam } from '@/lib/basketball/client/scoreboard';

const bonusText = { none: null, bonus: 'Bonus', double_bonus: 'Double bonus' } as const;

function TeamScore({ team }: { team: ScoreboardTeam }) {
  const bonus = bonusText[team.bonus];
  return (
    <div className={`flex flex-col gap-1 ${team.side === 'home' ? 'items-end text-right' : 'items-start'}`}>
      <div className="text-sm font-semibold text-zinc-500">{team.abbreviation}</div>
      <div className="text-4xl font-bold tabular-nums sm:text-5xl" data-testid={`score-${team.side}`}>
        {team.score}
      </div>
      <div className="text-xs text-zinc-600 dark:text-zinc-400" data-testid={`team-status-${team.side}`}>
        Fouls {team.teamFouls} · Timeouts {team.timeoutsLeft}
      </div>
      {bonus ? (
        <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
          {bonus}
        </span>
      ) : null}
      {team.fouledOut.length > 0 ? (
        <div className="text-xs text-red-700 dark:text-red-400" data-testid={`fouled-out-${team.side}`}>
          Out: {team.fouledOut.join(', ')}
        </div>
      ) : null}
    </div>
  );
}

export function Scoreboard({ model }: { model: ScoreboardModel }) {
  const [visitor, home] = model.teams;
  return (
    <section
      aria-label="Scoreboard"
      className="grid grid-cols-[1fr_auto_1fr] items-start gap-3 rounded-xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <TeamScore team={visitor} />
      <div className="pt-6 text-center text-sm font-medium text-zinc-600 dark:text-zinc-300" data-testid="game-clock">
        {model.clock}
      </div>
      <TeamScore team={home} />
    </section>
  );
}
