// What pages show of a team's or a player's media, and whether the reader may add to it.

import { authorize } from '@/lib/auth/permissions';
import type { PrincipalUser } from '@/lib/auth/principal';
import type { Db } from '@/lib/db/client';
import { listMedia } from './service';
import { mediaJson } from './view';

/** The team's newest logo, as the API shows it; undefined when it has none. */
export async function teamLogo(db: Db, teamId: number) {
  const [logo] = await listMedia(db, { teamId, kinds: ['logo'], limit: 1 });
  return logo ? mediaJson(logo) : undefined;
}

/** The newest photo of the player; undefined when there is none. */
export async function playerPhoto(db: Db, playerId: number) {
  const [photo] = await listMedia(db, { playerId, kinds: ['photo'], limit: 1 });
  return photo ? mediaJson(photo) : undefined;
}

/** May this reader upload media for the team (an admin, or one of its coaches)? */
export async function mayUploadFor(db: Db, user: PrincipalUser | null, teamId: number): Promise<boolean> {
  return user ? authorize(db, user, 'media:upload', { kind: 'teams', teamIds: [teamId] }) : false;
}
