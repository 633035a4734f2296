// Golf events: a club's or society's competition of one or more rounds, its field (accounts or
// guests), its groups (each a golf round) and its live leaderboard, gross and net, with the cut.
import { z } from 'zod';
import { genders, roundFormats } from '@/lib/golf/rounds/events';
import { uuidInput } from '@/lib/uuid';
import { defineContract } from '../contract';
import { pageQuery } from '../pagination';

const tag = 'Golf events';
const read = { tag, auth: 'public', scope: 'read', method: 'GET' } as const;
const manage = { tag, auth: 'user', scope: 'write', permission: 'golf-event:manage' } as const;
const int = z.number().int();
const eventParams = z.object({ id: z.coerce.number().int().positive('must be an event id') });

export const golfEventView = z.object({
  id: int,
  name: z.string(),
  league_id: int.nullable(),
  course_id: int,
  tee_id: int,
  start_date: z.iso.date(),
  format: z.string(),
  allowance: z.number().describe('Share of the Course Handicap each entrant plays off (WHS Appendix C)'),
  rounds: int,
  cut: z.object({ after_round: int, top: int }).nullable(),
  organiser_id: z.uuid().nullable(),
  scorer_ids: z.array(z.uuid()),
  created_at: z.iso.datetime({ offset: true }),
});

export const golfEntryView = z.object({
  id: int,
  user_id: z.uuid().nullable(),
  name: z.string(),
  gender: z.enum(genders),
  handicap_index: z.number().nullable(),
});

export const golfGroupView = z.object({
  id: int,
  round_number: int,
  tee_time: z.iso.datetime({ offset: true }).nullable(),
  starting_hole: int,
  round: z.object({ id: z.uuid(), status: z.enum(['in_progress', 'finished']), url: z.string() }),
  players: z.array(
    z.object({
      entry_id: int,
      position: int,
      name: z.string(),
      user_id: z.uuid().nullable(),
      playing_handicap: int.nullable(),
    }),
  ),
});

const roundLine = z.object({ round: int, gross: int, to_par: int, net_to_par: int, thru: int });
export const golfEventBoardView = z.object({
  through_round: int,
  by: z.enum(['gross', 'net']),
  cut: z
    .object({ after_round: int, top: int, line_to_par: int.nullable(), made: int })
    .nullable()
    .describe('Set once the event has a cut; `line_to_par` once the cut round is over for its field'),
  lines: z.array(
    z.object({
      entry_id: int,
      name: z.string(),
      user_id: z.uuid().nullable(),
      position: z.string().nullable().describe('"1", "T3"; "CUT" below the cut; null before a first score'),
      place: int.nullable(),
      tied: z.boolean(),
      status: z.enum(['active', 'cut']),
      total: int,
      to_par: int,
      net_to_par: int,
      today: int.nullable(),
      thru: int,
      current_round: int.nullable(),
      playing_handicap: int.nullable(),
      rounds: z.array(roundLine),
    }),
  ),
});

export const listEventsContract = defineContract({
  ...read,
  path: '/api/v1/golf/events',
  summary: 'Golf events, newest first',
  description: '`league` keeps the events of one golf league (a club or society).',
  query: z.strictObject({ ...pageQuery, league: z.coerce.number().int().positive().optional().describe('A golf league id') }),
  response: z.array(golfEventView),
});

export const createEventContract = defineContract({
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'golf-event:create',
  method: 'POST',
  status: 201,
  path: '/api/v1/golf/events',
  summary: 'Organise a golf event',
  description:
    "The caller organises it: they (and site admins) change its entries and groups; they and the accounts in `scorer_ids` may score every group's rounds. `allowance` defaults to the WHS recommendation for the format (95% individual stroke play and Stableford, 100% match play). `cut`: after that round only the best `top` and ties play on. With `league_id`, a golf league the caller runs.",
  body: z.strictObject({
    name: z.string().trim().min(1, 'is required').max(120),
    league_id: int.positive().nullish(),
    course_id: int.positive(),
    tee_id: int.positive(),
    start_date: z.iso.date(),
    format: z.enum(roundFormats).default('stroke_play'),
    allowance: z.number().gt(0).max(1).optional(),
    rounds: int.min(1).max(8).default(1),
    cut: z.strictObject({ after_round: int.min(1).max(7), top: int.min(1).max(1000) }).nullish(),
    scorer_ids: z.array(uuidInput()).max(50).default([]),
  }),
  response: golfEventView,
  audit: { action: 'golf-event.create', target: { type: 'golf_event', id: (_p, data) => data.id } },
});

export const getEventContract = defineContract({
  ...read,
  path: '/api/v1/golf/events/{id}',
  summary: 'One golf event',
  params: eventParams,
  response: golfEventView,
});

export const updateEventContract = defineContract({
  ...manage,
  method: 'PATCH',
  path: '/api/v1/golf/events/{id}',
  summary: 'Change a golf event',
  description:
    "Its organiser (and site admins) change what is sent: the name, start date, cut (`null`: none), scorers and, until its first group is made, the handicap allowance (a group's playing handicaps are fixed when it starts). The course, tee, format and number of rounds stay: the groups' rounds are played on them. A cut change shows on the live leaderboard at once.",
  params: eventParams,
  body: z
    .strictObject({
      name: z.string().trim().min(1, 'is required').max(120).optional(),
      start_date: z.iso.date().optional(),
      allowance: z.number().gt(0).max(1).optional(),
      cut: z
        .strictObject({ after_round: int.min(1).max(7), top: int.min(1).max(1000) })
        .nullable()
        .optional(),
      scorer_ids: z.array(uuidInput()).max(50).optional(),
    })
    .refine((b) => Object.keys(b).length > 0, 'send at least one field to change'),
  response: golfEventView,
  audit: { action: 'golf-event.update', target: { type: 'golf_event', id: (params) => params.id } },
});

export const listEntriesContract = defineContract({
  ...read,
  path: '/api/v1/golf/events/{id}/entries',
  summary: "An event's entry list",
  params: eventParams,
  response: z.array(golfEntryView),
});

const entrant = z.union([
  z.strictObject({
    user_id: uuidInput(),
    gender: z.enum(genders).optional(),
    handicap_index: z.number().min(-10).max(54).nullish(),
  }),
  z.strictObject({
    name: z.string().trim().min(1, 'is required').max(60),
    gender: z.enum(genders).optional(),
    handicap_index: z.number().min(-10).max(54).nullish(),
  }),
]);

export const addEntriesContract = defineContract({
  ...manage,
  method: 'POST',
  status: 201,
  path: '/api/v1/golf/events/{id}/entries',
  summary: 'Enter players in an event',
  description:
    "Each entrant is an account (`user_id`) or a guest without one (`name`), with the Handicap Index and gender they play off in this event (their playing handicap is taken from it on the event's tee). An account is entered once.",
  params: eventParams,
  body: z.strictObject({ entrants: z.array(entrant).min(1).max(500) }),
  response: z.array(golfEntryView),
  audit: { action: 'golf-event.entries.add', target: { type: 'golf_event', id: (params) => params.id } },
});

export const listGroupsContract = defineContract({
  ...read,
  path: '/api/v1/golf/events/{id}/groups',
  summary: "An event's groups with their rounds",
  params: eventParams,
  query: z.strictObject({ round: z.coerce.number().int().min(1).max(8).optional() }),
  response: z.array(golfGroupView),
});

export const createGroupContract = defineContract({
  ...manage,
  method: 'POST',
  status: 201,
  path: '/api/v1/golf/events/{id}/groups',
  summary: 'Make a group of a round (starts its golf round)',
  description:
    "Starts a golf round on the event's tee for 1-4 entrants (accounts first, then guests, as a round places them), dated by the tee time or the event's start date plus the round number. Its holes are scored and it is finished through `/api/v1/golf/rounds/{id}` by its players or the event's scorers. An entrant plays one group per round.",
  params: eventParams,
  body: z.strictObject({
    round_number: int.min(1).max(8),
    tee_time: z.iso.datetime({ offset: true }).nullish(),
    starting_hole: int.min(1).max(18).default(1),
    entry_ids: z.array(int.positive()).min(1).max(4),
  }),
  response: golfGroupView,
  // The group's round start records the row (its target is the round it started).
  audit: { action: 'golf-event.group.create', target: { type: 'golf_round', id: (_p, data) => data.round.id } },
});

const boardQuery = z.strictObject({
  round: z.coerce.number().int().min(1).max(8).optional().describe('The standings after this round (default: all rounds)'),
  by: z.enum(['gross', 'net']).default('gross').describe('Rank by gross or net score to par'),
});

export const eventLeaderboardContract = defineContract({
  ...read,
  path: '/api/v1/golf/events/{id}/leaderboard',
  summary: "An event's leaderboard",
  description:
    'Entrants by total to par over the holes played (gross or net, `by`), ties sharing a position ("T3"), with today\'s score, thru and each round. After the cut round, those outside the best `top` and ties are "CUT", listed after the field.',
  params: eventParams,
  query: boardQuery,
  response: golfEventBoardView,
});

export const eventLeaderboardStreamContract = defineContract({
  ...read,
  path: '/api/v1/golf/events/{id}/leaderboard/stream',
  summary: "An event's live leaderboard as Server-Sent Events",
  description:
    "Each event of the event's stream (entries, groups, and every hole scored or round finished in its groups) is one SSE event (`id` = seq, `event` = type) whose data holds it and the leaderboard after it. Reconnecting with `Last-Event-ID` (or `?after_seq=`) resumes.",
  params: eventParams,
  query: z.strictObject({ after_seq: z.coerce.number().int().min(0).optional(), by: z.enum(['gross', 'net']).default('gross') }),
  eventStream: {
    description: 'An endless text/event-stream',
    example:
      'retry: 2000\n\nid: 9\nevent: golf_event_hole_scored\ndata: {"seq":9,"type":"golf_event_hole_scored","data":{"round_id":"…","position":1,"hole":1,"strokes":3},"leaderboard":{"through_round":4,"by":"gross","cut":null,"lines":[]}}\n\n',
  },
});

export const golfEventContracts = [
  listEventsContract,
  createEventContract,
  getEventContract,
  updateEventContract,
  listEntriesContract,
  addEntriesContract,
  listGroupsContract,
  createGroupContract,
  eventLeaderboardContract,
  eventLeaderboardStreamContract,
];
