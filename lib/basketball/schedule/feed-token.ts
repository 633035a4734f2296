// A member's own calendar address for a members-only league: calendar apps send no cookies, so the
// feed URL carries `?token=<user id>.<HMAC>` signed with the site's secret. The token stands for the
// account (what it may see is checked on every fetch), and stops working when the account is disabled.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import { findUserById } from '@/lib/auth/users';
import type { Db } from '@/lib/db/client';
import type { Viewer } from '@/lib/leagues/queries';

function signature(userId: string): string {
  return createHmac('sha256', authSecret()).update(`calendar-feed:${userId}`).digest('base64url');
}

export function feedToken(userId: string): string {
  return `${userId}.${signature(userId)}`;
}

/** The account a token stands for, or null (a bad token, or a disabled or deleted account). */
export async function viewerOfToken(db: Db, token: string): Promise<Viewer> {
  const dot = token.lastIndexOf('.');
  const userId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const wanted = Buffer.from(signature(userId));
  if (dot <= 0 || given.length !== wanted.length || !timingSafeEqual(given, wanted)) return null;
  const user = await findUserById(db, userId);
  return user && !user.disabledAt ? { id: user.id, role: user.role } : null;
}

/** A feed's address for a page's Subscribe link: a members-only league's carries the reader's own token. */
export function subscribePath(path: string, league: { visibility: string } | null | undefined, reader: Viewer): string {
  return league?.visibility === 'members' && reader ? `${path}?token=${encodeURIComponent(feedToken(reader.id))}` : path;
}
