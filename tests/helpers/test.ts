import { test as base, type Page } from '@playwright/test';

/**
 * Playwright's `test`, with one browser page per worker shared by the tests of a spec instead of
 * a new context for each: on two cores, opening a context cost more than most tests' checks.
 * Each test starts on a blank document at the default size and media, and its listeners are removed after it.
 * A test that turns JavaScript off gets a context of its own, as usual. Specs that change the
 * context itself (routes, init scripts) use Playwright's own `test`.
 */
export const test = base.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL!, locale: 'ja-JP' });
      const page = await context.newPage();
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedPage, javaScriptEnabled, browser, baseURL }, use) => {
    if (javaScriptEnabled === false) {
      const context = await browser.newContext({ baseURL: baseURL!, locale: 'ja-JP', javaScriptEnabled: false });
      await use(await context.newPage());
      await context.close();
      return;
    }
    // A fresh document: setContent() would otherwise inherit the last page's Content-Security-Policy.
    await sharedPage.goto('about:blank');
    await sharedPage.setViewportSize({ width: 1280, height: 720 });
    await sharedPage.emulateMedia({ media: null });
    await use(sharedPage);
    sharedPage.removeAllListeners();
  },
});

export { expect } from '@playwright/test';
