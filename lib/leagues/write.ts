// Creating and changing leagues, each in one transaction with its audit row.
import { eq } from 'drizzle-orm';
import { type League, leagues, roleGrants } from '@/drizzle/schema';
import { type AuditActor, recordAudit } from '@/lib/audit';
import { invalidateTags } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { sqlState } from '@/lib/db/errors';
import { DomainError } from '@/lib/errors';
import { LEAGUES_TAG } from './queries';
import { type LeagueInput, type LeagueUpdate, slugify } from './schemas';

const slugTaken = (slug: string) =>
  new DomainError('conflict', `The slug "${slug}" is taken: pick another.`, { field: 'slug', slug });

/** A new league; its creator becomes its first league admin. */
export async function createLeague(db: Db, actor: AuditActor, input: LeagueInput): Promise<League> {
  const slug = input.slug ?? slugify(input.name);
  try {
    return await db.transaction(async (tx) => {
      const [league] = await tx
        .insert(leagues)
        .values({
          slug,
          name: input.name,
          sport: input.sport,
          level: input.level,
          seasonFormat: input.season_format,
          visibility: input.visibility,
          ruleSet: input.rule_set ?? null,
          createdBy: actor.userId,
        })
        .returning();
      if (!league) throw new Error('insert returned no row');
      await tx
        .insert(roleGrants)
        .values({ userId: actor.userId, role: 'league_admin', scopeKind: 'league', scopeId: league.id, grantedBy: actor.userId });
      await recordAudit(tx, {
        actorId: actor.userId,
        requestId: actor.requestId,
        ip: actor.ip ?? null,
        action: 'league.create',
        targetType: 'league',
        targetId: String(league.id),
        details: { ...input, slug },
      });
      return league;
    });
  } catch (err) {
    throw sqlState(err) === '23505' ? slugTaken(slug) : err;
  } finally {
    await invalidateTags([LEAGUES_TAG]);
  }
}

export async function updateLeague(db: Db, actor: AuditActor, id: number, change: LeagueUpdate): Promise<League> {
  try {
    return await db.transaction(async (tx) => {
      const [league] = await tx
        .update(leagues)
        .set({
          ...(change.name !== undefined && { name: change.name }),
          ...(change.slug !== undefined && { slug: change.slug }),
          ...(change.level !== undefined && { level: change.level }),
          ...(change.season_format !== undefined && { seasonFormat: change.season_format }),
          ...(change.visibility !== undefined && { visibility: change.visibility }),
          ...(change.rule_set !== undefined && { ruleSet: change.rule_set }),
        })
        .where(eq(leagues.id, id))
        .returning();
      if (!league) throw new DomainError('not_found', `No league ${id}.`);
      await recordAudit(tx, {
        actorId: actor.userId,
        requestId: actor.requestId,
        ip: actor.ip ?? null,
        action: 'league.update',
        targetType: 'league',
        targetId: String(id),
        details: change,
      });
      return league;
    });
  } catch (err) {
    throw sqlState(err) === '23505' ? slugTaken(change.slug ?? '') : err;
  } finally {
    await invalidateTags([LEAGUES_TAG]);
  }
}

/** The account's own "Pickup games" league, made on first use (two racing calls make one). */
export async function pickupLeague(db: Db, userId: string): Promise<League> {
  const [found] = await db.select().from(leagues).where(eq(leagues.pickupOwnerId, userId)).limit(1);
  if (found) return found;
  await db
    .insert(leagues)
    .values({
      slug: `pickup-${userId.replaceAll('-', '')}`,
      name: 'Pickup games',
      sport: 'basketball',
      level: 'adult_amateur',
      seasonFormat: 'split',
      visibility: 'public',
      pickupOwnerId: userId,
      createdBy: userId,
    })
    .onConflictDoNothing();
  await invalidateTags([LEAGUES_TAG]);
  const [row] = await db.select().from(leagues).where(eq(leagues.pickupOwnerId, userId)).limit(1);
  if (!row) throw new Error('pickup league missing after insert');
  return row;
}
