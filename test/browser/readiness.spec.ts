import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { applyProposal, chooseFiles, rowCountOf } from './app-helpers';
import { csvFile } from './test-files';

const panel = (page: Page) => page.locator('[data-testid=readiness-panel]');

/** The panel's counts: rules that will run and rules that will be skipped. */
async function counts(page: Page): Promise<[number, number]> {
  const text = (await panel(page).locator('[data-testid=readiness-counts]').textContent()) ?? '';
  const match = /将运行 (\d+) 条规则，跳过 (\d+) 条/.exec(text);
  expect(match, text).not.toBeNull();
  return [Number(match?.[1]), Number(match?.[2])];
}

/** Every need row's [label, unlocks, blocks]. */
async function needs(page: Page): Promise<[string, number, number][]> {
  return panel(page)
    .locator('[data-testid=readiness-need]')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector('summary')?.textContent?.trim() ?? '',
        Number(r.querySelector('[data-testid=readiness-unlocks]')?.textContent),
        Number(r.querySelector('[data-testid=readiness-blocks]')?.textContent),
      ]),
    );
}

test('the readiness panel: most rules ready on the demo; a keys-and-amounts file lists what would unlock more', async ({
  page,
}) => {
  await openApp(page);
  await expect(panel(page)).toBeVisible();
  const [ready, skipped] = await counts(page);
  expect(ready).toBeGreaterThan(skipped);
  for (const [label, unlocks, blocks] of await needs(page)) {
    expect(label).not.toBe('');
    expect(unlocks).toBeLessThanOrEqual(blocks);
  }

  // A settlement file with a key and an amount only, headers unlike the demo's.
  const text = ['ClaimID,Amount', 'C1,100.50', 'C2,NA', 'C3,20'].join('\n');
  await chooseFiles(page, [csvFile('claims_minimal.csv', text, 'utf8')]);
  expect(await rowCountOf(page, 'raw_claims_minimal')).toBe(3);
  const editor = page.locator('[data-testid=mapping-editor]');
  await expect(editor).toBeVisible();
  await editor.locator('select[data-testid=mapping-target]').selectOption('setl');
  await editor.locator('select[data-field="setl_id"]').selectOption('ClaimID');
  await editor.locator('select[data-field="medfee_sumamt"]').selectOption('Amount');
  await applyProposal(editor);
  await expect(editor.locator('[data-testid=validation-report]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid=canonical-table][data-target=setl]')).toContainText(
    'raw_claims_minimal',
  );

  await expect(panel(page)).toBeVisible();
  const [readyAfter, skippedAfter] = await counts(page);
  expect(readyAfter + skippedAfter).toBe(ready + skipped);
  // Never more rules ready for less data; with the demo taken out (issue 13), fewer.
  expect(skippedAfter).toBeGreaterThanOrEqual(skipped);
  const after = await needs(page);
  expect(skippedAfter).toBeGreaterThan(0);
  expect(after.length).toBeGreaterThan(0);
  for (const [label, unlocks, blocks] of after) {
    expect(label).not.toBe('');
    expect(blocks).toBeGreaterThanOrEqual(Math.max(unlocks, 1));
  }
  const unlocks = after.map(([, u]) => u);
  expect(unlocks).toEqual([...unlocks].sort((a, b) => b - a));
  // A need's rules open as a list.
  const first = panel(page).locator('[data-testid=readiness-need]').first();
  await first.locator('summary').click();
  await expect(first.locator('li')).toHaveCount(after[0]?.[2] ?? -1);
});
