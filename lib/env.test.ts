import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnvError, env, parseEnv } from './env';

/** The EnvError parseEnv throws for `source` (fails the test if it does not throw one). */
function envError(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source);
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError);
    return err as EnvError;
  }
  throw new Error(`parseEnv accepted ${JSON.stringify(source)}`);
}

describe('parseEnv', () => {
  it('fills in defaults on an empty environment', () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: 'development',
      DATABASE_POOL_MAX: 10,
      PGLITE_DIR: './.data/pglite',
      CACHE_PREFIX: 'statline',
      CACHE_MAX_ENTRIES: 5000,
      LOG_LEVEL: 'info',
      DEMO_DATA: 'auto',
      SHUTDOWN_GRACE_MS: 3000,
      SHUTDOWN_IDLE_MS: 500,
      SSE_MAX_PER_CLIENT: 20,
      SSE_MAX_UNREAD_BYTES: 262_144,
      SSE_HEARTBEAT_MS: 15_000,
      STATLINE_DEMO_PASSWORD: 'statline-demo',
      RATE_LIMIT_API_KEY_PER_MIN: 100,
      RATE_LIMIT_USER_PER_MIN: 120,
      RATE_LIMIT_ANON_PER_MIN: 60,
      RATE_LIMIT_SIGNIN_PER_MIN: 10,
      RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR: 30,
      RATE_LIMIT_ACCOUNT_LOOKUPS_PER_HOUR: 20,
      RATE_LIMIT_PASSWORD_RESETS_PER_HOUR: 5,
      MAIL_FROM: 'Statline <no-reply@statline.invalid>',
      TRUSTED_PROXY_HOPS: 0,
      CORS_ORIGINS: [],
      DEFAULT_TIME_ZONE: 'UTC',
      MEDIA_DIR: './.data/media',
      MEDIA_TEAM_QUOTA_MB: 500,
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: true,
    });
  });

  it('takes S3 settings as a set: a bucket for an endpoint, both halves of the credentials', () => {
    const s3 = {
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'statline-media',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    };
    expect(parseEnv({ ...s3, S3_FORCE_PATH_STYLE: 'false' })).toMatchObject({
      S3_BUCKET: 'statline-media',
      S3_FORCE_PATH_STYLE: false,
    });
    expect(envError({ ...s3, S3_BUCKET: undefined }).problems).toEqual([
      'S3_BUCKET is required when S3_ENDPOINT or S3 credentials are set',
    ]);
    expect(envError({ ...s3, S3_SECRET_ACCESS_KEY: undefined }).problems).toEqual([
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together or not at all',
    ]);
    expect(envError({ S3_BUCKET: 'ab' }).problems[0]).toMatch(/^S3_BUCKET must be an S3 bucket name/);
  });

  it('takes DEFAULT_TIME_ZONE as a time zone name and rejects one this runtime does not know', () => {
    expect(parseEnv({ DEFAULT_TIME_ZONE: ' America/New_York ' }).DEFAULT_TIME_ZONE).toBe('America/New_York');
    expect(envError({ DEFAULT_TIME_ZONE: 'Mars/Olympus_Mons' }).problems).toEqual([
      'DEFAULT_TIME_ZONE must be a time zone name such as UTC or America/New_York',
    ]);
  });

  it('splits CORS_ORIGINS on commas', () => {
    expect(parseEnv({ CORS_ORIGINS: 'https://a.example, https://b.example,' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('drops variables it does not know about', () => {
    expect(parseEnv({ PATH: '/usr/bin', HOME: '/root' })).not.toHaveProperty('PATH');
  });

  it.each([
    ['DATABASE_URL', 'postgres://u:p@db:5432/statline'],
    ['DATABASE_URL', 'postgresql://db/statline'],
    ['REDIS_URL', 'redis://cache:6379'],
    ['REDIS_URL', 'rediss://cache:6380'],
    ['UPSTASH_REDIS_REST_URL', 'https://eu1.upstash.io'],
    ['NEXTAUTH_URL', 'http://localhost:3000'],
  ])('accepts %s=%s', (name, value) => {
    const extra = name === 'UPSTASH_REDIS_REST_URL' ? { UPSTASH_REDIS_REST_TOKEN: 't' } : {};
    expect(parseEnv({ [name]: value, ...extra })).toHaveProperty(name, value);
  });

  it.each([
    ['DATABASE_URL', 'mysql://db/statline', 'postgres:// or postgresql://'],
    ['DATABASE_URL', 'postgres:/db', 'postgres:// or postgresql://'],
    ['DATABASE_URL', 'db:5432/statline', 'postgres:// or postgresql://'],
    ['DATABASE_URL', 'POSTGRES://db/statline', 'postgres:// or postgresql://'],
    ['REDIS_URL', 'http://cache:6379', 'redis:// or rediss://'],
    ['REDIS_URL', 'redisss://cache', 'redis:// or rediss://'],
    ['REDIS_URL', 'cache:6379', 'redis:// or rediss://'],
    ['NEXTAUTH_URL', 'localhost:3000', 'http:// or https://'],
  ])('rejects %s=%s', (name, value, expected) => {
    const err = envError({ [name]: value });
    expect(err.problems).toEqual([`${name} must be a URL starting with ${expected}`]);
  });

  it('needs NEXTAUTH_URL with SMTP_URL, so mailed links never take their host from a request', () => {
    expect(envError({ SMTP_URL: 'smtp://mail.example:25' }).problems).toEqual([
      'NEXTAUTH_URL is required when SMTP_URL is set (links in mail name it)',
    ]);
    expect(parseEnv({ SMTP_URL: 'smtp://mail.example:25', NEXTAUTH_URL: 'https://stats.example' }).SMTP_URL).toBe(
      'smtp://mail.example:25',
    );
    expect(envError({ SMTP_URL: 'mail.example:25', NEXTAUTH_URL: 'https://stats.example' }).problems).toEqual([
      'SMTP_URL must be a URL starting with smtp:// or smtps://',
    ]);
  });

  it.each(['', '   '])('treats URL variables set to %j as unset', (blank) => {
    const parsed = parseEnv({ DATABASE_URL: blank, REDIS_URL: blank, NEXTAUTH_URL: blank });
    expect(parsed.DATABASE_URL).toBeUndefined();
    expect(parsed.REDIS_URL).toBeUndefined();
    expect(parsed.NEXTAUTH_URL).toBeUndefined();
  });

  it('trims surrounding whitespace from URLs', () => {
    expect(parseEnv({ DATABASE_URL: '  postgres://db/statline\t' }).DATABASE_URL).toBe('postgres://db/statline');
  });

  it.each(['abc', '0', '1.5', '-1', '201', '10abc'])('rejects DATABASE_POOL_MAX=%j naming the variable', (value) => {
    const err = envError({ DATABASE_POOL_MAX: value });
    expect(err.problems).toEqual([`DATABASE_POOL_MAX must be an integer from 1 to 200, got "${value}"`]);
    expect(err.message).toContain('DATABASE_POOL_MAX');
  });

  it.each([
    ['DATABASE_POOL_MAX', '1', 1],
    ['DATABASE_POOL_MAX', '200', 200],
    ['DATABASE_POOL_MAX', '', 10],
    ['CACHE_MAX_ENTRIES', '10', 10],
    ['CACHE_MAX_ENTRIES', '', 5000],
    ['SHUTDOWN_GRACE_MS', '0', 0],
    ['SHUTDOWN_GRACE_MS', '120000', 120_000],
    ['SHUTDOWN_GRACE_MS', '', 3000],
    ['SHUTDOWN_IDLE_MS', '0', 0],
    ['SSE_MAX_PER_CLIENT', '1', 1],
    ['SSE_MAX_PER_CLIENT', '', 20],
    ['SSE_MAX_UNREAD_BYTES', '4096', 4096],
    ['SSE_HEARTBEAT_MS', '1000', 1000],
    ['TRUSTED_PROXY_HOPS', '', 0],
    ['TRUSTED_PROXY_HOPS', '2', 2],
    ['RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR', '5', 5],
    ['RATE_LIMIT_ACCOUNT_LOOKUPS_PER_HOUR', '3', 3],
  ])('reads %s=%j as %d', (name, value, expected) => {
    expect(parseEnv({ [name]: value })).toHaveProperty(name, expected);
  });

  it.each([
    ['CACHE_MAX_ENTRIES', '9'],
    ['CACHE_MAX_ENTRIES', '10000001'],
    ['SHUTDOWN_GRACE_MS', '-1'],
    ['SHUTDOWN_GRACE_MS', '120001'],
    ['SSE_MAX_PER_CLIENT', '0'],
    ['SSE_MAX_UNREAD_BYTES', '100'],
    ['SSE_HEARTBEAT_MS', '99'],
    ['TRUSTED_PROXY_HOPS', '11'],
    ['TRUSTED_PROXY_HOPS', '-1'],
    ['RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR', '0'],
  ])('rejects out-of-range %s=%s', (name, value) => {
    expect(envError({ [name]: value }).problems).toEqual([expect.stringMatching(new RegExp(`^${name} must be an integer`))]);
  });

  it('requires the Upstash token when the URL is set, naming the token', () => {
    const err = envError({ UPSTASH_REDIS_REST_URL: 'https://eu1.upstash.io' });
    expect(err.problems).toEqual(['UPSTASH_REDIS_REST_TOKEN is required when UPSTASH_REDIS_REST_URL is set']);
    // An empty token is no token.
    expect(envError({ UPSTASH_REDIS_REST_URL: 'https://eu1.upstash.io', UPSTASH_REDIS_REST_TOKEN: '' }).problems).toEqual(
      err.problems,
    );
  });

  it('requires the Upstash URL when the token is set, naming the URL', () => {
    const expected = ['UPSTASH_REDIS_REST_URL is required when UPSTASH_REDIS_REST_TOKEN is set'];
    expect(envError({ UPSTASH_REDIS_REST_TOKEN: 'secret' }).problems).toEqual(expected);
    // An empty URL is no URL.
    expect(envError({ UPSTASH_REDIS_REST_TOKEN: 'secret', UPSTASH_REDIS_REST_URL: '' }).problems).toEqual(expected);
  });

  it('accepts the Upstash URL and token together', () => {
    const parsed = parseEnv({ UPSTASH_REDIS_REST_URL: 'https://eu1.upstash.io', UPSTASH_REDIS_REST_TOKEN: 'secret' });
    expect(parsed.UPSTASH_REDIS_REST_URL).toBe('https://eu1.upstash.io');
    expect(parsed.UPSTASH_REDIS_REST_TOKEN).toBe('secret');
  });

  it.each([
    ['NODE_ENV', 'prod'],
    ['LOG_LEVEL', 'verbose'],
    ['DEMO_DATA', 'always'],
    ['CACHE_PREFIX', 'stat line'],
    ['NEXTAUTH_SECRET', 'too-short'],
  ])('rejects %s=%j', (name, value) => {
    const err = envError({ [name]: value });
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]?.startsWith(`${name} `)).toBe(true);
  });

  it('reports every bad variable in one single-line EnvError', () => {
    const bad = {
      NODE_ENV: 'prod',
      DATABASE_URL: 'mysql://db',
      DATABASE_POOL_MAX: 'abc',
      REDIS_URL: 'http://cache',
      CACHE_PREFIX: 'a b',
      LOG_LEVEL: 'loud',
      NEXTAUTH_SECRET: 'short',
    };
    const err = envError({ ...bad, DEMO_DATA: 'never' });
    expect(err.name).toBe('EnvError');
    expect(err.message).toMatch(/^Invalid environment: /);
    expect(err.message).not.toMatch(/[\r\n]/);
    expect(err.problems).toHaveLength(Object.keys(bad).length);
    for (const name of Object.keys(bad)) expect(err.message).toContain(name);
    expect(err.message).not.toContain('DEMO_DATA');
    expect(err.message).toBe(`Invalid environment: ${err.problems.join('; ')}`);
  });
});

describe('env', () => {
  const KEY = Symbol.for('statline.env');
  const holder = globalThis as { [KEY]?: unknown };

  afterEach(() => {
    vi.unstubAllEnvs();
    delete holder[KEY];
  });

  it('parses process.env once and then reuses the result', () => {
    delete holder[KEY];
    vi.stubEnv('LOG_LEVEL', 'warn');
    const first = env();
    expect(first.LOG_LEVEL).toBe('warn');
    vi.stubEnv('LOG_LEVEL', 'debug');
    expect(env()).toBe(first);
    expect(env().LOG_LEVEL).toBe('warn');
  });

  it('throws EnvError when process.env is invalid', () => {
    delete holder[KEY];
    vi.stubEnv('DATABASE_POOL_MAX', 'lots');
    expect(() => env()).toThrow(EnvError);
  });
});

describe('parseEnv: problems found in review', () => {
  it('reports a missing Upstash token together with other bad variables', () => {
    const err = (() => {
      try {
        parseEnv({ DATABASE_POOL_MAX: 'abc', UPSTASH_REDIS_REST_URL: 'https://u.example' });
      } catch (e) {
        return e as EnvError;
      }
    })();
    expect(err).toBeInstanceOf(EnvError);
    expect(err?.message).toContain('DATABASE_POOL_MAX');
    expect(err?.message).toContain('UPSTASH_REDIS_REST_TOKEN');
  });

  it('keeps the message on one line when the bad value holds a newline', () => {
    expect(() => parseEnv({ DATABASE_POOL_MAX: '1\n2' })).toThrow(/^[^\n]*DATABASE_POOL_MAX[^\n]*$/);
  });

  it.each([['0x10'], ['1e3'], [' 12abc']])('rejects the non-decimal integer %j', (value) => {
    expect(() => parseEnv({ CACHE_MAX_ENTRIES: value })).toThrow(/CACHE_MAX_ENTRIES/);
  });

  it('treats blank variables as unset, so defaults apply', () => {
    const e = parseEnv({ CACHE_PREFIX: '', LOG_LEVEL: ' ', SHUTDOWN_GRACE_MS: '   ', PGLITE_DIR: '' });
    expect(e).toMatchObject({
      CACHE_PREFIX: 'statline',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: 3000,
      PGLITE_DIR: './.data/pglite',
    });
  });
});

describe('parseEnv: production with Postgres', () => {
  it('requires a shared NEXTAUTH_SECRET', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' })).toThrow(/NEXTAUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', NEXTAUTH_SECRET: 'x'.repeat(32) }).NODE_ENV).toBe(
      'production',
    );
    expect(parseEnv({ NODE_ENV: 'production' }).NODE_ENV).toBe('production');
  });
});
