/** @type {import('next').NextConfig} */
const dev = process.env.NODE_ENV !== 'production';
// Next's inline bootstrap scripts need 'unsafe-inline' without nonces; nothing loads from elsewhere.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

const nextConfig = {
  // PGlite ships wasm + data files it loads from its own folder; bundling would break that.
  // The others keep one module instance per process across Next's separate bundles.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pino', 'prom-client', 'redis', 'postgres'],
  poweredByHeader: false,
  async headers() {
    // HSTS only where the browser reached us over TLS (a proxy in front says so, or the site's own
    // URL is https): browsers ignore it over plain http, and localhost must stay reachable that way.
    const hsts = [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }];
    const tls = process.env.NEXTAUTH_URL?.startsWith('https://');
    return [
      { source: '/:path*', headers: securityHeaders },
      tls
        ? { source: '/:path*', headers: hsts }
        : { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: hsts },
    ];
  },
};

export default nextConfig;
