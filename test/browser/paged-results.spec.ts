import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cell, runSql } from './app-helpers';
import { kernelCalls, recordKernelCalls } from '../../bench/kernel-calls';

/** Opens the app and waits for the demo data (slow on a loaded machine: the wait is generous). */
async function openApp(page: Page): Promise<void> {
  test.setTimeout(300_000);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 180_000 });
}

test('a 200 000-row result shows its first page, scrolls to a later page, and the page holds only a few pages', async ({
  page,
}) => {
  await openApp(page);
  const c = await runSql(page, 'SELECT range AS i, range * 3 AS j FROM range(200000)');
  await expect(c.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done');
  const table = c.locator('[data-testid=result-table]');
  await expect(table).toHaveAttribute('data-rows', '200000');
  await expect(
    c.locator('[data-testid=result-row][data-row="0"] [data-testid=result-cell]').first(),
  ).toHaveText('0');
  // Only the first page came with the run.
  expect(Number(await table.getAttribute('data-held-rows'))).toBeLessThanOrEqual(500);
  // Scroll far down: the rows there arrive as a page from the worker.
  await table.evaluate((el) => {
    el.scrollTop = el.scrollHeight * 0.75;
    el.dispatchEvent(new Event('scroll'));
  });
  const later = c.locator('[data-testid=result-row]').last();
  await expect(later).toBeVisible();
  await expect
    .poll(async () => Number(await later.getAttribute('data-row')), { timeout: 30_000 })
    .toBeGreaterThan(100_000);
  const row = Number(await later.getAttribute('data-row'));
  // Numeric cells are grouped by thousands (en-US grouping, the same in Chinese).
  const grouped = (n: number) => n.toLocaleString('en-US');
  await expect(later.locator('[data-testid=result-cell]').first()).toHaveText(grouped(row));
  await expect(later.locator('[data-testid=result-cell]').nth(1)).toHaveText(grouped(row * 3));
  const held = Number(await table.getAttribute('data-held-rows'));
  expect(held).toBeGreaterThan(500);
  expect(held).toBeLessThanOrEqual(2_500);
});

test('run all of rule-review makes one kernel call per cell plus one catalog read; the chart reads the kept result', async ({
  page,
}) => {
  await recordKernelCalls(page);
  await openApp(page);
  await page.locator('[data-testid=nb-gallery]').selectOption('rule-review');
  await expect(cell(page, 0)).toBeVisible();
  const states = page.locator('[data-testid=cell-status][data-state]');
  const settled = async () =>
    (await states.evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).join();
  // Opening the notebook may run cells of its own: wait until that is over (its catalog read included).
  await expect.poll(settled, { timeout: 120_000 }).not.toMatch(/queued|running/);
  await expect
    .poll(async () => {
      const calls = (await kernelCalls(page)).filter((c) => c !== 'findingsPage');
      return calls.length === 0 || calls.at(-1) === 'catalog';
    })
    .toBe(true);
  await page.evaluate(() => {
    (window as unknown as { __kernelCalls: string[] }).__kernelCalls.length = 0;
  });
  await page.locator('[data-testid=run-all]').click();
  await expect
    .poll(async () => (await kernelCalls(page)).includes('catalog'), { timeout: 120_000 })
    .toBe(true);
  await expect.poll(settled).not.toMatch(/queued|running/);
  const calls = await kernelCalls(page);
  // Pages the findings and result tables ask for to show themselves are not the run's.
  const runCalls = calls.filter((c) => c !== 'findingsPage');
  test
    .info()
    .annotations.push({ type: 'kernel calls (run all, rule-review)', description: calls.join(', ') });
  // The Rule cell (its custom rule checked in the same call), two SQL cells, the chart paging the kept
  // result of the SQL cell it plots, and one catalog read at the end (the evidence cell asks nothing).
  expect(runCalls).toEqual(['runRules', 'runCell', 'resultPage', 'runCell', 'catalog']);
  expect(calls).not.toContain('query');
  expect(calls).not.toContain('schema');
});
