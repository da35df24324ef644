import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

/** Every request the page (and its workers) made, and those that went where the app never goes. */
export interface RequestLog {
  readonly urls: string[];
  /** Requests to another origin. */
  readonly foreign: string[];
  /** Requests to the app's origin for anything but a built asset (a file of dist/). */
  readonly unexpected: string[];
}

/** The built site the tests run against (`npx vite build` writes it; `vite preview` serves it). */
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * The query strings the app itself puts on its URLs: only the page's own, `?notebook=<name>` (opening a
 * shipped notebook). Assets are content-hashed and fetched without one.
 */
const PAGE_QUERY = /^\?notebook=[\w-]+$/;

/**
 * The base test for every browser test: records every network request of the page and its workers, and
 * fails the test if any went to another origin, or to the app's own origin for anything but a built
 * asset (promise 1: data never leaves the browser — a same-origin `GET /leak?n=<name>` is a leak too:
 * it lands in the host's logs and, with the service worker on, in the cache).
 */
export const test = base.extend<{ requests: RequestLog }>({
  // Automatic: every test is watched, whether or not it looks at the log itself.
  requests: [
    async ({ context, baseURL }, use) => {
      const site = new URL(baseURL!);
      const assets = builtAssets();
      const isExpected = (url: string) => isBuiltAsset(url, site, assets);
      const log: RequestLog = { urls: [], foreign: [], unexpected: [] };
      context.on('request', (req) => {
        const url = req.url();
        log.urls.push(url);
        if (!isSameOrigin(url, site.origin)) log.foreign.push(url);
        else if (!isExpected(url)) log.unexpected.push(url);
      });
      // Belt and braces: anything else is also blocked, so a leak cannot succeed while we watch.
      await context.route(
        (url) => !isExpected(url.href),
        (route) => route.abort('blockedbyclient'),
      );
      await use(log);
      expect(log.foreign, 'requests to another origin').toEqual([]);
      expect(log.unexpected, 'requests for anything but a built asset').toEqual([]);
    },
    { auto: true },
  ],
});

/** The files of dist/, as paths relative to the site root (`assets/main-….js`, `index.html`, …). */
function builtAssets(): ReadonlySet<string> {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'));
  if (!files.includes('index.html')) throw new Error(`no build in ${DIST}: run npx vite build first`);
  return new Set(files);
}

/**
 * Whether `url` is a built asset of the site at `base`: `data:` and `blob:` URLs (made in the page), the
 * site root (which serves `index.html`), or a file of dist/, without a query string except the page's own.
 */
function isBuiltAsset(url: string, base: URL, assets: ReadonlySet<string>): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const parsed = new URL(url);
  if (parsed.origin !== base.origin || !parsed.pathname.startsWith(base.pathname)) return false;
  const path = decodeURIComponent(parsed.pathname.slice(base.pathname.length));
  const isPage = path === '' || path === 'index.html';
  if (parsed.search !== '' && !(isPage && PAGE_QUERY.test(parsed.search))) return false;
  return isPage || assets.has(path);
}

function isSameOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return new URL(url).origin === origin;
}

export { expect };

/**
 * How long a test waits for the app to be ready (demo loaded, first cell run). A bound, not a speed
 * check: on an idle machine it takes seconds, but a CI machine under load (measured here: load average
 * 30 on 2 cores) can take over a minute, and a state must never be missed for want of time.
 */
export const APP_READY_TIMEOUT_MS = 180_000;

/** Opens the app and waits until the demo data is loaded and the first cell has run. */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: APP_READY_TIMEOUT_MS });
}
