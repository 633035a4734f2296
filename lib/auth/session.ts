// The signed-in user for pages and server actions (route handlers get it from the API wrapper).
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { type PrincipalUser, resolvePrincipal } from './principal';

export async function getCurrentUser(): Promise<PrincipalUser | null> {
  const h = new Headers(await headers());
  // Pages are for people: only the session cookie counts here, never a bearer key.
  h.delete('authorization');
  const principal = await resolvePrincipal(await getDb(), h);
  return principal.kind === 'anonymous' ? null : principal.user;
}

export async function requireUser(returnTo: string): Promise<PrincipalUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
