import { expect, test } from '@playwright/test';
import { spawnApp } from './support/app-process';

const cases = [
  { name: 'DATABASE_POOL_MAX', value: 'lots' },
  { name: 'REDIS_URL', value: 'localhost:6379' },
  { name: 'LOG_LEVEL', value: 'loud' },
];

for (const { name, value } of cases) {
  test(`a bad ${name} stops the app at start with one line naming it`, async () => {
    const app = await spawnApp({ [name]: value });
    try {
      const code = await Promise.race([app.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000))]);
      expect(code).not.toBe('timeout');
      expect(code).not.toBe(0);
      const lines = app
        .output()
        .stderr.split('\n')
        .filter((l) => l.includes('Invalid environment'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(name);
    } finally {
      await app.stop();
    }
  });
}
