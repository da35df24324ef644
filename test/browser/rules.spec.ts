import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { queryRows } from './app-helpers';

/** The notebook's (first) Rule cell. */
const ruleCell = (page: Page): Locator => page.locator('[data-testid=cell][data-type=rule]').first();

/** Adds a Rule cell (the whole library) and runs it; waits until it is done. */
async function runFullPack(page: Page): Promise<Locator> {
  await page.locator('[data-testid=add-rule]').click();
  const rule = ruleCell(page);
  await expect(rule).toBeVisible();
  await rule.locator('[data-testid=run]').click();
  await expect(rule.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done', {
    timeout: 120_000,
  });
  return rule;
}

test('runs the full rule pack on the demo data, drills into a finding, and queries findings from SQL', async ({
  page,
}) => {
  await openApp(page);
  const rule = await runFullPack(page);

  const findings = Number(await rule.locator('[data-testid=summary-findings]').getAttribute('data-value'));
  const atRisk = Number(await rule.locator('[data-testid=summary-amountAtRisk]').getAttribute('data-value'));
  expect(findings).toBeGreaterThan(0);
  expect(atRisk).toBeGreaterThan(0);
  // Every rule is accounted for: it ran, or it says why it was skipped.
  await expect(rule.locator('[data-testid=by-rule]')).toContainText('GZ10000204001000');

  // Drill into the largest finding: its fee lines, the violating ones marked, and the basis it cites.
  await rule.locator('[data-testid=sort-vola_amt]').click();
  const first = rule.locator('[data-testid=finding-row]').first();
  await expect(first).toBeVisible();
  await first.click();
  const drill = rule.locator('[data-testid=finding-drill]');
  await expect(drill).toBeVisible();
  await expect(drill.locator('[data-testid=drill-basis]')).not.toBeEmpty();
  const marked = drill.locator('[data-testid=drill-line][data-vola="1"]');
  const whole = (await marked.count()) === 0;
  // A finding about a whole settlement (分解住院, 重复结算…) lists its lines without marking one.
  if (!whole) await expect(marked.first()).toBeVisible();
  await drill.locator('[data-testid=drill-close]').click();
  await expect(drill).toBeHidden();

  // The findings are a table other cells query: the first SQL cell now reads it.
  const rows = await queryRows(
    page,
    `SELECT count(*) AS n, count(DISTINCT rule_id) AS rules FROM findings
     WHERE finding_id IN (SELECT finding_id FROM findings_lines) OR vola_amt >= 0`,
  );
  expect(Number(rows[0]?.[0]?.replace(/\D/g, ''))).toBe(findings);
});

test('a parameter out of bounds is refused with a message and not saved', async ({ page }) => {
  await openApp(page);
  await page.locator('[data-testid=add-rule]').click();
  const rule = ruleCell(page);
  await rule.locator('details:has([data-testid=param-input]) > summary').click();
  const input = rule.locator(
    '[data-testid=param-input][data-rule-id=GZ10000204001000][data-param=window_days]',
  );
  await input.fill('400');
  await input.dispatchEvent('change');
  await expect(rule.locator('[data-testid=param-error]').first()).toContainText('90');
  await rule.locator('[data-testid=rule-yaml-toggle]').click();
  await expect(rule.locator('[data-testid=rule-yaml]')).not.toHaveValue(/400/);
});

test('a knowledge file with bad rows keeps the good rows and lists each bad one with row and column', async ({
  page,
}) => {
  await openApp(page);
  const csv = [
    'code,kind,param,source',
    'XN05CDM084X001010102000,child,18,省目录 行 1',
    'BAD-CODE,child,18,省目录 行 2',
    'XN05CDM084X001010102000,sexx,1,省目录 行 3',
    '001103000010000,sex,3,省目录 行 4',
  ].join('\n');
  await page.locator('[data-testid=knowledge-file-input]').setInputFiles({
    name: 'province-kb.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  const report = page.locator('[data-testid=knowledge-report][data-file="province-kb.csv"]');
  await expect(report.locator('[data-testid=knowledge-accepted]')).toContainText('1');
  const errors = report.locator('[data-testid=knowledge-error]');
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toHaveAttribute('data-row', '2');
  await expect(errors.nth(0)).toHaveAttribute('data-column', 'code');
  await expect(errors.nth(1)).toHaveAttribute('data-column', 'kind');
  await expect(errors.nth(2)).toHaveAttribute('data-column', 'param');
  // The accepted row is a layer of its own over the shipped sample.
  await expect(
    page.locator('[data-testid=knowledge-layer][data-layer="import:province-kb.csv"]'),
  ).toBeVisible();
});
