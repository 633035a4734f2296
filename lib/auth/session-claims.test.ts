import { encode } from 'next-auth/jwt';
import { beforeAll, describe, expect, it } from 'vitest';
import { authSecret } from './secret';
import { sessionClaims } from './session-claims';

const SECRET = 'session-claims-test-secret-0123456789';

describe('sessionClaims', () => {
  beforeAll(() => {
    (globalThis as Record<symbol, unknown>)[Symbol.for('statline.authSecret')] = SECRET;
    expect(authSecret()).toBe(SECRET);
  });

  it('returns the same claims for a token seen before, without decrypting it again', async () => {
    const token = await encode({ token: { sub: 'u1', role: 'admin' }, secret: SECRET });
    const first = await sessionClaims(token);
    expect(first?.sub).toBe('u1');
    expect(await sessionClaims(token)).toBe(first);
  });

  it('refuses a token the secret does not verify', async () => {
    const token = await encode({ token: { sub: 'u2' }, secret: 'another-secret-entirely-0123456789' });
    expect(await sessionClaims(token)).toBeNull();
  });

  it('refuses a cached token once it has expired', async () => {
    const token = await encode({ token: { sub: 'u3' }, secret: SECRET, maxAge: 1 });
    expect((await sessionClaims(token))?.sub).toBe('u3');
    await new Promise((r) => setTimeout(r, 1100));
    expect(await sessionClaims(token)).toBeNull();
  });
});
