// The game's clock as events: start and end periods, end the game; and undo the last play.
import { Button } from '@/components/ui/button';
import { periodLabel } from '@/lib/basketball/live/feed';
import { check } from '@/lib/basketball/live/reducer';
import { type GameState, rulesOf } from '@/lib/basketball/live/state';

export function GameControls({
  state,
  onRecord,
  onEndGame,
  onUndo,
}: {
  state: GameState;
  onRecord: (event: { type: 'period_start' | 'period_end'; data: { period: number } }) => void;
  onEndGame: () => void;
  onUndo: () => void;
}) {
  const rules = rulesOf(state);
  const next = state.period + 1;
  const canEndGame = check(state, { type: 'game_end', data: {} }) === null;
  const canStart = check(state, { type: 'period_start', data: { period: next } }) === null;
  const big = 'min-h-12 flex-1';
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">Game</legend>
      <div className="flex flex-wrap gap-2">
        {state.periodRunning ? (
          <Button
            type="button"
            variant="secondary"
            className={big}
            onClick={() => onRecord({ type: 'period_end', data: { period: state.period } })}
          >
            End {periodLabel(rules, state.period)}
          </Button>
        ) : canStart ? (
          <Button type="button" className={big} onClick={() => onRecord({ type: 'period_start', data: { period: next } })}>
            Start {periodLabel(rules, next)}
          </Button>
        ) : null}
        {canEndGame ? (
          <Button type="button" variant="danger" className={big} onClick={onEndGame}>
            End game
          </Button>
        ) : null}
        <Button type="button" variant="secondary" className={big} onClick={onUndo}>
          Undo last
        </Button>
      </div>
    </fieldset>
  );
}
