import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { withRefusalStatus } from '@/lib/auth/sign-in-response';

// Built per request so the generated secret (lib/auth/secret.ts) is read at run time, not at build.
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return withRefusalStatus(await NextAuth(authOptions())(req, ctx));
}

export { handler as GET, handler as POST };
