import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { cell, queryRows } from './app-helpers';

/** Adds a Rule cell (the whole library) and runs it on the demo data; waits until it is done. */
async function runFullPack(page: Page): Promise<Locator> {
  await page.locator('[data-testid=add-rule]').click();
  const rule = page.locator('[data-testid=cell][data-type=rule]').first();
  await rule.locator('[data-testid=run]').click();
  await expect(rule.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done', {
    timeout: 120_000,
  });
  return rule;
}

/** `¥` and a grouped amount with fen: `¥80,417.40`. */
const EXACT_MONEY = /^-?¥\d{1,3}(,\d{3})*\.\d{2}$/;

test('amounts and counts are exact and re-performable; ids are shown whole; suspicions are not called 违规', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  const rule = await runFullPack(page);

  // The amount card: the exact amount to the fen with separators, no compact form.
  const card = rule.locator('[data-testid=summary-amountAtRisk]');
  const atRisk = Number(await card.getAttribute('data-value'));
  expect(atRisk).toBeGreaterThan(0);
  const shown = (await card.locator('dd').innerText()).trim();
  expect(shown).toMatch(EXACT_MONEY);
  expect(Number(shown.replace(/[¥,]/g, ''))).toBeCloseTo(atRisk, 2);

  // Each severity's count and amount match what a SQL cell computes from the findings table, digit for
  // digit; the SQL result's DECIMAL column is itself grouped in the result table.
  const bySql = await queryRows(
    page,
    `SELECT sev_deg, count(*) AS n, sum(vola_amt)::DECIMAL(18,2) AS amount
     FROM findings GROUP BY sev_deg ORDER BY sev_deg`,
  );
  expect(bySql.length).toBeGreaterThan(0);
  for (const [severity, n, amount] of bySql) {
    const item = rule.locator(`[data-testid=by-severity] li[data-severity="${severity}"]`);
    await expect(item).toHaveAttribute('data-findings', String(Number(n!.replaceAll(',', ''))));
    expect(amount).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
    await expect(item).toContainText(`¥${amount}`);
    await expect(item).toContainText(`${n} 条`);
  }
  // The per-rule amounts, shown exactly, add up to the SQL total of the findings' amounts.
  const [total] = await queryRows(page, 'SELECT sum(vola_amt)::DECIMAL(18,2) AS total FROM findings');
  const ruleAmounts = await rule
    .locator('[data-testid=by-rule] tbody tr[data-status=ok] td:nth-child(5)')
    .allInnerTexts();
  for (const text of ruleAmounts) expect(text.trim()).toMatch(EXACT_MONEY);
  const cents = ruleAmounts.reduce(
    (sum, text) => sum + Math.round(Number(text.replace(/[¥,]/g, '')) * 100),
    0,
  );
  expect(cents).toBe(Math.round(Number(total![0]!.replaceAll(',', '')) * 100));

  // Chinese wording: counts are 疑点, and nothing but the 明确违规 severity label says 违规.
  const summary = rule.locator('cl-findings-summary');
  const text = await summary.evaluate((el) => el.shadowRoot?.textContent ?? '');
  expect(text).toContain('疑点条数');
  expect(text).not.toMatch(/违规(条数|金额|明细)/);
  await expect(rule.locator('[data-testid=by-severity] li[data-severity="可疑"]')).not.toContainText('违规');

  // A result table: the DOUBLE / DECIMAL amount is grouped with all its digits; the 18-digit id number
  // (VARCHAR) is never grouped and never cut at 1366×768.
  const rows = await queryRows(
    page,
    `SELECT p.certno, s.setl_id, s.medfee_sumamt, s.medfee_sumamt::DOUBLE AS as_double
     FROM setl s JOIN psn p USING (psn_no)
     WHERE length(p.certno) = 18 ORDER BY s.medfee_sumamt DESC, s.setl_id LIMIT 5`,
  );
  expect(rows.length).toBe(5);
  for (const [certno, , amount, asDouble] of rows) {
    expect(certno).toMatch(/^\d{17}[\dX]$/);
    expect(amount).toMatch(/^\d{1,3}(,\d{3})+(\.\d+)?$/);
    expect(asDouble).toMatch(/^\d{1,3}(,\d{3})+(\.\d+)?$/);
  }
  const idCells = cell(page, 0).locator('[data-testid=result-row] [data-testid=result-cell]:nth-child(2)');
  const fits = await idCells.evaluateAll((cells) =>
    cells.map((c) => [c.textContent?.trim(), c.scrollWidth <= c.clientWidth] as const),
  );
  expect(fits.length).toBe(5);
  for (const [id, fit] of fits) {
    expect(id).toMatch(/^\d{17}[\dX]$/);
    expect(fit, `id ${id} is cut`).toBe(true);
  }
  const amountCell = cell(page, 0).locator('[data-testid=result-row] [data-testid=result-cell]').nth(2);
  await expect(amountCell).toHaveCSS('text-align', 'right');
});
