// Every environment variable Statline reads, validated once. A typo fails at start with its name.
import { z } from 'zod';
import { isTimeZone } from './dates';

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(`${p}://`)), {
      message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

const intFromString = (def: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return def;
      const n = /^\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}` });
        return z.NEVER;
      }
      return n;
    });

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
  DATABASE_POOL_MAX: intFromString(10, 1, 200),
  PGLITE_DIR: z.string().min(1).default('./.data/pglite'),
  REDIS_URL: optionalUrl(['redis', 'rediss']),
  UPSTASH_REDIS_REST_URL: optionalUrl(['http', 'https']),
  UPSTASH_REDIS_REST_TOKEN: z.string().optional(),
  CACHE_PREFIX: z
    .string()
    .regex(/^[a-z0-9:_-]*$/i, 'may hold only letters, digits, ":", "_" and "-"')
    .default('statline'),
  CACHE_MAX_ENTRIES: intFromString(5000, 10, 10_000_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
  SHUTDOWN_GRACE_MS: intFromString(3000, 0, 120_000),
  // How long a draining replica must see no request before it exits early (the grace is the cap):
  // traffic still arriving means the load balancer has not yet moved away from it.
  SHUTDOWN_IDLE_MS: intFromString(500, 0, 120_000),
  // Open event streams per caller (API key, user, or else address) on one replica: each holds a
  // socket and memory for as long as it lives.
  SSE_MAX_PER_CLIENT: intFromString(20, 1, 100_000),
  // Bytes of events a stream queues for a client that stopped reading; past it the stream pauses and later resumes by seq.
  SSE_MAX_UNREAD_BYTES: intFromString(262_144, 1024, 67_108_864),
  // A comment line on idle streams, so proxies with an idle timeout keep them open.
  SSE_HEARTBEAT_MS: intFromString(15_000, 100, 600_000),
  NEXTAUTH_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  STATLINE_DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('statline-demo'),
  RATE_LIMIT_API_KEY_PER_MIN: intFromString(100, 1, 1_000_000),
  RATE_LIMIT_USER_PER_MIN: intFromString(120, 1, 1_000_000),
  RATE_LIMIT_ANON_PER_MIN: intFromString(60, 1, 1_000_000),
  RATE_LIMIT_SIGNIN_PER_MIN: intFromString(10, 1, 1_000_000),
  // Per account whatever the address: the brute-force guard that rotating addresses cannot dodge.
  RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR: intFromString(30, 1, 1_000_000),
  // Answers that say whether an email has an account: partner searches per user, sign-ups per address.
  RATE_LIMIT_ACCOUNT_LOOKUPS_PER_HOUR: intFromString(20, 1, 1_000_000),
  // Password-reset mails asked for one address: enough to retry, too few to fill someone's inbox.
  RATE_LIMIT_PASSWORD_RESETS_PER_HOUR: intFromString(5, 1, 1_000_000),
  // Where mail goes out (smtp://user:pass@host:587, smtps:// for TLS); unset, no mail is sent and an
  // admin hands out password-reset links instead.
  SMTP_URL: optionalUrl(['smtp', 'smtps']),
  MAIL_FROM: z.string().trim().min(3).default('Statline <no-reply@statline.invalid>'),
  // How many proxies in front of the app append to X-Forwarded-For; the client is that many from the
  // right. 0: no proxy, the TCP peer is the client and forwarding headers are ignored.
  TRUSTED_PROXY_HOPS: intFromString(0, 0, 10),
  // When set, /api/metrics asks for "Authorization: Bearer <token>".
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // Origins allowed to call /api/v1 from a browser, comma-separated ("*" for any).
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  NEXTAUTH_URL: optionalUrl(['http', 'https']),
  // The zone whose calendar says what "today" is for venues and leagues that do not name their own.
  DEFAULT_TIME_ZONE: z
    .string()
    .trim()
    .default('UTC')
    .refine(isTimeZone, { message: 'must be a time zone name such as UTC or America/New_York' }),
  // Uploaded media (logos, photos, videos, documents): a folder on local disk unless S3_BUCKET is set.
  MEDIA_DIR: z.string().min(1).default('./.data/media'),
  // Bytes of media one team may hold, in MB (every kind counted together).
  MEDIA_TEAM_QUOTA_MB: intFromString(500, 1, 10_000_000),
  // Any S3-compatible store (AWS, MinIO, R2…). S3_ENDPOINT is unset for AWS itself.
  S3_ENDPOINT: optionalUrl(['http', 'https']),
  S3_BUCKET: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name: 3 to 63 lower-case letters, digits, "." or "-"')
    .optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Address the bucket as a path (endpoint/bucket/key), as MinIO and most self-hosted stores need.
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment: ${problems.join('; ')}`);
    this.name = 'EnvError';
  }
}

/** Parses a variables map; throws EnvError whose message names each bad variable on one line. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty or blank variable means "not set" (as in `FOO= npm start`), so defaults apply.
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = envSchema.safeParse(given);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
  // Pairs are checked on the raw input, so they are reported together with any other problem.
  const url = given.UPSTASH_REDIS_REST_URL;
  const token = given.UPSTASH_REDIS_REST_TOKEN;
  if (url && !token) problems.push('UPSTASH_REDIS_REST_TOKEN is required when UPSTASH_REDIS_REST_URL is set');
  if (token && !url) problems.push('UPSTASH_REDIS_REST_URL is required when UPSTASH_REDIS_REST_TOKEN is set');
  // Replicas must sign sessions with one shared secret; a generated per-machine one would not do.
  if (given.DATABASE_URL && given.NODE_ENV === 'production' && !given.NEXTAUTH_SECRET) {
    problems.push('NEXTAUTH_SECRET is required in production with DATABASE_URL (every replica must share it)');
  }
  // A mailed link must not take its host from the request: a forged Host header would send the
  // owner a link to someone else's site, carrying their reset token.
  if (given.SMTP_URL && !given.NEXTAUTH_URL)
    problems.push('NEXTAUTH_URL is required when SMTP_URL is set (links in mail name it)');
  // Half a set of S3 credentials would fall back to the SDK's own lookup and fail at the first upload.
  if (Boolean(given.S3_ACCESS_KEY_ID) !== Boolean(given.S3_SECRET_ACCESS_KEY))
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together or not at all');
  if ((given.S3_ENDPOINT || given.S3_ACCESS_KEY_ID) && !given.S3_BUCKET)
    problems.push('S3_BUCKET is required when S3_ENDPOINT or S3 credentials are set');
  if (problems.length > 0 || !result.success) throw new EnvError(problems);
  return result.data;
}

const KEY = Symbol.for('statline.env');
type Holder = { [KEY]?: Env };

/** The validated environment of this process (parsed on first use, then reused). */
export function env(): Env {
  const g = globalThis as Holder;
  g[KEY] ??= parseEnv(process.env);
  return g[KEY];
}
