// Media rows and their bytes: upload through the app, presigned upload straight to the store and
// its completion, delete, look up. Every upload is charged to a team's quota.
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { bbGames, bbRosters, bbTeams, type Media, media } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { readAll, type Storage } from '@/lib/storage';
import { type Inspected, inspectUpload, THUMBNAIL_TYPE } from './inspect';
import { kindRules, type MediaKind, megabytes } from './kinds';

export interface MediaTarget {
  kind: MediaKind;
  teamId: number;
  playerId?: number;
  gameId?: number;
}

/** The row a `returning()` gave back (it always gives one for a row it wrote). */
function written(row: Media | undefined): Media {
  if (!row) throw new Error('media row not written');
  return row;
}

const PRESIGN_SECONDS = 15 * 60;
/**
 * A presigned upload not completed this long after it started is abandoned: its URL expired long ago
 * (an hour's slack for a slow completion), so its row stops holding quota and its bytes are deleted.
 */
export const ABANDONED_AFTER_SECONDS = PRESIGN_SECONDS + 60 * 60;
const keysOf = (teamId: number, id: string) => ({ file: `media/${teamId}/${id}`, thumbnail: `media/${teamId}/${id}.thumb.webp` });
const quotaBytes = () => env().MEDIA_TEAM_QUOTA_MB * 2 ** 20;

/** The subject must exist and belong to the team: a player on its roster, a game it plays in. */
export async function checkTarget(db: Db, t: MediaTarget): Promise<void> {
  if (t.playerId !== undefined && t.gameId !== undefined) {
    throw new DomainError('bad_request', 'Attach media to a player or to a game, not both.');
  }
  const [team] = await db.select({ id: bbTeams.id }).from(bbTeams).where(eq(bbTeams.id, t.teamId));
  if (!team) throw new DomainError('not_found', `No team has id ${t.teamId}.`);
  if (t.playerId !== undefined) {
    const [row] = await db
      .select({ p: bbRosters.playerId })
      .from(bbRosters)
      .where(and(eq(bbRosters.teamId, t.teamId), eq(bbRosters.playerId, t.playerId)))
      .limit(1);
    if (!row) throw new DomainError('not_found', `Player ${t.playerId} is not on team ${t.teamId}'s roster.`);
  }
  if (t.gameId !== undefined) {
    const [row] = await db
      .select({ id: bbGames.id })
      .from(bbGames)
      .where(and(eq(bbGames.id, t.gameId), or(eq(bbGames.homeTeamId, t.teamId), eq(bbGames.awayTeamId, t.teamId))));
    if (!row) throw new DomainError('not_found', `Game ${t.gameId} is not a game of team ${t.teamId}.`);
  }
}

/**
 * Inserts a pending row for `bytes` more of the team's quota, in a transaction that holds the team
 * row, so two uploads at once cannot both squeeze under the limit.
 */
async function reserve(db: Db, storage: Storage, ownerId: string, t: MediaTarget, bytes: number): Promise<Media> {
  let abandoned: Media[] = [];
  const row = await db.transaction(async (tx) => {
    await tx.select({ id: bbTeams.id }).from(bbTeams).where(eq(bbTeams.id, t.teamId)).for('update');
    // The team's abandoned uploads go first, under the same lock, so they never count against it.
    abandoned = await tx
      .delete(media)
      .where(
        and(
          eq(media.teamId, t.teamId),
          eq(media.status, 'pending'),
          lt(media.createdAt, sql`now() - make_interval(secs => ${ABANDONED_AFTER_SECONDS})`),
        ),
      )
      .returning();
    const [sum] = await tx
      .select({ used: sql<string>`coalesce(sum(${media.bytes}), 0)` })
      .from(media)
      .where(eq(media.teamId, t.teamId));
    const used = sum?.used ?? 0;
    const quota = quotaBytes();
    if (Number(used) + bytes > quota) {
      throw new DomainError(
        'payload_too_large',
        `Team ${t.teamId} would go over its media quota of ${megabytes(quota)} (${megabytes(Number(used))} used, this file is ${megabytes(bytes)}). Delete some media first.`,
        { quota_bytes: quota, used_bytes: Number(used), file_bytes: bytes },
      );
    }
    const id = crypto.randomUUID();
    const [row] = await tx
      .insert(media)
      .values({ id, ...t, ownerId, bytes, status: 'pending', storageKey: keysOf(t.teamId, id).file })
      .returning();
    return written(row);
  });
  // Whatever bytes an abandoned upload left in the store; a failure here leaves an orphan file, never a row.
  await Promise.allSettled(abandoned.map((a) => storage.delete(keysOf(a.teamId, a.id).file)));
  return row;
}

/** Stores checked (and cleaned) bytes for a row already reserved; the row ends ready. */
async function store(db: Db, storage: Storage, row: Media, inspected: Inspected): Promise<Media> {
  const keys = keysOf(row.teamId, row.id);
  await storage.put(keys.file, inspected.data, inspected.contentType);
  if (inspected.thumbnail) await storage.put(keys.thumbnail, inspected.thumbnail, THUMBNAIL_TYPE);
  const [ready] = await db
    .update(media)
    .set({
      status: 'ready',
      contentType: inspected.contentType,
      bytes: inspected.data.length,
      thumbnailKey: inspected.thumbnail ? keys.thumbnail : null,
      width: inspected.width ?? null,
      height: inspected.height ?? null,
    })
    .where(eq(media.id, row.id))
    .returning();
  return written(ready);
}

/** Forgets an upload that failed its checks: its row and whatever bytes reached the store. */
async function discard(db: Db, storage: Storage, row: Media): Promise<void> {
  const keys = keysOf(row.teamId, row.id);
  await Promise.all([storage.delete(keys.file), storage.delete(keys.thumbnail)]);
  await db.delete(media).where(eq(media.id, row.id));
}

/** An upload whose bytes came through the app (any driver). */
export async function uploadMedia(db: Db, storage: Storage, ownerId: string, t: MediaTarget, data: Buffer): Promise<Media> {
  // Refused before a row or a byte is written: wrong type or size costs nothing.
  const inspected = await inspectUpload(t.kind, data);
  const row = await reserve(db, storage, ownerId, t, inspected.data.length);
  try {
    return await store(db, storage, row, inspected);
  } catch (err) {
    await discard(db, storage, row);
    throw err;
  }
}

/** A presigned URL for the browser to PUT the file to; `completeUpload` then checks it. */
export async function startPresignedUpload(
  db: Db,
  storage: Storage,
  ownerId: string,
  t: MediaTarget,
  file: { bytes: number; contentType: string },
) {
  const rule = kindRules[t.kind];
  if (!rule.types.includes(file.contentType)) {
    throw new DomainError('unsupported_media_type', `A ${t.kind} must be ${rule.label} (${rule.types.join(', ')}).`);
  }
  if (file.bytes > rule.maxBytes) {
    throw new DomainError('payload_too_large', `A ${t.kind} may be at most ${megabytes(rule.maxBytes)}.`);
  }
  const row = await reserve(db, storage, ownerId, t, file.bytes);
  const upload = await storage.presignPut(row.storageKey, file.contentType, PRESIGN_SECONDS);
  return { row, upload };
}

/**
 * Reads a presigned upload back from the store and checks it as if it came through the app; a file
 * that is not what it should be is deleted and refused.
 */
export async function completeUpload(db: Db, storage: Storage, row: Media): Promise<Media> {
  if (row.status === 'ready') return row;
  const data = await readAll(storage, row.storageKey, kindRules[row.kind].maxBytes);
  if (data === 'missing') throw new DomainError('conflict', 'Nothing was uploaded yet: PUT the file to the upload URL first.');
  try {
    if (data === 'too_large') {
      throw new DomainError('payload_too_large', `A ${row.kind} may be at most ${megabytes(kindRules[row.kind].maxBytes)}.`);
    }
    if (data.length > row.bytes) {
      throw new DomainError(
        'payload_too_large',
        `The file is larger than the ${row.bytes} bytes announced when the upload started.`,
      );
    }
    return await store(db, storage, row, await inspectUpload(row.kind, data));
  } catch (err) {
    await discard(db, storage, row);
    throw err;
  }
}

export async function deleteMedia(db: Db, storage: Storage, row: Media): Promise<void> {
  await discard(db, storage, row);
}

export async function getMedia(db: Db, id: string): Promise<Media | undefined> {
  const [row] = await db.select().from(media).where(eq(media.id, id));
  return row;
}

/** Ready media of a team, a player or a game (each optional filter narrows), newest first. */
export async function listMedia(
  db: Db,
  filter: { teamId?: number; playerId?: number; gameId?: number; kinds?: MediaKind[]; before?: Date; limit: number },
): Promise<Media[]> {
  return db
    .select()
    .from(media)
    .where(
      and(
        eq(media.status, 'ready'),
        filter.teamId === undefined ? undefined : eq(media.teamId, filter.teamId),
        filter.playerId === undefined ? undefined : eq(media.playerId, filter.playerId),
        filter.gameId === undefined ? undefined : eq(media.gameId, filter.gameId),
        filter.kinds ? inArray(media.kind, filter.kinds) : undefined,
        filter.before ? lt(media.createdAt, filter.before) : undefined,
      ),
    )
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(filter.limit);
}
