// What each button of the action pad logs. Plays with an optional second part (the assist of a
// made shot, the block of a miss, the steal of a turnover) are queued at once but held, so the
// second tap can still add to the same event; the others ask first and log the answer.
import type { FoulKind, LiveEvent } from '@/lib/basketball/live/events';
import type { ActionKey } from './action-pad';
import type { Prompt } from './follow-up';
import { jerseyLabel, type RosterPlayer } from './types';

export const AUTO_SEND_MS = 4000;
const foulKinds: FoulKind[] = ['personal', 'shooting', 'offensive', 'technical', 'flagrant'];

export interface ActionContext {
  teamId: number;
  opponentId: number;
  player: RosterPlayer;
  /** On the court with the player (everyone on the roster before starters are set). */
  teammates: RosterPlayer[];
  opponents: RosterPlayer[];
  /** Who may come in for the player. */
  bench: RosterPlayer[];
  location: { x: number; y: number } | null;
  record: (event: LiveEvent, opts?: { held?: boolean }) => string | null;
  ask: (prompt: Omit<Prompt, 'id'>, heldId?: string) => void;
  /** Answers the open question; extra data goes into the held play. */
  settle: (extra?: Record<string, unknown>) => void;
}

const choices = (players: RosterPlayer[], onPick: (p: RosterPlayer) => void) =>
  players.map((p) => ({ key: String(p.id), label: `${jerseyLabel(p)} ${p.name}`, player: p, onPick: () => onPick(p) }));

function heldShot(c: ActionContext, points: 2 | 3, made: boolean) {
  const data = { team_id: c.teamId, player_id: c.player.id, points, made, ...(c.location ?? {}) };
  const id = c.record({ type: 'field_goal', data }, { held: true });
  if (!id) return;
  if (made) {
    const mates = c.teammates.filter((p) => p.id !== c.player.id);
    c.ask(
      {
        title: `Assist on ${jerseyLabel(c.player)}'s ${points}?`,
        choices: choices(mates, (p) => c.settle({ assist_player_id: p.id })),
        skip: { label: 'No assist', onPick: () => c.settle() },
        autoMs: AUTO_SEND_MS,
      },
      id,
    );
  } else {
    c.ask(
      {
        title: 'Blocked?',
        choices: choices(c.opponents, (p) => c.settle({ block_player_id: p.id })),
        skip: { label: 'No block', onPick: () => c.settle() },
        autoMs: AUTO_SEND_MS,
      },
      id,
    );
  }
}

const cancel = (c: ActionContext) => ({ label: 'Cancel', onPick: () => c.settle() });

export function runAction(key: ActionKey, c: ActionContext): void {
  const team_id = c.teamId;
  const player_id = c.player.id;
  switch (key) {
    case 'fg2_made':
      heldShot(c, 2, true);
      return;
    case 'fg2_miss':
      heldShot(c, 2, false);
      return;
    case 'fg3_made':
      heldShot(c, 3, true);
      return;
    case 'fg3_miss':
      heldShot(c, 3, false);
      return;
    case 'ft_made':
    case 'ft_miss':
      c.record({ type: 'free_throw', data: { team_id, player_id, made: key === 'ft_made' } });
      return;
    case 'oreb':
    case 'dreb':
      c.record({ type: 'rebound', data: { team_id, player_id, offensive: key === 'oreb' } });
      return;
    case 'tov': {
      const id = c.record({ type: 'turnover', data: { team_id, player_id } }, { held: true });
      if (id)
        c.ask(
          {
            title: 'Stolen by?',
            choices: choices(c.opponents, (p) => c.settle({ steal_player_id: p.id })),
            skip: { label: 'No steal', onPick: () => c.settle() },
            autoMs: AUTO_SEND_MS,
          },
          id,
        );
      return;
    }
    case 'stl':
      c.ask({
        title: `${jerseyLabel(c.player)} stole it from?`,
        choices: [
          ...choices(c.opponents, (p) =>
            c.record({ type: 'turnover', data: { team_id: c.opponentId, player_id: p.id, steal_player_id: player_id } }),
          ),
          {
            key: 'team',
            label: 'Team turnover',
            onPick: () =>
              c.record({ type: 'turnover', data: { team_id: c.opponentId, player_id: null, steal_player_id: player_id } }),
          },
        ],
        skip: cancel(c),
      });
      return;
    case 'blk':
      c.ask({
        title: `${jerseyLabel(c.player)} blocked whose shot?`,
        choices: choices(c.opponents, (p) =>
          c.record({
            type: 'field_goal',
            data: {
              team_id: c.opponentId,
              player_id: p.id,
              points: 2,
              made: false,
              block_player_id: player_id,
              ...(c.location ?? {}),
            },
          }),
        ),
        skip: cancel(c),
      });
      return;
    case 'foul':
      c.ask({
        title: `Foul on ${jerseyLabel(c.player)}: which kind?`,
        choices: foulKinds.map((kind) => ({
          key: kind,
          label: kind,
          onPick: () => c.record({ type: 'foul', data: { team_id, player_id, kind } }),
        })),
        skip: cancel(c),
      });
      return;
    case 'sub':
      c.ask({
        title: `Who comes in for ${jerseyLabel(c.player)}?`,
        choices: choices(c.bench, (p) =>
          c.record({ type: 'substitution', data: { team_id, player_in_id: p.id, player_out_id: player_id } }),
        ),
        skip: cancel(c),
      });
      return;
  }
}
