import { expect, openApp, test } from './fixtures';
import { chooseFiles, dataset, queryRows, type MemoryFile } from './app-helpers';
import { csvFile, parquetFile } from './test-files';

const binary: MemoryFile = {
  name: 'scan.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
};

const failures: { file: () => Promise<MemoryFile> | MemoryFile; pattern: RegExp }[] = [
  { file: () => csvFile('empty.csv', ''), pattern: /空|empty/i },
  { file: () => binary, pattern: /二进制|不是文本|binary|not a text/i },
  { file: () => csvFile('ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8\n'), pattern: /第\s*2\s*行|row 2/i },
  {
    file: async () => {
      const whole = await parquetFile('broken.parquet', {
        x: { int32: Array.from({ length: 1000 }, (_, i) => i) },
      });
      return { ...whole, buffer: whole.buffer.subarray(0, Math.floor(whole.buffer.length / 2)) };
    },
    pattern: /Parquet/i,
  },
];

for (const { file, pattern } of failures) {
  test(`a bad file gets a clear message and the app keeps working: ${pattern}`, async ({ page }) => {
    await openApp(page);
    const f = await file();
    await chooseFiles(page, [f]);
    const error = page.locator('[data-testid=load-error]');
    await expect(error).toBeVisible();
    await expect(error).toContainText(f.name);
    await expect(error).toContainText(pattern);
    const rows = await queryRows(page, 'SELECT count(*) FROM setl');
    expect(Number(rows[0]![0]!.replace(/\D/g, ''))).toBeGreaterThan(0);
  });
}

test('header-only and 0-row files load as empty tables with a warning', async ({ page }) => {
  await openApp(page);
  await chooseFiles(page, [
    csvFile('header_only.csv', 'setl_id,psn_no,medfee_sumamt\n'),
    await parquetFile('no_rows.parquet', { x: { int32: [] } }),
  ]);
  for (const table of ['raw_header_only', 'raw_no_rows']) {
    await expect(dataset(page, table)).toBeVisible();
    await expect(dataset(page, table).locator('[data-testid=row-count]')).toHaveAttribute('data-value', '0');
    await expect(dataset(page, table)).toContainText(/没有任何数据行|no data rows/i);
  }
});

test('duplicate column names are renamed, named in a warning, and nothing is lost', async ({ page }) => {
  await openApp(page);
  await chooseFiles(page, [csvFile('dup_cols.csv', '金额,人员编号,金额\n1.00,P1,2.00\n')]);
  await expect(dataset(page, 'raw_dup_cols')).toContainText('金额_2');
  await page.keyboard.press('Escape');
  const rows = await queryRows(page, 'SELECT "金额", "金额_2" FROM raw_dup_cols');
  expect(rows[0]).toEqual(['1.00', '2.00']);
});
