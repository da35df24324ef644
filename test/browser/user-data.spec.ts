import { expect, openApp, test } from './fixtures';
import { applyProposal, cell, chooseFiles, dataset, queryRows, runSql } from './app-helpers';
import { csvFile } from './test-files';

/** A user's settlements: national field codes in another order than the demo's, an extra column. */
const USER_SETTLEMENTS = [
  'fixmedins_code,setl_id,psn_no,medfee_sumamt,备注,begndate,enddate',
  'H-USER-1,US001,UP01,100.00,复核,2024-05-01,2024-05-02',
  'H-USER-2,US002,UP02,200.00,,2024-05-03,2024-05-04',
  'H-USER-1,US003,UP03,300.00,,2024-05-05,2024-05-06',
].join('\n');

test('a user file takes the demo out, a cell over setl follows it, and the demo can be kept apart', async ({
  page,
}) => {
  await openApp(page);
  // The starter notebook's query over setl ran on the demo (dozens of institutions).
  const status = cell(page, 0).locator('[data-testid=cell-status]');
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  expect(Number(await status.getAttribute('data-rows'))).toBeGreaterThan(10);

  await chooseFiles(page, [csvFile('bureau_settlements.csv', USER_SETTLEMENTS)]);
  await expect(page.locator('[data-testid=demo-notice]')).toBeVisible();
  await expect(page.locator('[data-testid=dataset]')).toHaveCount(1);
  const editor = page.locator('[data-testid=mapping-editor]');
  await expect(editor.locator('select[data-testid=mapping-target]')).toHaveValue('setl');
  await applyProposal(editor);
  await expect(editor.locator('[data-testid=validation-report]')).toBeVisible();
  await editor.locator('[data-testid=mapping-done]').click();
  await expect(editor).toBeHidden();

  // With auto-run on, the cell ran again on the user's data alone: two institutions.
  await expect(status).toHaveAttribute('data-rows', '2', { timeout: 60_000 });
  await expect(status).toHaveAttribute('data-state', 'done');
  expect(await queryRows(page, 'SELECT count(*) FROM setl')).toEqual([['3']]);

  // Keep the demo apart: its own schema, queryable, while setl stays the user's.
  await page.locator('[data-testid=keep-demo-apart]').click();
  const apart = page.locator('[data-testid=demo-apart]');
  await expect(apart).toHaveAttribute('data-status', 'kept', { timeout: 60_000 });
  await expect(apart).toContainText('demo.setl');
  const demo = await queryRows(page, 'SELECT count(*) FROM demo.setl');
  expect(Number(demo[0]![0]!.replace(/\D/g, ''))).toBeGreaterThan(1000);
  expect(await queryRows(page, 'SELECT count(*) FROM setl')).toEqual([['3']]);

  // Removing the separate demo drops its schema; removing the user's file empties setl.
  await apart.locator('[data-testid=remove-demo-apart]').click();
  await expect(apart).toHaveCount(0);
  const gone = await runSql(page, 'SELECT count(*) FROM demo.setl');
  await expect(gone.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'error');
  await dataset(page, 'raw_bureau_settlements').locator('[data-testid=remove-dataset]').click();
  await expect(page.locator('[data-testid=dataset]')).toHaveCount(0);
});

test('a mapping can be undone, and a cell over the table it fed is marked stale without auto-run', async ({
  page,
}) => {
  await openApp(page);
  const status = cell(page, 0).locator('[data-testid=cell-status]');
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await page.locator('[data-testid=auto-run]').uncheck();
  // The demo's own files can be unmapped and removed too.
  const demoSetl = dataset(page, 'raw_setl');
  await demoSetl.locator('[data-testid=unmap-dataset]').click();
  await expect(demoSetl.locator('[data-testid=mapping-status]')).not.toHaveAttribute('data-target', 'setl');
  await expect(status).toHaveAttribute('data-state', 'stale');
  await demoSetl.locator('[data-testid=remove-dataset]').click();
  await expect(demoSetl).toHaveCount(0);
});

test('a knowledge file picked with the data is imported as knowledge, never as a data table', async ({
  page,
}) => {
  await openApp(page);
  const before = await page.locator('[data-testid=dataset]').count();
  await chooseFiles(page, [
    csvFile('kb_restriction.csv', 'code,kind,param,source\n001212817140001,child,18,局清单\n'),
  ]);
  const report = page.locator('[data-testid=knowledge-report][data-file="kb_restriction.csv"]');
  await expect(report).toBeVisible();
  await expect(report.locator('[data-testid=knowledge-accepted]')).toBeVisible();
  await expect(page.locator('[data-testid=mapping-editor] select[data-testid=mapping-target]')).toHaveCount(
    0,
  );
  await expect(page.locator('[data-testid=dataset]')).toHaveCount(before);
  await expect(page.locator('[data-testid=demo-notice]')).toHaveCount(0);
});
