// next-auth v4: email + password credentials, JWT sessions carrying the user's id and role.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit';
import { getDb } from '@/lib/db';
import { clientIp } from './client-ip';
import type { Role } from './roles';
import { sameOriginPath } from './safe-redirect';
import { authSecret } from './secret';
import { claimedVersion, endSessions, SESSION_VERSION_CLAIM } from './sessions';
import { ACCOUNT_DISABLED, guardSignIn } from './sign-in-limits';
import { verifyCredentials } from './users';

const credentials = z.object({ email: z.string().trim().email().max(320), password: z.string().min(1).max(1000) });

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    events: {
      async signOut({ token }) {
        if (token?.sub) await endSessions(await getDb(), token.sub, 'account.sign-out', claimedVersion(token));
      },
    },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(raw, req) {
          const parsed = credentials.safeParse(raw);
          if (!parsed.success) return null;
          const ip = clientIp(new Headers(req?.headers as Record<string, string> | undefined));
          await guardSignIn(parsed.data.email, ip);
          const db = await getDb();
          const user = await verifyCredentials(db, parsed.data.email, parsed.data.password);
          if (!user) return null;
          // Only someone with the right password learns the account is disabled.
          if (user.disabledAt) throw new Error(ACCOUNT_DISABLED);
          await recordAudit(db, { actorId: user.id, action: 'account.sign-in', targetType: 'user', targetId: user.id, ip });
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      redirect({ url, baseUrl }) {
        return `${baseUrl}${sameOriginPath(url, baseUrl)}`;
      },
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = (user as { role?: Role }).role;
          token[SESSION_VERSION_CLAIM] = (user as { sessionVersion?: number }).sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) Object.assign(session.user, { id: token.sub, role: token.role });
        return session;
      },
    },
  };
}
