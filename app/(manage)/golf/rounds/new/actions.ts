'use server';

// Finds a playing partner's account by email for the start-round form (the API takes account ids).
// Signed-in golfers only, counted, and only people who let themselves be found (lib/auth/account-lookup.ts).
import { findPartnerByEmail as lookUp, type PartnerLookup } from '@/lib/auth/account-lookup';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

export type { PartnerLookup };

export async function findPartnerByEmail(email: string): Promise<PartnerLookup> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: 'Sign in again to add partners.' };
  return lookUp(await getDb(), user, email);
}
