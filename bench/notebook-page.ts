/** The benchmark's hold on the app in a page: opening it, reading its notebook, running code in it. */
import type { Browser, Page } from 'playwright-core';
import { invariant } from '../core/shared/invariant';

const READY_TIMEOUT_MS = 120_000;

/**
 * Guards functions sent to the page: tsx compiles with esbuild's `keepNames`, which wraps named inner
 * functions in a `__name(...)` helper the page does not have. In-page code therefore uses only
 * anonymous callbacks; this catches a slip with a clear message instead of a ReferenceError.
 */
export function inPage<F extends (...args: never[]) => unknown>(fn: F): F {
  invariant(!fn.toString().includes('__name('), 'in-page function uses a named inner function');
  return fn;
}

/** Opens the app in a fresh context (empty storage, so the starter notebook) and waits until it is ready. */
export async function openApp(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // As in the browser tests: the service worker's precache would compete with what is measured.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(baseUrl);
  await page.waitForSelector('html[data-ready]', { timeout: READY_TIMEOUT_MS });
  const ready = await page.getAttribute('html', 'data-ready');
  invariant(ready === 'true', `app not ready: data-ready=${ready}`);
  return page;
}

/** The notebook's cells in order, read from the elements. */
export async function notebookCells(page: Page): Promise<{ id: string; type: string; source: string }[]> {
  return page.evaluate(
    inPage(() => {
      const notebook = document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-notebook');
      return [...(notebook?.shadowRoot?.querySelectorAll('cl-notebook-cell') ?? [])].map((el) => ({
        id: el.cell.id as string,
        type: el.cell.type as string,
        source: el.cell.source,
      }));
    }),
  );
}

/** Polls `check` every 50 ms for up to 10 s; throws `message` if it never holds. */
export async function invariantEventually(check: () => Promise<boolean>, message: string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  invariant(false, message);
}
