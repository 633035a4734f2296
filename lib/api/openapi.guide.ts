// The prose of the API reference: what a client must know before its first call, and what each tag
// covers. The limits are read from the running configuration, so the reference states what this
// server enforces, not what it enforced by default.
import { env } from '@/lib/env';
import { errorStatus } from './errors';

export const tagDescriptions: Record<string, string> = {
  Basketball:
    'Teams, players, games with box scores, stat lines, season and league averages, leaders and standings. Read-only and public; defaults to the pro league.',
  'Live basketball':
    "Games scored play by play: create teams, rosters and games, append plays to a game's event log, and follow it as a box score, a play-by-play feed or a Server-Sent Events stream.",
  'Basketball players': 'Merging two player rows that are one person, and splitting a wrong merge. Admins only.',
  Imports:
    'Bulk box-score files (stats.nba.com game logs, Statline exports) imported in the background, with progress and the rows rejected and why.',
  Golf: 'Courses and tees, rounds scored hole by hole (live leaderboards over SSE), and each golfer’s rounds, World Handicap System index, analytics and achievements.',
  'Golf events':
    'A club’s or society’s competitions of one or more rounds: entries (accounts or guests), groups with their tee times (each a golf round), and the event leaderboard gross and net with ties, thru and the cut, live over SSE.',
  Football:
    'American football play by play: teams, games with drives and plays (situation, result, formation and personnel, EP and WP with the source’s own EPA beside ours), and plays by situation through one filter language. Read-only and public; defaults to the NFL.',
  Leagues:
    'Every team, season and game belongs to one league (the NBA, a school, club or youth league, an account’s own pickup games). Lists and aggregates take a `league` filter (id or slug) and default to the pro league.',
  Predictions:
    'Trained models in a registry: every version with its walk-forward scoreboard (games it had not seen), which versions every replica keeps loaded, and which answers by default. Loading and unloading is for site admins.',
  Media:
    'Team logos, player and game photos, short videos and documents: uploaded by admins and the team’s coaches (through the server or straight to the object store), checked by their contents, images stripped of metadata; files served with byte ranges.',
  Schedules:
    "A league's schedule: league admins add games (JSON, or a CSV imported in the background), anyone who may see the league lists its upcoming games, and league and team calendar feeds (iCalendar) keep phones up to date.",
  'My Statline':
    'What you follow (leagues, teams, players, golfers), the notifications their games and rounds make (a game starting or ending, a personal best), live over SSE, and the followed games: live now, upcoming, recent.',
  Accounts: 'Creating an account, the caller’s own account, and (admins) disabling or enabling one.',
  'People and roles':
    'Roles held in a scope: league admins of a league, coaches and scorekeepers of a team, players and parents linked to a player (pending until the coach confirms). Who may give which role, the roles an account holds, and the people of a league.',
  Invitations:
    'One-time links (7 days) that give whoever accepts them a role in a league, a team or a player record: league admins and coaches invite, the invitee signs in and accepts, and the role is active at once.',
  'API keys': 'Keys for programs to call the API as you. Managed from a signed-in browser session only.',
  Audit: 'Every write, as the audit log records it: who, what, to what, from where, with the request id (admins only).',
};

/** Scalar and Redoc show tags under these headings, in this order. */
export const tagGroups = [
  // The first group opens expanded in the reference: the statistics most readers come for.
  { name: 'Basketball', tags: ['Basketball', 'Live basketball', 'Basketball players', 'Imports'] },
  { name: 'Leagues', tags: ['Leagues', 'Schedules'] },
  { name: 'Golf', tags: ['Golf', 'Golf events'] },
  { name: 'Football', tags: ['Football'] },
  { name: 'Predictions', tags: ['Predictions'] },
  { name: 'Media', tags: ['Media'] },
  { name: 'Accounts', tags: ['Accounts', 'People and roles', 'Invitations', 'My Statline', 'API keys', 'Audit'] },
];

export function apiGuide(): string {
  const e = env();
  const codes = Object.entries(errorStatus)
    .map(([code, status]) => `| \`${code}\` | ${status} |`)
    .join('\n');
  return `Statistics for basketball, golf and American football, as JSON over HTTPS. Every example response on this page was recorded from a Statline server running its demo data (\`npm run docs:examples\`).

## Authentication
Reading public data needs no credentials. To act as yourself, or to get your own budget of requests, send an **API key**: sign in, open [Settings → API keys](/settings/api-keys), create a key (\`read\` calls read endpoints; \`write\` calls both) and copy it — it is shown once. Send it on every request:

\`\`\`
Authorization: Bearer sl_…
\`\`\`

A key acts as its owner, with the owner's role. Browsers use the session cookie (\`next-auth.session-token\`) set by signing in; endpoints marked *session only* (managing API keys, accounts) refuse API keys. In the curl examples, \`$STATLINE_URL\` is your server's address and \`$STATLINE_API_KEY\` your key.

## Rate limits
Budgets per minute on this server: **${e.RATE_LIMIT_API_KEY_PER_MIN}** requests per API key, **${e.RATE_LIMIT_USER_PER_MIN}** per signed-in user, **${e.RATE_LIMIT_ANON_PER_MIN}** per IP address without credentials, and **${e.RATE_LIMIT_SIGNIN_PER_MIN}** sign-in or sign-up attempts per address (plus ${e.RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR} per account per hour). Every response carries \`RateLimit-Limit\`, \`RateLimit-Remaining\` and \`RateLimit-Reset\` (seconds until the window resets). Over the budget the answer is \`429\` with \`Retry-After\` (seconds) and the error code \`rate_limited\`. At most ${e.SSE_MAX_PER_CLIENT} event streams may be open per caller on one server.

## Responses and pagination
Bodies are \`{ "data": …, "meta": … }\` with snake_case fields. Lists take \`cursor\` and \`per_page\` (1–100, default 25) and answer \`meta.next_cursor\`: pass it back as \`cursor\` until it is \`null\`. The order is stable, so rows added meanwhile are never skipped or repeated. Array filters repeat the key: \`team_ids[]=1&team_ids[]=2\`. Public data carries an \`ETag\`; send it back in \`If-None-Match\` for a \`304\`.

## Errors
Every error is \`{ "error": { "code", "message", "details"?, "requestId" } }\`. \`validation_failed\` lists each bad field in \`details\` as \`{ location, path, message }\`. Send \`X-Request-Id\` to trace a call; it is echoed back (and made for you if absent).

| code | status |
| --- | --- |
${codes}

## Live streams (SSE)
Endpoints ending in \`/stream\` answer \`text/event-stream\`: each event's \`id\` is its sequence number in the game's or round's log, \`event\` its type and \`data\` JSON. Reconnect with \`Last-Event-ID\` (browsers' \`EventSource\` does it for you) or \`?after_seq=\` to get what you missed; \`: ping\` comments keep idle connections open. With curl, pass \`-N\` so output is not buffered.`;
}
