import type { Browser, Page } from 'playwright-core';
import { WORKSHOP_LINES, type WorkshopOptions } from '../workers/api';
import type { BenchHarness } from './page/bench-entry';
import type { WorkshopBenchResult } from './page/generate-harness';
import { allScenarios, type DatasetDigest } from './table-digest';

/** The browser's generation step: the generator alone in a worker, and the kernel's workshop path. */
export interface BrowserGeneration {
  readonly worker: DatasetDigest;
  /** Undefined when `lines` is outside what the workshop accepts. */
  readonly workshop?: WorkshopBenchResult;
}

/** The bench's generation options: every scenario at its default rate, national field names. */
export function benchWorkshopOptions(lines: number, seed: number): WorkshopOptions {
  return { seed, lines, scenarios: allScenarios() };
}

/**
 * Times generation in Chromium, each part in a fresh bench page (its own kernel, ready first) so neither
 * disturbs the other nor the load/query measurements: generate + hash every table in a module worker,
 * then `generateWorkshop` (generate, load and map) in the kernel worker.
 */
export async function measureBrowserGeneration(
  browser: Browser,
  benchUrl: string,
  options: WorkshopOptions,
): Promise<BrowserGeneration> {
  const worker = await inFreshPage(browser, benchUrl, (page) =>
    page.evaluate(
      (o) => (window as unknown as { claimlensBench: BenchHarness }).claimlensBench.generateInWorker(o),
      { ...options, headers: 'code' as const },
    ),
  );
  if (options.lines < WORKSHOP_LINES.min || options.lines > WORKSHOP_LINES.max) {
    console.log(`workshop generation skipped: ${options.lines} lines is outside the workshop's bounds`);
    return { worker };
  }
  const workshop = await inFreshPage(browser, benchUrl, (page) =>
    page.evaluate(
      (o) => (window as unknown as { claimlensBench: BenchHarness }).claimlensBench.generateWorkshop(o),
      options,
    ),
  );
  return { worker, workshop };
}

async function inFreshPage<T>(browser: Browser, url: string, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  try {
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    return await run(page);
  } finally {
    await page.close();
  }
}
