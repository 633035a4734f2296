'use client';

// Follow / Following on a league, team, player or golfer page. Signed-out visitors get a link to
// sign in instead (the page passes signedIn); the API refuses what cannot be followed.
import Link from 'next/link';
import { useState } from 'react';

export function FollowButton({
  kind,
  targetId,
  followId: initial,
  signedIn,
  label,
}: {
  kind: 'league' | 'team' | 'player' | 'golfer';
  targetId: string | number;
  followId: number | null;
  signedIn: boolean;
  /** What is followed, for the button's accessible name. */
  label: string;
}) {
  const [followId, setFollowId] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!signedIn) {
    return (
      <Link
        href="/sign-in"
        className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Sign in to follow
      </Link>
    );
  }
  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      if (followId === null) {
        const res = await fetch('/api/v1/me/follows', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ target_kind: kind, target_id: String(targetId) }),
        });
        const body = await res.json().catch(() => null);
        if (!res.ok) throw new Error(body?.error?.message ?? 'Could not follow.');
        setFollowId(body.data.id);
      } else {
        const res = await fetch(`/api/v1/me/follows/${followId}`, { method: 'DELETE' });
        if (!res.ok && res.status !== 404) throw new Error('Could not unfollow.');
        setFollowId(null);
      }
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }
  const following = followId !== null;
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={toggle}
        disabled={busy}
        aria-pressed={following}
        aria-label={following ? `Unfollow ${label}` : `Follow ${label}`}
        data-testid="follow-button"
        className={
          following
            ? 'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800'
            : 'rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60'
        }
      >
        {following ? 'Following' : 'Follow'}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </span>
  );
}
