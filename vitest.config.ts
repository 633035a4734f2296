import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          // Warnings from deliberately failing caches would bury the summaries; LOG_LEVEL overrides.
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
          // Test support that is code in its own right (the play-by-play converter, file readers) is tested beside it.
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'test/support/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Postgres/PGlite and child processes: two cores, keep parallelism modest.
          maxWorkers: 2,
        },
      },
    ],
  },
});
