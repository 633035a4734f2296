// Signs in the way next-auth does (the credentials provider's authorize, then the jwt callback), so a
// test holds a real, versioned session cookie rather than a hand-made token.
import type { JWT } from 'next-auth/jwt';
import { encode } from 'next-auth/jwt';
import { authOptions } from '../../lib/auth/options';
import { authSecret } from '../../lib/auth/secret';

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

/** The session token and cookie for a correct email and password; throws 'sign-in refused' otherwise. */
export async function signIn(email: string, password = 'correct horse battery'): Promise<{ token: JWT; cookie: string }> {
  const options = authOptions();
  const authorize = (options.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
  const user = await authorize({ email, password }, { headers: {} });
  if (!user) throw new Error('sign-in refused');
  const jwt = options.callbacks?.jwt as unknown as (p: { token: JWT; user: unknown }) => Promise<JWT> | JWT;
  const token = await jwt({ token: {}, user });
  const cookie = `next-auth.session-token=${await encode({ token, secret: authSecret() })}`;
  return { token, cookie };
}
