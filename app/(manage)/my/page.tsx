import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { DigestChoice } from '@/components/notify/digest-choice';
import { LiveRefresh } from '@/components/notify/live-refresh';
import { MarkAllRead } from '@/components/notify/mark-all-read';
import { mailConfigured } from '@/lib/auth/mail';
import { requireUser } from '@/lib/auth/session';
import { type FeedGame, followFeed } from '@/lib/basketball/follow-feed';
import { getDb } from '@/lib/db';
import { visibleLeagueIds } from '@/lib/leagues/queries';
import { getDigest } from '@/lib/notify/digest-settings';
import { listFollows } from '@/lib/notify/follows';
import { listNotifications, unreadCount } from '@/lib/notify/inbox';
import { maskNotificationMinors } from '@/lib/notify/notification-privacy';
import { describeNotification } from '@/lib/notify/notification-text';

export const metadata: Metadata = { title: 'My Statline' };

const card = 'rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900';
const muted = 'text-sm text-zinc-600 dark:text-zinc-400';

function GameRow({ g }: { g: FeedGame }) {
  const href = g.status === 'live' ? `/basketball/live/${g.id}` : `/basketball/games/${g.id}`;
  const showScore = g.status !== 'scheduled';
  return (
    <li>
      <Link
        href={href}
        className="flex items-center justify-between gap-3 rounded-md px-2 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
        data-testid={`feed-game-${g.id}`}
      >
        <span className="min-w-0 flex-1">
          <span className="block truncate">
            {g.away.name}
            {showScore ? <strong className="ml-2 tabular-nums">{g.away.score ?? '–'}</strong> : null}
          </span>
          <span className="block truncate">
            {g.home.name}
            {showScore ? <strong className="ml-2 tabular-nums">{g.home.score ?? '–'}</strong> : null}
          </span>
        </span>
        <span className={`shrink-0 text-right ${muted}`}>
          {g.status === 'live' ? (
            <span className="font-medium text-red-700 dark:text-red-400">{g.period ? `Live · Q${g.period}` : 'Live'}</span>
          ) : (
            <>
              {g.status === 'final' ? 'Final · ' : ''}
              {g.date}
            </>
          )}
        </span>
      </Link>
    </li>
  );
}

function GameList({ title, games, empty, testId }: { title: string; games: FeedGame[]; empty: string; testId: string }) {
  return (
    <section className={card} data-testid={testId} aria-labelledby={`${testId}-h`}>
      <h2 id={`${testId}-h`} className="mb-2 font-semibold">
        {title}
      </h2>
      {games.length ? (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {games.map((g) => (
            <GameRow key={g.id} g={g} />
          ))}
        </ul>
      ) : (
        <p className={muted}>{empty}</p>
      )}
    </section>
  );
}

export default async function MyStatlinePage() {
  await connection();
  const user = await requireUser('/my');
  const db = await getDb();
  const visibleLeagues = await visibleLeagueIds(db, user);
  const today = new Date().toISOString().slice(0, 10);
  const [feed, notes, unread, follows, digest] = await Promise.all([
    followFeed(db, user, { visibleLeagues, today }),
    listNotifications(db, user.id, { limit: 20 }).then((rows) => maskNotificationMinors(db, user, rows)),
    unreadCount(db, user.id),
    listFollows(db, user.id),
    getDigest(db, user.id),
  ]);
  return (
    <div className="space-y-6">
      <LiveRefresh liveGameIds={feed.live.map((g) => g.id)} />
      <h1 className="text-2xl font-bold tracking-tight">My Statline</h1>
      {follows.length === 0 ? (
        <p className={muted} data-testid="no-follows">
          You follow nothing yet. Follow a league, team, player or golfer from their page and their games and milestones show up
          here.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <GameList title="Live now" games={feed.live} empty="No followed game is being played." testId="feed-live" />
          <GameList title="Upcoming" games={feed.upcoming} empty="No followed game is scheduled." testId="feed-upcoming" />
          <GameList title="Recent finals" games={feed.recent} empty="No followed game has finished yet." testId="feed-recent" />
        </div>
        <div className="space-y-6">
          <section className={card} aria-labelledby="notifications-h" data-testid="notifications">
            <div className="mb-2 flex items-center justify-between gap-2">
              <h2 id="notifications-h" className="font-semibold">
                Notifications{' '}
                <span className={muted} data-testid="unread-count">
                  ({unread} unread)
                </span>
              </h2>
              {unread > 0 ? <MarkAllRead /> : null}
            </div>
            {notes.length ? (
              <ul className="space-y-2">
                {notes.slice(0, 20).map((n) => {
                  const { text, href } = describeNotification(n);
                  return (
                    <li key={n.id} className="text-sm" data-testid="notification" data-kind={n.kind}>
                      {n.read ? null : (
                        <span className="mr-1 inline-block h-2 w-2 rounded-full bg-red-700" aria-label="unread" role="img" />
                      )}
                      {href ? (
                        <Link href={href} className="text-brand-700 hover:underline dark:text-brand-500">
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                      <span className={`block ${muted}`}>{new Date(n.created_at).toUTCString().slice(0, 22)}</span>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className={muted}>Nothing yet.</p>
            )}
          </section>
          <section id="email-digest" className={card} aria-labelledby="digest-h" data-testid="email-digest">
            <h2 id="digest-h" className="mb-2 font-semibold">
              Email
            </h2>
            {mailConfigured() ? (
              <DigestChoice initial={digest.frequency} />
            ) : (
              <p className={muted}>This site sends no email, so there are no digests.</p>
            )}
            <p className={`mt-2 ${muted}`}>A digest lists your unread notifications; you can turn it off here at any time.</p>
          </section>
          <section className={card} aria-labelledby="follows-h" data-testid="follows">
            <h2 id="follows-h" className="mb-2 font-semibold">
              Following
            </h2>
            <ul className="space-y-1 text-sm">
              {follows.map((f) => (
                <li key={f.id}>
                  <Link
                    href={followHref(f.target_kind, f.target_id)}
                    className="text-brand-700 hover:underline dark:text-brand-500"
                  >
                    {f.name ?? 'Gone'}
                  </Link>{' '}
                  <span className={muted}>{f.target_kind}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}

function followHref(kind: string, id: string): string {
  if (kind === 'team') return `/basketball/teams/${id}`;
  if (kind === 'player') return `/basketball/players/${id}`;
  if (kind === 'golfer') return `/golf/players/${id}`;
  return `/leagues`;
}
