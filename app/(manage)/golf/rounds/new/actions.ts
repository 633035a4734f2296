'use server';

// Finds a playing partner's account by email for the start-round form (the API takes account ids).
// Signed-in golfers only; it says no more than whether the address has an account and its name.
import { getCurrentUser } from '@/lib/auth/session';
import { findUserByEmail } from '@/lib/auth/users';
import { getDb } from '@/lib/db';

export type PartnerLookup = { ok: true; id: string; name: string } | { ok: false; message: string };

export async function findPartnerByEmail(email: string): Promise<PartnerLookup> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: 'Sign in again to add partners.' };
  const address = String(email ?? '').trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(address) || address.length > 320) return { ok: false, message: 'Enter an email address.' };
  const found = await findUserByEmail(await getDb(), address);
  if (!found) return { ok: false, message: `No Statline account uses ${address}. Add them as a guest instead.` };
  if (found.id === user.id) return { ok: false, message: 'That is you: you are in the round already.' };
  return { ok: true, id: found.id, name: found.name };
}
