/** @type {import('next').NextConfig} */
// Pages get a per-request nonce policy from proxy.ts. What the proxy does not see (API responses,
// static files, images) is never a document that should run anything: it gets this fixed policy.
const fixedPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const securityHeaders = [
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
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: fixedPolicy }] },
      tls
        ? { source: '/:path*', headers: hsts }
        : { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: hsts },
    ];
  },
};

export default nextConfig;
