// The brute-force guard in front of every password check. All budgets are counted in one round trip
// and the guard fails CLOSED: when the counters cannot be reached in time, nobody's password is
// checked (a saturated Redis must not be the way past the limit).
import { hitRateLimits } from '@/lib/cache/rate-limit';
import { env } from '@/lib/env';

/** next-auth puts an authorize() error's message in the sign-in URL (`?error=`); the form maps it to text. */
export const SIGN_IN_REFUSED = { tooMany: 'TooManyAttempts', unavailable: 'SignInUnavailable' } as const;

/** The sign-in error (`?error=`) of a disabled account whose password was right. */
export const ACCOUNT_DISABLED = 'AccountDisabled';

export class SignInRefused extends Error {
  constructor(
    readonly reason: keyof typeof SIGN_IN_REFUSED,
    readonly retryAfterSeconds: number,
  ) {
    super(SIGN_IN_REFUSED[reason]);
    this.name = 'SignInRefused';
  }
}

/** Counts one attempt on `email` from `ip`; throws SignInRefused when it must not reach the password check. */
export async function guardSignIn(email: string, ip: string | null): Promise<void> {
  const e = env();
  const account = email.trim().toLowerCase();
  const address = ip ?? 'unknown';
  const result = await hitRateLimits(
    [
      { key: `signin:ip:${address}`, limit: e.RATE_LIMIT_SIGNIN_PER_MIN, windowSeconds: 60 },
      // Per account *and* address: a stranger's failures cannot lock the owner out elsewhere…
      { key: `signin:email:${account}:${address}`, limit: e.RATE_LIMIT_SIGNIN_PER_MIN, windowSeconds: 60 },
      // …but an attacker with many addresses (a botnet, or a spoofing bug) is still held per account,
      // at the cost that such an attack can keep the owner out for the rest of the hour.
      { key: `signin:account:${account}`, limit: e.RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR, windowSeconds: 3600 },
    ],
    undefined,
    { onCacheFailure: 'closed' },
  );
  if (result.allowed) return;
  throw new SignInRefused(result.degraded ? 'unavailable' : 'tooMany', result.resetSeconds);
}
