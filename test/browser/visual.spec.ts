import type { Page } from '@playwright/test';
import { applyProposal, chooseFiles, runSql } from './app-helpers';
import { expect, openApp, test } from './fixtures';
import { csvFile } from './test-files';
import {
  VARIANTS,
  amountProblems,
  applyVariant,
  checkScreen,
  type ScreenChecks,
  tableNumberProblems,
  tocProblems,
} from './visual-checks';

/** An 18-digit resident id (the shape of a person number) the probe query shows. */
const PERSON_ID = '440104199003071234';

/** A claims file with English (CMS-style) headers, so loading it opens the mapping dialog. */
const CLAIMS = [
  'ClaimID,BeneID,Provider,AttendingPhysician,AdmissionDt,DischargeDt,InscClaimAmtReimbursed,ClmDiagnosisCode_1,DOB,Gender',
  'CLM1,BENE1,PRV1,PHY1,2009-04-12,2009-04-18,26000,1970,1943-01-01,1',
  'CLM2,BENE1,PRV2,PHY2,2009-08-31,2009-09-02,5000,6186,1943-01-01,1',
  'CLM3,BENE2,PRV1,PHY3,2009-09-17,2009-09-20,5000,29590,1936-09-01,2',
].join('\n');

/** Waits until every SQL, rule and custom rule cell of the notebook is done. */
async function allCellsDone(page: Page): Promise<void> {
  const statuses = page.locator(
    '[data-testid=cell]:is([data-type=sql],[data-type=rule],[data-type=custom-rule]) [data-testid=cell-status]',
  );
  for (const status of await statuses.all())
    await expect(status).toHaveAttribute('data-state', 'done', { timeout: 180_000 });
}

/**
 * Adds a SQL cell, runs `sql` in it and returns its index among the SQL cells. The new cell is found by
 * its id (a new cell goes after the selected one, not necessarily last).
 */
async function addProbe(page: Page, sql: string): Promise<number> {
  const sqlCells = page.locator('[data-testid=cell][data-type=sql]');
  const idsOf = () => sqlCells.evaluateAll((els) => els.map((el) => el.getAttribute('data-cell-id')));
  const before = await idsOf();
  await page.locator('[data-testid=add-sql]').click();
  await expect(sqlCells).toHaveCount(before.length + 1);
  const index = (await idsOf()).findIndex((id) => !before.includes(id));
  await runSql(page, sql, index);
  return index;
}

// Each test walks many screens over one app start: a wider guard than the suite's 360 s (not an assertion
// on time; a loaded machine must not fail a correct walk).
test.describe.configure({ timeout: 900_000 });

// One test per language (each walks both themes at both sizes over one app start), so each stays well
// inside the test budget.
for (const lang of ['zh', 'en'] as const) {
  test(`visual (${lang}): app start, knowledge and workshop panels, notebook cells, rule results and drill-down`, async ({
    page,
  }) => {
    const variants = VARIANTS.filter((v) => v.lang === lang);
    await openApp(page);
    // Soft: each screen reports its problems as soon as it is looked at, and the walk goes on.
    const look = async (screen: string, checks: Omit<ScreenChecks, 'variants'>) =>
      expect.soft(await checkScreen(page, screen, { ...checks, variants }), screen).toEqual([]);
    await look('app-start', { axe: true });
    await look('knowledge', { scrollTo: '[data-testid=knowledge-panel]', axe: true });
    await look('workshop', { scrollTo: '[data-testid=workshop-panel]', axe: true });

    // Rule review: markdown, custom rule, rule, SQL and chart cells, all run.
    await page.locator('[data-testid=nb-gallery]').selectOption('rule-review');
    await expect(page.locator('[data-testid=notebook-file]')).toHaveText('rule-review.claimlens.md');
    await page.locator('[data-testid=run-all]').click();
    await allCellsDone(page);
    const rule = page.locator('[data-testid=cell][data-type=rule]').first();
    await look('rule-results', {
      scrollTo: '[data-testid=summary-amountAtRisk]', // the summary cards (the cell is taller than the screen)
      axe: true,
      extra: () => amountProblems(page),
    });
    await rule.locator('[data-testid=sort-vola_amt]').click();
    await rule.locator('[data-testid=finding-row]').first().click();
    await expect(rule.locator('[data-testid=finding-drill]')).toBeVisible();
    await look('drill-down', { scrollTo: '[data-testid=finding-drill]', axe: true });

    // Introduction: markdown, parameter, SQL and chart cells; plus a probe SQL cell with known numbers;
    // then a Model cell.
    await page.locator('[data-testid=nb-gallery]').selectOption('introduction');
    await expect(page.locator('[data-testid=notebook-file]')).toHaveText('introduction.claimlens.md');
    await allCellsDone(page);
    await expect(
      page.locator('[data-testid=cell][data-type=chart] [data-testid=chart]').first(),
    ).toBeVisible();
    const probe = await addProbe(
      page,
      `SELECT '${PERSON_ID}' AS psn_no, 251310.51 AS fee_sumamt, 1234567 AS line_count`,
    );
    await look('notebook', {
      charts: true,
      axe: true,
      extra: async () => [
        ...(await tableNumberProblems(page, probe, PERSON_ID)),
        ...(await tocProblems(page, -1)),
      ],
    });
    // A Model cell (summarize: it runs on any settlements) with its ranked table and chart.
    await page.locator('[data-testid=add-model]').click();
    const model = page.locator('[data-testid=cell][data-type=model]').first();
    await model.locator('[data-testid=model-pick]').selectOption('summarize');
    await model.locator('[data-testid=run]').click();
    await expect(model.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done', {
      timeout: 180_000,
    });
    await expect(model.locator('[data-testid=model-chart] svg').first()).toBeVisible();
    await look('model-cell', {
      scrollTo: '[data-testid=cell][data-type=model]',
      charts: true,
      axe: true,
    });
  });
}

test('visual: the mapping dialog and the validation report', async ({ page }) => {
  await openApp(page);
  const editor = page.locator('[data-testid=mapping-editor]');
  // The dialog is modal (the language and theme switches are behind it): each language × theme is set
  // first, then a file is loaded, its mapping dialog looked at in both sizes, the proposal applied, and
  // the validation report the dialog then shows looked at in both sizes before the dialog is closed.
  const looks = VARIANTS.filter((v) => v.width === VARIANTS[0]!.width);
  for (const [i, look] of looks.entries()) {
    await applyVariant(page, look);
    const variants = VARIANTS.filter((v) => v.lang === look.lang && v.theme === look.theme);
    await chooseFiles(page, [csvFile(`claims-visual-${i}.csv`, CLAIMS)]);
    await expect(editor.locator('select[data-field="setl_id"]')).toHaveValue('ClaimID');
    expect.soft(await checkScreen(page, 'mapping', { variants, axe: true }), 'mapping').toEqual([]);
    await applyProposal(editor);
    await expect(editor.locator('[data-testid=validation-report]')).toBeVisible({ timeout: 120_000 });
    expect.soft(await checkScreen(page, 'validation', { variants, axe: true }), 'validation').toEqual([]);
    await editor.locator('[data-testid=mapping-done]').click();
    await expect(editor.locator('[data-testid=validation-report]')).toHaveCount(0);
  }
});
