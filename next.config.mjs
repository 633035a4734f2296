/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

const nextConfig = {
  // PGlite ships wasm + data files it loads from its own folder; bundling would break that.
  // The others keep one module instance per process across Next's separate bundles.
  serverExternalPackages: ['@electric-sql/pglite', 'pino', 'prom-client', 'redis', 'postgres'],
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
