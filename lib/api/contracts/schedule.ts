// League schedules: league admins add games (JSON or a CSV import job), anyone who may see the
// league reads its upcoming games, and phones subscribe to league and team calendar feeds.
import { z } from 'zod';
import { scheduleGameInput } from '@/lib/basketball/schedule/input';
import { isTimeZone } from '@/lib/dates';
import { uuidInput } from '@/lib/uuid';
import { defineContract } from '../contract';
import { importJobView, MAX_UPLOAD_MB } from './imports';

const tag = 'Schedules';
const leagueParams = z.object({ id: z.string().trim().min(1).max(60).describe('League id or slug') });
const team = z.object({ id: z.number().int(), name: z.string(), abbreviation: z.string() });

export const scheduleGameView = z.object({
  id: z.number().int(),
  league_id: z.number().int(),
  date: z.string().describe('The local date, YYYY-MM-DD'),
  starts_at: z.iso.datetime().nullable().describe('The start as a UTC instant; null when only the date is known'),
  venue: z.string().nullable(),
  status: z.enum(['scheduled', 'live', 'final']),
  home_team: team,
  visitor_team: team,
  home_score: z.number().int().nullable(),
  visitor_score: z.number().int().nullable(),
});

export const listScheduleContract = defineContract({
  method: 'GET',
  path: '/api/v1/leagues/{id}/schedule',
  summary: "A league's upcoming games",
  description:
    'Games not yet scored (status scheduled) dated today or later, soonest first. A members-only league is "not found" for anyone outside it.',
  tag,
  auth: 'public',
  scope: 'read',
  params: leagueParams,
  response: z.array(scheduleGameView),
});

export const createScheduleContract = defineContract({
  method: 'POST',
  path: '/api/v1/leagues/{id}/schedule',
  summary: 'Add games to a league schedule',
  description:
    'One to 500 games. Teams are named by id, name or abbreviation and must both be in the league. A game the league ' +
    'already has on that date between the same two teams is not added again: it is listed in `duplicates`. A row ' +
    'naming a team outside the league refuses the whole request (422, with the row index). League admins and site admins.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'league:manage',
  params: leagueParams,
  body: z.strictObject({ games: z.array(scheduleGameInput).min(1).max(500) }),
  response: z.object({
    created: z.array(scheduleGameView),
    duplicates: z.array(
      z.object({ index: z.number().int().describe('Position in `games`'), existing_game_id: z.number().int() }),
    ),
  }),
  status: 201,
  audit: { action: 'league.schedule', target: { type: 'league', id: (_p, data) => data.created[0]?.league_id ?? '' } },
});

export const startScheduleImportContract = defineContract({
  method: 'POST',
  path: '/api/v1/leagues/{id}/schedule/imports',
  summary: 'Import a league schedule from CSV',
  description:
    `The body is the CSV file itself (\`Content-Type: text/csv\`, at most ${MAX_UPLOAD_MB} MB) with a header row of ` +
    '`date,time,home,visitor,venue` and optionally `time_zone` (else `?time_zone=` applies to every timed row). ' +
    'Answers 202 with the queued job; poll `GET /api/v1/leagues/{id}/schedule/imports/{job_id}`. Bad rows are rejected ' +
    'with their reasons; importing the same file again changes nothing.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'league:manage',
  upload: 'text/csv',
  params: leagueParams,
  query: z.strictObject({
    filename: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
      .optional(),
    time_zone: z.string().trim().refine(isTimeZone, 'must be an IANA time zone such as America/Chicago').optional(),
  }),
  response: importJobView.pick({ id: true, status: true, source: true }),
  audit: { action: 'import.start', target: { type: 'import_job', id: (_p, data) => data.id } },
  status: 202,
});

export const getScheduleImportContract = defineContract({
  method: 'GET',
  path: '/api/v1/leagues/{id}/schedule/imports/{job_id}',
  summary: 'One schedule import job, with its first 100 rejected rows',
  tag,
  auth: 'user',
  scope: 'read',
  permission: 'league:manage',
  params: leagueParams.extend({ job_id: uuidInput('must be an import job id') }),
  response: importJobView.extend({
    rejections: z.array(z.object({ row_number: z.number().int(), reason: z.string() })).describe('Ordered by row number'),
  }),
});

const gameParams = leagueParams.extend({ game_id: z.coerce.number().int().positive().max(2_147_483_647) });

export const updateScheduledGameContract = defineContract({
  method: 'PATCH',
  path: '/api/v1/leagues/{id}/schedule/{game_id}',
  summary: 'Move a scheduled game, or change its start or venue',
  description:
    'Only before it starts (409 once it has plays, or is live or final). A new `date` alone moves a timed start by as ' +
    'many days; `starts_at: null` makes it an all-day game; `venue: null` clears the venue. 409 when the two teams ' +
    'already play on the new date. League admins and site admins.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'league:manage',
  params: gameParams,
  body: z
    .strictObject({
      date: z.iso.date('must be a date YYYY-MM-DD').optional(),
      time: z
        .string()
        .trim()
        .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24-hour)')
        .optional(),
      time_zone: z.string().trim().refine(isTimeZone, 'must be an IANA time zone such as America/Chicago').optional(),
      starts_at: z.iso.datetime({ offset: true, message: 'must be an ISO date-time with an offset' }).nullable().optional(),
      venue: z.string().trim().max(200).nullable().optional(),
    })
    .refine((b) => !b.time || b.time_zone, { path: ['time_zone'], message: 'a time needs a time zone' })
    .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' }),
  // Its own object: the OpenAPI writer shares a schema used inside others, not one that is a whole response too.
  response: scheduleGameView.extend({}),
  audit: { action: 'basketball-game.reschedule', target: { type: 'bb_game', id: (p) => p.game_id } },
});

export const cancelScheduledGameContract = defineContract({
  method: 'DELETE',
  path: '/api/v1/leagues/{id}/schedule/{game_id}',
  summary: 'Cancel a scheduled game',
  description: 'Removes a game that has not started (409 once it has). League admins and site admins.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'league:manage',
  params: gameParams,
  status: 204,
  audit: { action: 'basketball-game.cancel', target: { type: 'bb_game', id: (p) => p.game_id } },
});

const calendarDescription =
  'text/calendar (iCalendar): one event per game from 30 days ago on, with a UID that stays the same, so a ' +
  'subscribed phone updates a moved game rather than adding it twice. SUMMARY is "Visitor at Home", LOCATION the ' +
  'venue; a game without a start time is an all-day event; a final game carries its score in DESCRIPTION. ' +
  'Subscribe with webcal://. Calendar apps send no cookies: for a members-only league, a member subscribes with ' +
  'their own `token` (an invalid one is ignored).';

export const leagueCalendarContract = defineContract({
  method: 'GET',
  path: '/api/v1/leagues/{id}/calendar.ics',
  summary: "A league's games as a calendar feed",
  description: `${calendarDescription} A members-only league's feed is "not found" for anyone outside it.`,
  tag,
  auth: 'public',
  scope: 'read',
  params: leagueParams,
  query: z.strictObject({
    token: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe("A member's own feed token (the Subscribe link on a members-only league's pages carries it)"),
  }),
});

export const teamCalendarContract = defineContract({
  method: 'GET',
  path: '/api/v1/basketball/teams/{id}/calendar.ics',
  summary: "A team's games as a calendar feed",
  description: `${calendarDescription} A team of a members-only league is "not found" for anyone outside it.`,
  tag,
  auth: 'public',
  scope: 'read',
  params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
  query: z.strictObject({
    token: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe("A member's own feed token (the Subscribe link on a members-only league's pages carries it)"),
  }),
});

export const scheduleContracts = [
  listScheduleContract,
  createScheduleContract,
  startScheduleImportContract,
  getScheduleImportContract,
  updateScheduledGameContract,
  cancelScheduledGameContract,
  leagueCalendarContract,
  teamCalendarContract,
];
