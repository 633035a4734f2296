// The accounts an admin browses: newest first, optionally those whose email or name contains a text.
import { and, desc, ilike, isNull, or } from 'drizzle-orm';
import { users } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  createdAt: Date;
}

export async function listAccounts(db: Db, opts: { search?: string; limit: number }): Promise<AccountRow[]> {
  const text = opts.search?.trim();
  const pattern = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await db
    .select()
    .from(users)
    .where(and(isNull(users.deletedAt), pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined))
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(opts.limit);
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt,
  }));
}
