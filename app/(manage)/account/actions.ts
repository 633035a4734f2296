'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { clientIp } from '@/lib/auth/client-ip';
import { getCurrentUser } from '@/lib/auth/session';
import { guardSignIn, SignInRefused } from '@/lib/auth/sign-in-limits';
import { changePassword, setFindableByEmail, setGolfPublic } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { DomainError } from '@/lib/errors';

export async function saveFindableByEmail(findable: boolean): Promise<{ ok: boolean; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: 'Sign in again to change this.' };
  // A server action is an endpoint: its argument is whatever the caller sent.
  const parsed = z.boolean().safeParse(findable);
  if (!parsed.success) return { ok: false, message: 'Choose on or off.' };
  const ip = clientIp(new Headers(await headers()));
  await setFindableByEmail(await getDb(), { userId: user.id, ip }, parsed.data);
  return {
    ok: true,
    message: parsed.data ? 'Golfers who know your email can now add you to a round.' : 'No one can find you by email now.',
  };
}

export async function saveGolfPublic(golfPublic: boolean): Promise<{ ok: boolean; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: 'Sign in again to change this.' };
  const parsed = z.boolean().safeParse(golfPublic);
  if (!parsed.success) return { ok: false, message: 'Choose public or private.' };
  const ip = clientIp(new Headers(await headers()));
  await setGolfPublic(await getDb(), { userId: user.id, ip }, parsed.data);
  return {
    ok: true,
    message: parsed.data
      ? 'Your golf profile and rounds are public.'
      : 'Your golf profile and rounds are private: only you, the people you play with and admins see them.',
  };
}

const passwordChange = z.strictObject({ current: z.string().min(1).max(1000), next: z.string().max(1000) });

/**
 * A new password, given the current one. Every session ends, this one too: whoever knew the old
 * password may be signed in somewhere. Wrong current passwords count against the sign-in limits.
 */
export async function changeOwnPassword(input: { current: string; next: string }): Promise<{ ok: boolean; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: 'Sign in again to change your password.' };
  const parsed = passwordChange.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Enter your current password and a new one.' };
  const ip = clientIp(new Headers(await headers()));
  try {
    await guardSignIn(user.email, ip);
    await changePassword(
      await getDb(),
      { userId: user.id, ip },
      { currentPassword: parsed.data.current, newPassword: parsed.data.next },
    );
  } catch (err) {
    if (err instanceof SignInRefused) {
      return { ok: false, message: `Too many attempts. Try again in ${Math.max(1, Math.ceil(err.retryAfterSeconds / 60))} min.` };
    }
    if (err instanceof DomainError) {
      const detail = (err.details as { message: string }[] | undefined)?.map((d) => d.message).join('; ');
      return { ok: false, message: detail ? `The new password ${detail}.` : err.message };
    }
    throw err;
  }
  return { ok: true, message: 'Password changed. Every session has ended, this one too: sign in with the new password.' };
}
