// The specs' one `test`: Playwright's, plus signing in through the real form and this project's own
// golfer, so the desktop and phone runs never share (or wait on) each other's data.
import { test as base, expect } from '@playwright/test';
import { golferEmail } from './golfers';

export const demoPassword = process.env.STATLINE_DEMO_PASSWORD ?? 'statline-demo';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const test = base.extend<{
  /** Signs the page in as `email` (demo password) through the sign-in form, and waits to land on `returnTo`. */
  signIn: (email: string, returnTo?: string) => Promise<void>;
  /** This project's demo golfer (seeded by e2e/support/seed-golfers.ts). */
  golfer: string;
}>({
  signIn: async ({ page }, use) => {
    await use(async (email, returnTo = '/account') => {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(demoPassword);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(returnTo)}$`));
    });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  golfer: async ({}, use, testInfo) => {
    await use(golferEmail(testInfo.project.name));
  },
});

export { expect };
