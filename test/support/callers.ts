// Test callers: one user per role with a session cookie, read and write API keys, and callers whose
// rights come from scoped grants.
import { encode } from 'next-auth/jwt';
import { createApiKey } from '../../lib/auth/api-keys';
import type { Role } from '../../lib/auth/roles';
import { authSecret } from '../../lib/auth/secret';
import { createUser } from '../../lib/auth/users';
import type { Db } from '../../lib/db/client';

export interface Caller {
  name: string;
  userId?: string;
  headers: Record<string, string>;
}

/** Callers whose rights come from grants in a scope (see setUpWriteMatrix for the scopes). */
export const scopedCallerNames = ['league admin', 'other coach', 'scorekeeper', 'parent', 'other parent', 'coach key'] as const;
export type ScopedCallerName = (typeof scopedCallerNames)[number];

export async function sessionCookie(userId: string, role: Role): Promise<string> {
  const token = await encode({ token: { sub: userId, role }, secret: authSecret() });
  return `next-auth.session-token=${token}`;
}

let n = 0;
export async function makeUser(db: Db, role: Role) {
  n++;
  return createUser(db, {
    email: `${role}${n}-${Date.now()}@example.com`,
    name: `${role} ${n}`,
    password: 'correct horse battery',
    role,
  });
}

export async function makeCallers(db: Db) {
  const anonymous: Caller = { name: 'anonymous', headers: {} };
  const sessions: Record<Role, Caller> = {} as Record<Role, Caller>;
  for (const role of ['admin', 'coach', 'player', 'fan'] as const) {
    const user = await makeUser(db, role);
    sessions[role] = { name: role, userId: user.id, headers: { cookie: await sessionCookie(user.id, role) } };
  }
  // Accounts whose reach comes from scoped grants (given in setUpWriteMatrix): self-signed-up players
  // invited into a role, and a coach of another team. The coach's own write key acts in the coach's scope.
  const scopedCaller = async (name: ScopedCallerName, role: Role): Promise<Caller> => {
    const user = await makeUser(db, role);
    return { name, userId: user.id, headers: { cookie: await sessionCookie(user.id, role) } };
  };
  const coachKey = await createApiKey(db, sessions.coach.userId ?? '', 'coach write', 'write');
  const scoped: Record<ScopedCallerName, Caller> = {
    'league admin': await scopedCaller('league admin', 'player'),
    'other coach': await scopedCaller('other coach', 'coach'),
    scorekeeper: await scopedCaller('scorekeeper', 'player'),
    parent: await scopedCaller('parent', 'player'),
    'other parent': await scopedCaller('other parent', 'player'),
    'coach key': { name: 'coach key', userId: sessions.coach.userId, headers: { authorization: `Bearer ${coachKey.key}` } },
  };
  const keyOwner = await makeUser(db, 'fan');
  const readKey = await createApiKey(db, keyOwner.id, 'read', 'read');
  const writeKey = await createApiKey(db, keyOwner.id, 'write', 'write');
  return {
    anonymous,
    sessions,
    scoped,
    readKey: { name: 'read key', userId: keyOwner.id, headers: { authorization: `Bearer ${readKey.key}` } } as Caller,
    writeKey: { name: 'write key', userId: keyOwner.id, headers: { authorization: `Bearer ${writeKey.key}` } } as Caller,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: route handlers differ only in their params' type
type Handler = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;

/** Calls a route handler the way Next does. */
export async function call(
  handler: Handler,
  opts: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: unknown;
    /** A body sent as it is: text, or the bytes of a file. */
    rawBody?: string | Uint8Array;
    params?: Record<string, string>;
  } = {},
): Promise<Response> {
  const raw = typeof opts.rawBody === 'object' ? new Uint8Array(opts.rawBody) : opts.rawBody;
  const body = raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  const req = new Request(`http://localhost${opts.path ?? '/api/v1/x'}`, {
    method: opts.method ?? 'GET',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...opts.headers },
    body,
  });
  return handler(req, { params: Promise.resolve(opts.params ?? {}) });
}
