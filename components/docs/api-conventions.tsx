import { errorStatus } from '@/lib/api/errors';

export function ApiConventions() {
  return (
    <section className="space-y-4 text-sm leading-6">
      <h2 className="text-xl font-semibold">Conventions</h2>
      <h3 className="font-semibold">Authentication</h3>
      <p>
        Create a key under{' '}
        <a href="/settings/api-keys" className="text-brand-600 hover:underline dark:text-brand-500">
          Settings → API keys
        </a>{' '}
        and send it as <code>Authorization: Bearer sl_…</code>. A <code>read</code> key calls read endpoints; a <code>write</code>{' '}
        key calls both. Keys act as their owner, with the owner&apos;s role. Browsers use the session cookie set by signing in;
        programs may also sign in through <code>/api/auth/csrf</code> then <code>/api/auth/callback/credentials</code>.
      </p>
      <h3 className="font-semibold">Responses and errors</h3>
      <p>
        Bodies are <code>{'{ "data": …, "meta": … }'}</code> with snake_case fields. Errors are{' '}
        <code>{'{ "error": { "code", "message", "details"?, "requestId" } }'}</code>; validation errors list each bad field in{' '}
        <code>details</code>. Send <code>X-Request-Id</code> to trace a call; it is echoed back.
      </p>
      <table className="text-left">
        <thead>
          <tr>
            <th className="pr-6">code</th>
            <th>status</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(errorStatus).map(([code, status]) => (
            <tr key={code}>
              <td className="pr-6 font-mono">{code}</td>
              <td>{status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="font-semibold">Pagination</h3>
      <p>
        Lists take <code>cursor</code> and <code>per_page</code> (at most 100) and answer <code>meta.next_cursor</code>; pass it
        back as <code>cursor</code> until it is null. Order is stable. Array filters repeat the key:{' '}
        <code>team_ids[]=1&amp;team_ids[]=2</code>.
      </p>
      <h3 className="font-semibold">Rate limits</h3>
      <p>
        Per minute: 100 requests per API key, 120 per signed-in user, 60 per IP address without credentials, and a stricter budget
        for sign-in attempts (the operator may change these). Every response carries <code>RateLimit-Limit</code>,{' '}
        <code>RateLimit-Remaining</code> and <code>RateLimit-Reset</code> (seconds); over the limit you get 429 with{' '}
        <code>Retry-After</code>.
      </p>
    </section>
  );
}
