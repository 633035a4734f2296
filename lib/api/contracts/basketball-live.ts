// Live basketball: creating the teams, players and games a scorekeeper scores, the event log of a
// game, and its projections (box score, play feed). Writes need a session or a write key.
import { z } from 'zod';
import { gameView, teamView } from '@/lib/basketball/api-views';
import { correctionBody, deletionBody, liveEventBody } from '@/lib/basketball/live/events';
import { ruleSetName } from '@/lib/basketball/live/rules';
import { boxscoreView, playView, storedEventView } from '@/lib/basketball/scoring/views';
import { defineContract } from '../contract';

const idParam = z.object({ id: z.coerce.number().int().positive('must be a positive id') });
const id = z.number().int().positive('must be a positive id');
const write = { tag: 'Live basketball', auth: 'user', scope: 'write', method: 'POST', status: 201 } as const;
const read = { tag: 'Live basketball', auth: 'public', scope: 'read', method: 'GET' } as const;

export const createTeamContract = defineContract({
  ...write,
  path: '/api/v1/basketball/teams',
  summary: 'Create a team',
  description: 'Admins and coaches create teams; whoever creates a team coaches it (may add players, schedule and score games).',
  permission: 'basketball-team:create',
  body: z.strictObject({
    name: z.string().trim().min(1, 'is required').max(80),
    abbreviation: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{2,5}$/, 'must be 2 to 5 letters or digits')
      .transform((s) => s.toUpperCase()),
    city: z.string().trim().min(1).max(80).optional(),
    league_id: id
      .optional()
      .describe('The team\'s league (its league admins add teams); without it, the creator\'s own "Pickup games" league'),
  }),
  response: teamView.extend({ name: z.string(), city: z.string().nullable(), league_id: z.number().int() }),
  audit: { action: 'basketball-team.create', target: { type: 'bb_team', id: (_p, data) => data.id } },
});

export const createPlayerContract = defineContract({
  ...write,
  path: '/api/v1/basketball/players',
  summary: 'Add a player to a team',
  description: "Admins, or a coach of the team. The player joins the team's roster for the current season.",
  permission: 'basketball-roster:manage',
  body: z.strictObject({
    first_name: z.string().trim().min(1, 'is required').max(60),
    last_name: z.string().trim().min(1, 'is required').max(60),
    team_id: id,
    jersey_number: z.number().int().min(0).max(99).optional(),
    position: z.string().trim().min(1).max(10).optional(),
  }),
  response: z.object({
    id: z.number().int(),
    first_name: z.string(),
    last_name: z.string(),
    name: z.string(),
    position: z.string().nullable(),
    team_id: z.number().int(),
    season: z.number().int(),
    jersey_number: z.number().int().nullable(),
  }),
  audit: { action: 'basketball-player.create', target: { type: 'bb_player', id: (_p, data) => data.id } },
});

export const createGameContract = defineContract({
  ...write,
  path: '/api/v1/basketball/games',
  summary: 'Schedule a game to score live',
  description:
    "Admins, or a coach of either team. `rule_set` sets periods, bonus and timeouts. The game counts in one league's standings and leaders: the one named, else the teams' league, else the creator's own pickup league.",
  permission: 'basketball-game:create',
  body: z.strictObject({
    date: z.iso.date(),
    home_team_id: id,
    visitor_team_id: id,
    rule_set: ruleSetName.optional().describe("Default: the league's rule set, else `nba`"),
    postseason: z.boolean().default(false),
    league_id: id
      .optional()
      .describe('Default: the teams\' league when both are in one, else the creator\'s own "Pickup games" league'),
  }),
  response: gameView.extend({ rule_set: ruleSetName }),
  audit: { action: 'basketball-game.create', target: { type: 'bb_game', id: (_p, data) => data.id } },
});

export const appendGameEventContract = defineContract({
  ...write,
  path: '/api/v1/basketball/games/{id}/events',
  summary: "Record a play in a game's log",
  description:
    'Idempotent on `id` (a retry returns the stored event). `expectedSeq` guards against a concurrent scorer: a stale one is a 409 carrying the current seq. A play that breaks a rule of the game (a player not on the roster, a shot after `game_end`, an undo of an unknown seq) is a 422.',
  permission: 'basketball-game:score',
  params: idParam,
  body: liveEventBody,
  response: storedEventView,
  // The play is also on the game's event log; this row puts it with every other write.
  audit: { action: 'basketball-game.score', target: { type: 'bb_game', id: (params) => params.id } },
});

const playParams = idParam.extend({ seq: z.coerce.number().int().positive('must be the seq of a logged play') });

export const correctPlayContract = defineContract({
  ...write,
  method: 'PUT',
  status: 200,
  path: '/api/v1/basketball/games/{id}/plays/{seq}',
  summary: 'Correct an earlier play',
  description:
    'Appends a `play_corrected` event: the box score, minutes, feed and shot chart become those of a log where `replacement` had been entered in the place of play `seq`; the log keeps both. Idempotent on `id`; `expected_seq` as for recording a play. A correction that would make a later play break the rules (a substitution of a player no longer on the court, a player who would have fouled out) is a 422 naming that play; correcting an undo, a correction or an undone play is a 422 too.',
  permission: 'basketball-game:score',
  params: playParams,
  body: correctionBody,
  response: storedEventView,
  audit: { action: 'basketball-play.correct', target: { type: 'bb_game', id: (params) => params.id } },
});

export const deletePlayContract = defineContract({
  ...write,
  method: 'DELETE',
  status: 200,
  path: '/api/v1/basketball/games/{id}/plays/{seq}',
  summary: 'Delete an earlier play',
  description:
    'Appends an `undo` of play `seq` (events are never deleted): the play stays in the feed, marked `voided`. Refused with a 422 when a later play depends on it.',
  permission: 'basketball-game:score',
  params: playParams,
  body: deletionBody,
  response: storedEventView,
  audit: { action: 'basketball-play.delete', target: { type: 'bb_game', id: (params) => params.id } },
});

const answerContract = (answer: 'accept' | 'decline') =>
  defineContract({
    ...write,
    status: 200,
    path: `/api/v1/basketball/games/{id}/${answer}`,
    summary: answer === 'accept' ? 'Accept a game scheduled against your team' : 'Decline a game scheduled against your team',
    description:
      answer === 'accept'
        ? "A coach's game against a team they do not manage counts for that team (standings, its players' averages) only once a coach of that team or an admin accepts it. Accepting again is a no-op; after a decline it is a 409."
        : 'The game never counts for your team; the other team keeps it. Declining again is a no-op; after an accept it is a 409.',
    permission: 'basketball-game:create',
    params: idParam,
    response: gameView,
    audit: { action: `basketball-game.${answer}`, target: { type: 'bb_game', id: (params) => params.id } },
  });
export const acceptGameContract = answerContract('accept');
export const declineGameContract = answerContract('decline');

export const boxscoreContract = defineContract({
  ...read,
  path: '/api/v1/basketball/games/{id}/boxscore',
  summary: 'Live box score and game state',
  params: idParam,
  response: boxscoreView,
});

export const playsContract = defineContract({
  ...read,
  path: '/api/v1/basketball/games/{id}/plays',
  summary: 'Play-by-play feed with the running score',
  description: 'Every recorded play in order; undone plays are kept and marked `voided`.',
  params: idParam,
  query: z.strictObject({ after_seq: z.coerce.number().int().min(0).optional() }),
  response: z.array(playView),
});

export const streamContract = defineContract({
  ...read,
  path: '/api/v1/basketball/games/{id}/stream',
  summary: "A game's plays as Server-Sent Events",
  description:
    'Each play is one event: `id` is its seq, `event` its type, `data` the play as JSON. Reconnecting with `Last-Event-ID` (browsers do it for you) or `?after_seq=` replays what was missed from the database; comments (`: ping`) keep the connection alive. Delivered to viewers on every app instance.',
  params: idParam,
  query: z.strictObject({ after_seq: z.coerce.number().int().min(0).optional() }),
  eventStream: {
    description: 'An endless text/event-stream',
    example:
      'retry: 2000\n\nid: 7\nevent: field_goal\ndata: {"seq":7,"type":"field_goal","data":{"team_id":1,"player_id":4,"points":3,"made":true}}\n\n',
  },
});

export const mergePlayersContract = defineContract({
  ...write,
  tag: 'Basketball players',
  status: 200,
  path: '/api/v1/basketball/players/{id}/merge',
  summary: 'Merge another player into this one',
  description:
    "Admins. For two rows that are one person (files that spelled a name differently). The other player's games, roster rows and aliases move here; its name and source key stay as aliases. Where both have a line in one game, this player's line stays and the other is set aside. Averages, leaders and caches follow at once; the merge is audited and can be split (`POST /api/v1/basketball/player-merges/{merge_id}/split`). A player scored live (named in plays) cannot be the one merged away: merge the other way.",
  permission: 'basketball-player:merge',
  params: idParam,
  body: z.strictObject({ player_id: id }),
  response: z.object({
    merge_id: z.number().int(),
    player: z.object({ id: z.number().int(), name: z.string() }),
    lines_moved: z.number().int(),
    lines_set_aside: z.number().int(),
  }),
  audit: { action: 'basketball-player.merge', target: { type: 'bb_player', id: (params) => params.id } },
});

export const splitMergeContract = defineContract({
  ...write,
  tag: 'Basketball players',
  status: 200,
  path: '/api/v1/basketball/player-merges/{id}/split',
  summary: 'Split a wrong merge',
  description: 'Admins. Restores the merged player with its own id, lines, roster rows and aliases. Splitting twice is a 409.',
  permission: 'basketball-player:merge',
  params: idParam,
  response: z.object({ player: z.object({ id: z.number().int(), name: z.string() }), kept_player_id: z.number().int() }),
  audit: { action: 'basketball-player.split', target: { type: 'bb_player', id: (_p, data) => data.kept_player_id } },
});

export const basketballLiveContracts = [
  streamContract,
  createTeamContract,
  createPlayerContract,
  createGameContract,
  appendGameEventContract,
  correctPlayContract,
  deletePlayContract,
  acceptGameContract,
  declineGameContract,
  mergePlayersContract,
  splitMergeContract,
  boxscoreContract,
  playsContract,
];
