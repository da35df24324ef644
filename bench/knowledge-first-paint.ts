/**
 * Whether the knowledge layer is off the first-paint path, measured on the built site:
 *   npx vite build && npx tsx bench/knowledge-first-paint.ts [runs]
 * opens the app in headless Chromium, once as built and once with the knowledge asset held back 5 s by the
 * browser (a slow network for that one file), and prints first contentful paint and the time until the
 * app is ready (`html[data-ready]`, which waits for the kernel and its knowledge). First paint should not
 * move; readiness should. Printed, never asserted.
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';

const runs = Math.max(1, Number(process.argv[2] ?? 3));
const server = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', open: false } });
const base = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
try {
  for (const delayMs of [0, 5000]) {
    const fcp: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      if (delayMs > 0) {
        await context.route(/nhsa-knowledge.*\.gz$/, async (route) => {
          await new Promise((r) => setTimeout(r, delayMs));
          await route.continue();
        });
      }
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(base);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 180_000 });
      ready.push(Date.now() - t0);
      fcp.push(
        await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        ),
      );
      await context.close();
    }
    process.stdout.write(
      `knowledge asset delayed ${delayMs} ms: first contentful paint ${fcp.map((x) => x.toFixed(0)).join(', ')} ms ` +
        `(median ${median(fcp).toFixed(0)}); app ready ${ready.join(', ')} ms (median ${median(ready)})\n`,
    );
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
