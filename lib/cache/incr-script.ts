// INCR and its TTL in one round trip and atomically: a crash between INCR and PEXPIRE
// would otherwise leave a counter that never expires (a rate limit that never resets).
// PEXPIRE runs only when the key is new (fixed window) – or when it somehow has no TTL.
export const INCR_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = tonumber(ARGV[1])
if ttl > 0 and (count == 1 or redis.call('PTTL', KEYS[1]) == -1) then
  redis.call('PEXPIRE', KEYS[1], ttl)
end
return {count, redis.call('PTTL', KEYS[1])}
`;

export function parseIncrReply(reply: unknown): { count: number; ttlMs: number } {
  if (!Array.isArray(reply) || reply.length !== 2) throw new Error(`unexpected INCR reply: ${JSON.stringify(reply)}`);
  const count = Number(reply[0]);
  const ttlMs = Number(reply[1]);
  if (!Number.isFinite(count) || !Number.isFinite(ttlMs)) throw new Error(`unexpected INCR reply: ${JSON.stringify(reply)}`);
  return { count, ttlMs };
}

export function ttlArg(ttlSeconds: number | undefined): string {
  return String(ttlSeconds && ttlSeconds > 0 ? Math.round(ttlSeconds * 1000) : 0);
}
