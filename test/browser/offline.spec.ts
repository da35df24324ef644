import { APP_READY_TIMEOUT_MS, expect, openApp, test } from './fixtures';
import { queryRows } from './app-helpers';

test.use({ serviceWorkers: 'allow' });

test('works offline once loaded, on the embedded demo data', async ({ page, context }) => {
  await openApp(page);
  // The service worker precaches the whole build (the DuckDB wasm included) before it activates.
  const active = await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));
  expect(active).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: APP_READY_TIMEOUT_MS });
  const rows = await queryRows(page, 'SELECT count(*) FROM fee');
  expect(Number(rows[0]![0]!.replace(/\D/g, ''))).toBeGreaterThan(1000);
});
