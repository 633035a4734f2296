// Following and notifications ("My Statline"): what the caller follows, the notifications made from
// the games and rounds of what they follow, and the followed games themselves.
import { z } from 'zod';
import { digestFrequencies, followKinds, notificationKinds } from '@/drizzle/schema';
import { defineContract } from '../contract';
import { pageQuery } from '../pagination';

const tag = 'My Statline';
const read = { tag, auth: 'user', scope: 'read', permission: 'account:read' } as const;
const write = { tag, auth: 'user', scope: 'write', permission: 'account:manage' } as const;

export const followView = z.object({
  id: z.number().int(),
  target_kind: z.enum(followKinds),
  target_id: z.string().describe('A basketball league, team or player id; for a golfer, their account id'),
  name: z.string().nullable().describe('What is followed, by name (null once it is gone)'),
  created_at: z.iso.datetime(),
});

export const notificationView = z.object({
  id: z.number().int(),
  kind: z.enum(notificationKinds),
  payload: z
    .record(z.string(), z.unknown())
    .describe(
      'game_started/game_ended: game_id, home, away (id, name, score); personal_best: game_id, player_id, player_name, points, previous_best; golf_personal_best: golfer_id, round_id, gross, previous',
    ),
  read: z.boolean(),
  created_at: z.iso.datetime(),
});

const feedGame = z.object({
  id: z.number().int(),
  date: z.iso.date(),
  status: z.enum(['scheduled', 'live', 'final']),
  league_id: z.number().int(),
  period: z.number().int().nullable().describe('The period being played (live games)'),
  home: z.object({ id: z.number().int(), name: z.string(), score: z.number().int().nullable() }),
  away: z.object({ id: z.number().int(), name: z.string(), score: z.number().int().nullable() }),
});

export const listFollowsContract = defineContract({
  ...read,
  method: 'GET',
  path: '/api/v1/me/follows',
  summary: 'What you follow',
  response: z.array(followView),
});

export const addFollowContract = defineContract({
  ...write,
  method: 'POST',
  path: '/api/v1/me/follows',
  summary: 'Follow a league, team, player or golfer',
  description:
    'Following again answers the existing follow, with `meta.created` false. Something that does not exist, or that you may not see (a members-only league, a private golfer), is 404.',
  body: z.strictObject({
    target_kind: z.enum(followKinds),
    target_id: z.union([z.number().int().positive(), z.string().trim().min(1).max(64)]).transform(String),
  }),
  response: followView,
  status: 201,
  audit: { action: 'follow.create', target: { type: 'follow', id: (_p, data) => data.id } },
});

export const deleteFollowContract = defineContract({
  ...write,
  method: 'DELETE',
  path: '/api/v1/me/follows/{id}',
  summary: 'Unfollow',
  params: z.object({ id: z.coerce.number().int().positive() }),
  status: 204,
  audit: { action: 'follow.delete', target: { type: 'follow', id: (p) => p.id } },
});

export const listNotificationsContract = defineContract({
  ...read,
  method: 'GET',
  path: '/api/v1/me/notifications',
  summary: 'Your notifications',
  description:
    'Newest first; `meta.unread_count` counts every unread one. A followed game starting or ending, a followed player scoring more points than in any earlier game, a followed golfer beating their best round.',
  query: z.strictObject({ unread: z.enum(['true', 'false']).optional(), ...pageQuery }),
  response: z.array(notificationView),
});

export const markNotificationsReadContract = defineContract({
  ...write,
  method: 'POST',
  path: '/api/v1/me/notifications/read',
  summary: 'Mark notifications read',
  description: 'The notifications given by `ids`, or all of yours without `ids`.',
  body: z.strictObject({ ids: z.array(z.number().int().positive()).min(1).max(500).optional() }),
  response: z.object({ marked: z.number().int(), unread_count: z.number().int() }),
  status: 200,
  audit: { action: 'notifications.read' },
});

export const notificationStreamContract = defineContract({
  ...read,
  method: 'GET',
  path: '/api/v1/me/notifications/stream',
  summary: 'Your new notifications as Server-Sent Events',
  description:
    'From now on, or after `Last-Event-ID` / `?after_id=` (a notification id): each new notification is one event, with the unread count.',
  query: z.strictObject({ after_id: z.coerce.number().int().min(0).optional() }),
  eventStream: {
    description: 'An endless text/event-stream',
    example:
      'retry: 2000\n\nid: 12\nevent: notification\ndata: {"notification":{"id":12,"kind":"game_started","payload":{"game_id":3},"read":false,"created_at":"2026-01-01T18:00:00.000Z"},"unread_count":1}\n\n',
  },
});

export const feedContract = defineContract({
  ...read,
  method: 'GET',
  path: '/api/v1/me/feed',
  summary: 'The games of what you follow',
  description:
    'Games of followed teams and leagues, and of the teams followed players play for: live now (with the running score), upcoming and recent finals, ten of each.',
  response: z.object({ live: z.array(feedGame), upcoming: z.array(feedGame), recent: z.array(feedGame) }),
});

export const digestView = z.object({
  frequency: z
    .enum(digestFrequencies)
    .describe('off (the default), daily (once per UTC day) or weekly (once per ISO week, from Monday)'),
  last_sent_at: z.iso.datetime().nullable().describe('When the last digest was sent'),
});

export const getDigestContract = defineContract({
  ...read,
  method: 'GET',
  path: '/api/v1/me/digest',
  summary: 'Your email digest setting',
  response: digestView,
});

export const updateDigestContract = defineContract({
  ...write,
  method: 'PATCH',
  path: '/api/v1/me/digest',
  summary: 'Choose your email digest',
  description:
    'One mail per day or week listing your unread notifications that no digest has listed yet; nothing is mailed when there are none, nor while the site sends no mail. Turning it on starts from now: earlier notifications stay in your inbox only.',
  body: z.strictObject({ frequency: z.enum(digestFrequencies) }),
  response: digestView,
  status: 200,
  audit: { action: 'digest.update' },
});

export const notifyContracts = [
  listFollowsContract,
  addFollowContract,
  deleteFollowContract,
  listNotificationsContract,
  markNotificationsReadContract,
  notificationStreamContract,
  feedContract,
  getDigestContract,
  updateDigestContract,
];
