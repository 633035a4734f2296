// Another person's browser on the project's device (desktop or phone), signed out: a second
// context with the same viewport, user agent and touch, on this app or another one (`baseURL`).
import type { Browser, BrowserContext, BrowserContextOptions, TestInfo } from '@playwright/test';

export function deviceContext(browser: Browser, testInfo: TestInfo, baseURL?: string): Promise<BrowserContext> {
  const use = testInfo.project.use as BrowserContextOptions;
  return browser.newContext({
    baseURL: baseURL ?? use.baseURL,
    viewport: use.viewport,
    userAgent: use.userAgent,
    deviceScaleFactor: use.deviceScaleFactor,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
  });
}
