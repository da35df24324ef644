/**
 * Counts the page's calls to the kernel worker, for the benchmark and the browser tests alike: each
 * Comlink call is one `APPLY` message posted to the Worker (progress callbacks answer on ports of their
 * own and are not counted). The page is wrapped before the app starts; the app itself is not changed.
 */
import type { Page } from 'playwright-core';

/** Starts recording, in every document the page opens from now on, the name of each kernel call. */
export async function recordKernelCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { __kernelCalls: string[] }).__kernelCalls = calls;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const m = message as { type?: string; path?: string[] } | null;
      if (m?.type === 'APPLY' && Array.isArray(m.path)) calls.push(m.path.join('.'));
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as Worker['postMessage'];
  });
}

/** The kernel calls recorded so far, in order. */
export function kernelCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __kernelCalls: string[] }).__kernelCalls]);
}
