import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
// Debian's Chromium; Playwright never downloads a browser here. These flags keep it off the network.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { baseURL: `http://localhost:${PORT}`, trace: 'retain-on-failure' },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } },
    // Only the browser specs need a phone run; API and process specs run once.
    {
      name: 'phone',
      testMatch: /.*\.ui\.spec\.ts/,
      use: { ...devices['Pixel 7'], launchOptions: chromiumLaunch },
    },
  ],
  webServer: {
    // A fresh embedded database (or the configured Postgres), demo data, then the production server.
    // Then a golfer per project (e2e/support/seed-golfers.ts), so desktop and phone never share golf data.
    command: `rm -rf .data/e2e-pglite && tsx scripts/db-seed.ts && tsx e2e/support/seed-golfers.ts && node server.mjs -p ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    // Seeding takes ~80 s on two idle cores.
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PGLITE_DIR: '.data/e2e-pglite',
      SHUTDOWN_GRACE_MS: '200',
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      // Every browser here signs in from 127.0.0.1, as the same demo accounts, and signs up from there;
      // the throttles have their own integration tests.
      RATE_LIMIT_SIGNIN_PER_MIN: '1000',
      RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR: '1000',
      RATE_LIMIT_ACCOUNT_LOOKUPS_PER_HOUR: '1000',
      // Required in production with Postgres (replicas share it); harmless with PGlite.
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-not-for-production',
    },
  },
});
