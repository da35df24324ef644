import type { Browser } from 'playwright-core';
import { kernelCalls, recordKernelCalls } from './kernel-calls';

/** The kernel calls "run all" made, by method name, in order. */
export interface RunAllCalls {
  readonly notebook: string;
  readonly calls: readonly string[];
  /** Cells that asked the kernel for something while running. */
  readonly cells: number;
}

/**
 * In the page: no cell queued or running, and the kernel's last call (if any) the catalog read. No named
 * function inside (tsx would wrap it in a helper the page does not have), no string (the CSP forbids eval).
 */
const settled = () => {
  const states: (string | null)[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  // The cells live in shadow roots: walk them all.
  for (let root = roots.pop(); root; root = roots.pop()) {
    root
      .querySelectorAll('[data-testid=cell-status]')
      .forEach((s) => states.push(s.getAttribute('data-state')));
    root.querySelectorAll('*').forEach((el) => {
      if (el.shadowRoot) roots.push(el.shadowRoot);
    });
  }
  const calls = (window as unknown as { __kernelCalls: string[] }).__kernelCalls.filter(
    (c) => c !== 'findingsPage',
  );
  return (
    !states.some((s) => s === 'queued' || s === 'running') &&
    (calls.length === 0 || calls.at(-1) === 'catalog')
  );
};

/**
 * Opens the app, opens a shipped notebook from the gallery, clicks Run all and records every call the
 * page posts to the kernel worker (each Comlink call is one `postMessage` to the Worker; the page is
 * wrapped before the app starts, the app is not changed). Pages the findings table asks for to show
 * itself are counted apart by the caller.
 */
export async function measureRunAllCalls(
  browser: Browser,
  baseUrl: string,
  notebook: string,
): Promise<RunAllCalls> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await recordKernelCalls(page);
    await page.goto(baseUrl);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 300_000 });
    await page.locator('[data-testid=nb-gallery]').selectOption(notebook);
    await page.waitForSelector('[data-testid=cell]');
    // Opening the notebook may run cells of its own: wait until that is over, its catalog read included.
    await page.waitForFunction(settled, undefined, { timeout: 300_000 });
    await page.evaluate(() => {
      (window as unknown as { __kernelCalls: string[] }).__kernelCalls.length = 0;
    });
    await page.locator('[data-testid=run-all]').click();
    await page.waitForFunction(
      () => (window as unknown as { __kernelCalls: string[] }).__kernelCalls.includes('catalog'),
      undefined,
      { timeout: 300_000 },
    );
    await page.waitForFunction(settled, undefined, { timeout: 300_000 });
    const calls = await kernelCalls(page);
    // Locators pierce shadow roots.
    const cells = await page
      .locator('[data-testid=cell-status][data-state=done], [data-testid=cell-status][data-state=error]')
      .count();
    return { notebook, calls, cells };
  } finally {
    await page.close();
  }
}
