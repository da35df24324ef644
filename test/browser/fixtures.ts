import { test as base, expect, type Page } from '@playwright/test';

/** Every request the page (and its workers) made, with whether it stayed on the app's origin. */
export interface RequestLog {
  readonly urls: string[];
  readonly foreign: string[];
}

/**
 * The base test for every browser test: records every network request of the page and its workers and
 * fails the test if any went to another origin (promise 1: data never leaves the browser).
 */
export const test = base.extend<{ requests: RequestLog }>({
  requests: async ({ context, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const log: RequestLog = { urls: [], foreign: [] };
    context.on('request', (req) => {
      const url = req.url();
      log.urls.push(url);
      if (!isSameOrigin(url, origin)) log.foreign.push(url);
    });
    // Belt and braces: anything off-origin is also blocked, so a leak cannot succeed while we watch.
    await context.route(
      (url) => !isSameOrigin(url.href, origin),
      (route) => route.abort('blockedbyclient'),
    );
    await use(log);
    expect(log.foreign, 'requests to another origin').toEqual([]);
  },
});

function isSameOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return new URL(url).origin === origin;
}

export { expect };

/** Opens the app and waits until the demo data is loaded and the first cell has run. */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
}
