import { expect, openApp, test } from './fixtures';

/** A notebook whose chart settings have an unclosed quote on line 2 of the chart cell. */
const NOTEBOOK = [
  '---',
  'title: 图表设置有误 / Malformed chart settings',
  '---',
  '',
  '```sql {id=q name=by_hospital}',
  "SELECT * FROM (VALUES ('协和医院', 1200), ('人民医院', 800)) t(hospital, fee)",
  '```',
  '',
  '```chart {id=g from=by_hospital}',
  'mark: bar',
  'x: "hospital',
  'y: fee',
  '```',
  '',
].join('\n');

test('a malformed chart spec shows its YAML error at its line, not a missing x column', async ({ page }) => {
  await openApp(page);
  await page.locator('[data-testid=notebook-file-input]').setInputFiles({
    name: 'bad-chart.claimlens.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(NOTEBOOK),
  });
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('bad-chart.claimlens.md');
  await page.locator('[data-testid=run-all]').click();
  const sql = page.locator('[data-testid=cell][data-cell-id=q]');
  await expect(sql.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000,
  });
  const chart = page.locator('[data-testid=cell][data-cell-id=g]');
  const problems = chart.locator('[data-testid=chart-problems]');
  await expect(problems).toContainText('第 2 行第 4 列：图表设置无法读取');
  await expect(problems).not.toContainText('选择一列');
  await expect(chart.locator('[data-testid=chart]')).toHaveCount(0);
});
