// next-auth answers every refused credentials sign-in with 401 and the reason in a URL. A program
// signing in (`json=true`) should see a throttle as 429 and a paused guard as 503, with Retry-After.
import { SIGN_IN_REFUSED } from './sign-in-limits';

const statusOf: Record<string, { status: number; retryAfter: string }> = {
  [SIGN_IN_REFUSED.tooMany]: { status: 429, retryAfter: '60' },
  [SIGN_IN_REFUSED.unavailable]: { status: 503, retryAfter: '5' },
};

/** The same response with the status its refusal reason calls for; any other response unchanged. */
export async function withRefusalStatus(res: Response): Promise<Response> {
  if (res.status !== 401 || !res.headers.get('content-type')?.startsWith('application/json')) return res;
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { url?: unknown } | null;
  if (typeof body?.url !== 'string') return res;
  const reason = URL.canParse(body.url) ? new URL(body.url).searchParams.get('error') : null;
  const mapped = reason ? statusOf[reason] : undefined;
  if (!mapped) return res;
  const headers = new Headers(res.headers);
  headers.set('retry-after', mapped.retryAfter);
  return new Response(res.body, { status: mapped.status, headers });
}
