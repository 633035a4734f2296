// INCR and its TTL in one round trip and atomically: a crash between INCR and PEXPIRE
// would otherwise leave a counter that never expires (a rate limit that never resets).
// PEXPIRE runs only when the key is new (fixed window) – or when it somehow has no TTL.
// One script takes any number of counters, so a check of several budgets (a sign-in counts per
// address and per account) is still a single round trip. ARGV[i] is KEYS[i]'s window in ms.
export const INCR_SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  local ttl = tonumber(ARGV[i])
  if ttl > 0 and (count == 1 or redis.call('PTTL', key) == -1) then
    redis.call('PEXPIRE', key, ttl)
  end
  out[#out + 1] = count
  out[#out + 1] = redis.call('PTTL', key)
end
return out
`;

export interface IncrResult {
  count: number;
  ttlMs: number;
}

/** The script's flat [count, pttl, count, pttl, …] reply, one pair per key asked for. */
export function parseIncrReply(reply: unknown, keys = 1): IncrResult[] {
  const bad = () => new Error(`unexpected INCR reply: ${JSON.stringify(reply)}`);
  if (!Array.isArray(reply) || reply.length !== keys * 2) throw bad();
  const results: IncrResult[] = [];
  for (let i = 0; i < reply.length; i += 2) {
    const count = Number(reply[i]);
    const ttlMs = Number(reply[i + 1]);
    if (!Number.isFinite(count) || !Number.isFinite(ttlMs)) throw bad();
    results.push({ count, ttlMs });
  }
  return results;
}

export function firstIncr(results: IncrResult[]): IncrResult {
  const [first] = results;
  if (!first) throw new Error('INCR returned nothing');
  return first;
}

export function ttlArg(ttlSeconds: number | undefined): string {
  return String(ttlSeconds && ttlSeconds > 0 ? Math.round(ttlSeconds * 1000) : 0);
}
