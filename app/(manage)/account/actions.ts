'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { clientIp } from '@/lib/auth/client-ip';
import { getCurrentUser } from '@/lib/auth/session';
import { setFindableByEmail } from '@/lib/auth/users';
import { getDb } from '@/lib/db';

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
