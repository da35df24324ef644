import { expect, openApp, test } from './fixtures';
import { applyProposal, chooseFiles, dataset, queryRows, rowCountOf } from './app-helpers';
import { GBK_SETTLEMENTS, csvFile } from './test-files';
import { makeXlsx } from '../workers/loaders/make-xlsx';
import { createWriteStream } from 'node:fs';
import { createHash } from 'node:crypto';

test('loads an Excel workbook (first sheet), keeping codes as text and dates as ISO', async ({ page }) => {
  await openApp(page);
  const bytes = makeXlsx([
    {
      name: '结算',
      rows: [
        ['结算ID', '人员编号', '入院日期', '医疗费总额'],
        ['S1', '0012', { date: new Date(Date.UTC(2024, 2, 1)) }, 1234.5],
        ['S2', '0013', { date: new Date(Date.UTC(2024, 2, 9)) }, 88],
      ],
    },
  ]);
  await chooseFiles(page, [
    { name: 'export.xlsx', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from(bytes) },
  ]);
  expect(await rowCountOf(page, 'raw_export')).toBe(2);
  await page.keyboard.press('Escape');
  const rows = await queryRows(
    page,
    'SELECT "人员编号", "入院日期", "医疗费总额" FROM raw_export ORDER BY 1',
  );
  // The sheet's columns load as VARCHAR: text that looks like a number is never grouped.
  expect(rows).toEqual([
    ['0012', '2024-03-01', '1234.5'],
    ['0013', '2024-03-09', '88'],
  ]);
});

test('loads a file dropped anywhere on the page', async ({ page }) => {
  await openApp(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['setl_id,medfee_sumamt\nA1,10.5\nA2,20\n'], 'dropped.csv', { type: 'text/csv' }));
    return dt;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  expect(await rowCountOf(page, 'raw_dropped')).toBe(2);
});

test('a load can be cancelled, leaves nothing behind, and the next load works', async ({
  page,
}, testInfo) => {
  await openApp(page);
  // ~250 MB on disk (read in place, as a user's file would be): long enough to cancel mid-way.
  const path = testInfo.outputPath('huge.csv');
  const line = 'S0000000001,P0000000001,H00000000001,21,2024-03-01,2024-03-08,I10.x00,1234.50,800.00\n';
  const block = line.repeat(100_000);
  const out = createWriteStream(path);
  out.write('setl_id,psn_no,fixmedins_code,med_type,begndate,enddate,dise_codg,medfee_sumamt,hifp_pay\n');
  for (let i = 0; i < 28; i++) out.write(block);
  await new Promise<void>((resolve) => out.end(resolve));
  await chooseFiles(page, [path]);
  const progress = page.locator('[data-testid=load-progress]');
  await expect(progress).toBeVisible();
  await progress.locator('[data-testid=load-cancel]').click();
  await expect(progress).toHaveCount(0, { timeout: 30_000 });
  await expect(dataset(page, 'raw_huge')).toHaveCount(0);
  await chooseFiles(page, [csvFile('after_cancel.csv', 'a,b\n1,2\n')]);
  expect(await rowCountOf(page, 'raw_after_cancel')).toBe(1);
});

test('an edited mapping is what builds the canonical table', async ({ page }) => {
  await openApp(page);
  // Another file of the user's with a fund amount, so that setl keeps a hifp_pay column.
  await chooseFiles(page, [
    csvFile('funded.csv', 'setl_id,psn_no,medfee_sumamt,hifp_pay\nZ1,P9,10.00,5.00\n'),
  ]);
  const editor = page.locator('[data-testid=mapping-editor]');
  await expect(editor.locator('select[data-field="hifp_pay"]')).toHaveValue('hifp_pay');
  await applyProposal(editor);
  await expect(editor.locator('[data-testid=validation-report]')).toBeVisible();
  await editor.locator('[data-testid=mapping-done]').click();
  await chooseFiles(page, [csvFile('edited.csv', GBK_SETTLEMENTS, 'gbk')]);
  await expect(editor.locator('select[data-field="hifp_pay"]')).toHaveValue('统筹基金支出');
  // The auditor decides the fund amount column should not be used, and maps psn_no differently.
  await editor.locator('select[data-field="hifp_pay"]').selectOption('');
  await applyProposal(editor);
  await expect(editor.locator('[data-testid=validation-report]')).toBeVisible();
  await editor.locator('[data-testid=mapping-done]').click();
  await expect(editor).toBeHidden();
  const c = await queryRows(
    page,
    `SELECT count(*) FILTER (WHERE column_name = 'hifp_pay') AS has_fund, count(*) FILTER (WHERE column_name = 'medfee_sumamt') AS has_total
     FROM duckdb_columns() WHERE database_name = current_database() AND table_name = 'setl'`,
  );
  // setl also holds the other file, so hifp_pay stays as a column; the edited source contributes NULLs.
  expect(c[0]).toEqual(['1', '1']);
  const rows = await queryRows(page, `SELECT count(hifp_pay) FROM setl WHERE _src = 'raw_edited'`);
  expect(rows[0]).toEqual(['0']);
});

test('the result table scrolls through a million rows', async ({ page }) => {
  await openApp(page);
  const rows = await queryRows(page, 'SELECT range AS i, range * 2 AS twice FROM range(1000000)');
  expect(rows.length).toBeLessThan(200); // only the visible window is rendered
  const table = page.locator('[data-testid=result-table]').first();
  await expect(table).toHaveAttribute('data-rows', '1000000');
  await table.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(table.locator('[data-testid=result-row]').last()).toContainText('999,999');
});

test('a refused mapping says why and changes nothing, so later mappings still work', async ({ page }) => {
  await openApp(page);
  await chooseFiles(page, [csvFile('refused.csv', GBK_SETTLEMENTS, 'gbk')]);
  const editor = page.locator('[data-testid=mapping-editor]');
  await expect(editor.locator('select[data-field="setl_id"]')).toHaveValue('结算流水号');
  // A constant that does not read as its field's type is refused by the kernel, with a message in the
  // dialog naming the value.
  const settled = editor.locator('select[data-field="setl_time"]');
  await settled.selectOption({ index: (await settled.locator('option').count()) - 1 });
  const value = editor.locator('input[data-constant="setl_time"]');
  await value.fill('不是日期');
  await value.press('Tab');
  await applyProposal(editor);
  await expect(editor.locator('cl-app-error')).toContainText('不是日期');
  await expect(editor.locator('[data-testid=validation-report]')).toHaveCount(0);
  await editor.locator('[data-testid=mapping-close]').click();
  await expect(editor).toBeHidden();
  // The refused mapping was not kept: another file mapped to setl rebuilds it without complaint.
  await chooseFiles(page, [csvFile('second.csv', 'setl_id,psn_no,medfee_sumamt\nX1,P9,10.00\n')]);
  await expect(editor.locator('select[data-testid=mapping-target]')).toHaveValue('setl');
  await applyProposal(editor);
  await expect(editor.locator('[data-testid=validation-report]')).toBeVisible();
  await editor.locator('[data-testid=mapping-done]').click();
  const rows = await queryRows(
    page,
    `SELECT count(*) FILTER (WHERE _src = 'raw_second'), count(*) FILTER (WHERE _src = 'raw_refused'),
            count(*) FILTER (WHERE _src = 'raw_setl') FROM setl`,
  );
  // The user's first file took the demo's rows (raw_setl) out of setl.
  expect(rows[0]).toEqual(['1', '0', '0']);
});

test('a removed file takes its rows out of the canonical table, and its fingerprint is the file SHA-256', async ({
  page,
}) => {
  await openApp(page);
  const text = 'setl_id,psn_no,medfee_sumamt\nR1,P1,10.00\nR2,P2,20.00\n';
  await chooseFiles(page, [csvFile('to_remove.csv', text)]);
  const editor = page.locator('[data-testid=mapping-editor]');
  await applyProposal(editor);
  await editor.locator('[data-testid=mapping-done]').click();
  const item = dataset(page, 'raw_to_remove');
  const expected = createHash('sha256').update(text).digest('hex');
  await expect(item.locator('[data-testid=sha256]')).toHaveAttribute('data-value', expected);
  expect((await queryRows(page, `SELECT count(*) FROM setl WHERE _src = 'raw_to_remove'`))[0]).toEqual(['2']);
  await item.locator('[data-testid=remove-dataset]').click();
  await expect(item).toHaveCount(0);
  // It was the session's only file (it took the demo out): nothing feeds setl any more, so it is gone.
  await expect(page.locator('[data-testid=canonical-table][data-target=setl]')).toHaveCount(0);
  const gone = await (await import('./app-helpers')).runSql(page, 'SELECT * FROM raw_to_remove');
  await expect(gone.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'error');
});
