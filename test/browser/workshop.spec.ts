import type { Page } from '@playwright/test';
import { cell, queryRows, runSql } from './app-helpers';
import { expect, openApp, test } from './fixtures';

/** The teaching notebook to run: a workshop one when shipped, else the rule review. */
async function teachingNotebook(page: Page): Promise<string> {
  const names = await page
    .locator('[data-testid=nb-gallery] option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  return names.includes('workshop-split-admission') ? 'workshop-split-admission' : 'rule-review';
}

/** Scores a flags table at the settlement level and waits for the score table. */
async function score(page: Page, flags: string): Promise<void> {
  const panel = page.locator('[data-testid=workshop-panel]');
  await panel.locator('[data-testid=workshop-flags]').fill(flags);
  await panel.locator('[data-testid=workshop-flags]').dispatchEvent('change');
  await panel.locator('[data-testid=workshop-level]').selectOption('setl');
  await panel.locator('[data-testid=workshop-score-button]').click();
  await expect(panel.locator('[data-testid=workshop-score-table]')).toBeVisible();
}

test('generates a workshop dataset, runs a teaching notebook, scores the flags, then reveals the answers', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openApp(page);
  const panel = page.locator('[data-testid=workshop-panel]');

  // Generate ~20k fee lines with every scenario at its default rate (all are on by default).
  await panel.locator('[data-testid=workshop-lines]').fill('20000');
  await panel.locator('[data-testid=workshop-lines]').dispatchEvent('change');
  await panel.locator('[data-testid=workshop-generate]').click();
  await expect(panel.locator('[data-testid=workshop-done]')).toBeVisible({ timeout: 180_000 });
  // The answer key is hidden: not among the data panel's tables.
  await expect(panel.locator('[data-testid=workshop-reveal]')).toBeVisible();

  // Open the teaching notebook from the gallery; it runs end to end on the generated data.
  const name = await teachingNotebook(page);
  await page.locator('[data-testid=nb-gallery]').selectOption(name);
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText(`${name}.claimlens.md`);
  const statuses = page.locator('[data-testid=cell][data-type=sql] [data-testid=cell-status]');
  for (const status of await statuses.all())
    await expect(status).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  const sqlCells = await page.locator('[data-testid=cell][data-type=sql]').count();
  const last = sqlCells - 1;
  // The workshop notebook's exercise cell is `my_flags`; the rule review has a Rule cell `findings`.
  const flagsView = name === 'workshop-split-admission' ? 'my_flags' : 'findings';

  // Score the participant's flags (a SQL cell) before any reveal: a table per scenario and a chart.
  await score(page, flagsView);
  const split = panel.locator('[data-testid=workshop-score-table] tr[data-scenario=split-admission]');
  await expect(split).toBeVisible();
  const recall = await split.locator('td').nth(3).textContent();
  expect(recall?.trim()).toMatch(/^\d+(\.\d)?%$/);
  await expect(panel.locator('[data-testid=workshop-overall]')).toContainText('%');
  await expect(panel.locator('[data-testid=workshop-chart] svg').first()).toBeVisible();
  await expect(panel.locator('[data-testid=workshop-chart] rect').first()).toBeAttached();

  // A Rule cell's findings table scores too (its settlements and violating lines).
  if (name === 'workshop-split-admission') {
    await score(page, 'split_findings');
    await expect(split.locator('td').nth(3)).toHaveText(/^\d+(\.\d)?%$/);
  }

  // Before the reveal, SQL cannot read `answers`.
  const hidden = await runSql(page, 'SELECT count(*) AS n FROM answers', last);
  await expect(hidden.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'error');

  // Revealing takes two steps inside the panel; backing out keeps the answers hidden.
  await panel.locator('[data-testid=workshop-reveal]').click();
  await panel.locator('[data-testid=workshop-reveal-cancel]').click();
  await expect(panel.locator('[data-testid=workshop-revealed]')).toHaveCount(0);
  await panel.locator('[data-testid=workshop-reveal]').click();
  await panel.locator('[data-testid=workshop-reveal-confirm]').click();
  await expect(panel.locator('[data-testid=workshop-revealed]')).toBeVisible();

  // Now a SQL cell queries the answer key.
  const rows = await queryRows(
    page,
    `SELECT count(*) AS n, count(DISTINCT scenario) AS scenarios FROM answers`,
    last,
  );
  expect(Number(rows[0]?.[0]?.replace(/\D/g, ''))).toBeGreaterThan(0);
  expect(Number(rows[0]?.[1]?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(6);
  await expect(cell(page, last).locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done');
});

test('the demo data is a workshop dataset as it is: a teaching notebook finds its planted cases, the panel scores and reveals them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);
  const panel = page.locator('[data-testid=workshop-panel]');
  await page.locator('[data-testid=nb-gallery]').selectOption('workshop-sex-mismatch');
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('workshop-sex-mismatch.claimlens.md');
  const flagsCell = page.locator('[data-testid=cell][data-cell-id=q-my-flags] [data-testid=cell-status]');
  await expect(flagsCell).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  const statuses = page.locator('[data-testid=cell][data-type=sql] [data-testid=cell-status]');
  for (const status of await statuses.all())
    await expect(status).toHaveAttribute('data-state', 'done', { timeout: 120_000 });

  // No dataset was generated: the demo's own hidden key scores the exercise's flags.
  await score(page, 'my_flags');
  const sex = panel.locator('[data-testid=workshop-score-table] tr[data-scenario=sex-mismatch]');
  await expect(sex.locator('td').nth(3)).toHaveText(/^\d+(\.\d)?%$/);
  expect(await sex.locator('td').nth(3).textContent()).not.toMatch(/^0(\.0)?%$/);

  await panel.locator('[data-testid=workshop-reveal]').click();
  await panel.locator('[data-testid=workshop-reveal-confirm]').click();
  await expect(panel.locator('[data-testid=workshop-revealed]')).toBeVisible();
  const last = (await page.locator('[data-testid=cell][data-type=sql]').count()) - 1;
  const rows = await queryRows(page, 'SELECT count(DISTINCT scenario) AS scenarios FROM answers', last);
  expect(Number(rows[0]?.[0]?.replace(/\D/g, ''))).toBe(15);
});
