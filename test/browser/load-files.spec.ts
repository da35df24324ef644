import { expect, openApp, test } from './fixtures';
import { applyProposal, chooseFiles, queryRows, rowCountOf } from './app-helpers';
import { GBK_SETTLEMENTS, csvFile, parquetFile } from './test-files';

test('loads a GBK CSV with Chinese headers, maps it to setl and reports its problems', async ({ page }) => {
  await openApp(page);
  await chooseFiles(page, [csvFile('his_settlements.csv', GBK_SETTLEMENTS, 'gbk')]);
  expect(await rowCountOf(page, 'raw_his_settlements')).toBe(5);
  // Chinese headers were decoded (not mojibake) and proposed for the canonical settlement table.
  const editor = page.locator('[data-testid=mapping-editor]');
  await expect(editor).toBeVisible();
  await expect(editor.locator('select[data-testid=mapping-target]')).toHaveValue('setl');
  await expect(editor.locator('select[data-field="setl_id"]')).toHaveValue('结算流水号');
  await expect(editor.locator('select[data-field="medfee_sumamt"]')).toHaveValue('医疗费总额');
  await expect(editor.locator('select[data-field="begndate"]')).toHaveValue('入院日期');
  await applyProposal(editor);
  const report = editor.locator('[data-testid=validation-report]');
  await expect(report).toBeVisible();
  await expect(
    report.locator('[data-testid=problem][data-kind="unparseable_date"][data-field="begndate"]'),
  ).toHaveAttribute('data-count', '1');
  await expect(
    report.locator('[data-testid=problem][data-kind="negative_amount"][data-field="medfee_sumamt"]'),
  ).toHaveAttribute('data-count', '1');
  await page.keyboard.press('Escape');
  // Typed canonical values: messy dates and thousands separators parsed, problem rows kept and flagged.
  const rows = await queryRows(
    page,
    `SELECT count(*) AS n, sum(medfee_sumamt) AS total, count(*) FILTER (WHERE _flagged) AS flagged,
            strftime(min(begndate), '%Y-%m-%d') AS first_day
     FROM setl WHERE _src = 'raw_his_settlements'`,
  );
  expect(rows[0]).toEqual(['5', '8,604.00', '1', '2024-03-01']);
});

test('loads a UTF-8 CSV in place, keeping codes as text', async ({ page }) => {
  await openApp(page);
  const text = [
    'feedetl_sn,setl_id,hilist_code,hilist_name,cnt,pric,det_item_fee_sumamt',
    'F1,S1,001103000010000,急诊监护费,1,30.00,30.00',
    'F2,S1,XL02BBA326A001010102180,某药品,2,12.50,25.00',
    'F3,S2,001103000010000,急诊监护费,3,30.00,80.00',
  ].join('\n');
  await chooseFiles(page, [csvFile('fee_lines.csv', text, 'utf8-bom')]);
  expect(await rowCountOf(page, 'raw_fee_lines')).toBe(3);
  await page.keyboard.press('Escape');
  const rows = await queryRows(
    page,
    'SELECT hilist_code, hilist_name FROM raw_fee_lines ORDER BY feedetl_sn',
  );
  expect(rows.map((r) => r[0])).toEqual(['001103000010000', 'XL02BBA326A001010102180', '001103000010000']);
  expect(rows[0]![1]).toBe('急诊监护费');
});

test('loads a Parquet file row group by row group', async ({ page }) => {
  await openApp(page);
  const n = 5000;
  const file = await parquetFile('settlements.parquet', {
    setl_id: { utf8: Array.from({ length: n }, (_, i) => `S${String(i).padStart(6, '0')}`) },
    medfee_sumamt: { float64: Array.from({ length: n }, (_, i) => (i % 100) + 0.5) },
  });
  await chooseFiles(page, [file]);
  expect(await rowCountOf(page, 'raw_settlements')).toBe(n);
  await page.keyboard.press('Escape');
  const rows = await queryRows(
    page,
    'SELECT count(*) AS n, sum(medfee_sumamt) AS s, min(setl_id) AS first FROM raw_settlements',
  );
  // Numbers are grouped; the text id is not.
  expect(rows[0]).toEqual(['5,000', '250,000', 'S000000']);
});
