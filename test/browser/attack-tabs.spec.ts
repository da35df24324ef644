import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { cell, focusEditor } from './app-helpers';
import { expect, test } from './fixtures';

/** Issue 11, item 8: two tabs of one browser (two pages in one context) must not lose each other's work. */

// The test opens the app five times; drafts need neither the engine nor the demo data, so it waits for
// the notebook only, but on a busy machine each start still takes a while.
test.setTimeout(480_000);

const restored = (page: Page) => page.locator('[data-testid=restored-notice]');
const openElsewhere = (page: Page) => page.locator('[data-testid=open-elsewhere]');
const drafts = (page: Page) => page.locator('[data-testid=draft]');
const firstCellText = (page: Page) => cell(page, 0).locator('[data-testid=sql-editor]');

/** Opens the app in `page` and waits for the notebook (not for the demo data: drafts do not need it). */
async function openNotebook(page: Page): Promise<void> {
  await page.goto('./');
  await expect(cell(page, 0)).toBeVisible({ timeout: 120_000 });
}

/** Appends a SQL comment to the first cell; the notebook then has unsaved changes. */
async function edit(page: Page, text: string): Promise<void> {
  await focusEditor(cell(page, 0));
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(`\n-- ${text}`);
  await expect(page.locator('[data-testid=dirty]')).toBeVisible();
}

/** Reloads and waits for the tab's own draft to come back. */
async function reloadRestored(page: Page): Promise<void> {
  await page.reload();
  await expect(restored(page)).toBeVisible({ timeout: 120_000 });
}

test('two tabs edit, reload and close: both drafts come back, and each tab is warned of the other', async ({
  page: tabA,
  context,
}) => {
  await openNotebook(tabA);
  const tabB = await context.newPage();
  await openNotebook(tabB);
  // Both have the starter notebook open: each is told the other tab has it too.
  await expect(openElsewhere(tabA)).toBeVisible();
  await expect(openElsewhere(tabB)).toBeVisible();
  await expect(openElsewhere(tabA)).toContainText('另一个标签页');

  await edit(tabA, '甲标签页的修改 edit in tab A');
  await edit(tabB, '乙标签页的修改 edit in tab B');

  // A reload gives each tab its own draft back (before, the second tab's edit replaced the first's).
  await reloadRestored(tabA);
  await reloadRestored(tabB);
  await expect(firstCellText(tabA)).toContainText('edit in tab A');
  await expect(firstCellText(tabB)).toContainText('edit in tab B');
  await expect(firstCellText(tabA)).not.toContainText('edit in tab B');
  await expect(openElsewhere(tabA)).toBeVisible();
  // A draft an open tab is writing is never offered elsewhere.
  await expect(drafts(tabA)).toHaveCount(0);

  // When tab B closes, tab A's warning goes.
  await tabB.close();
  await expect(openElsewhere(tabA)).toHaveCount(0);
  await tabA.close();

  // A new tab continues the newest draft and lists the other; continuing that one lists the first.
  const tabC = await context.newPage();
  await tabC.goto('./');
  await expect(restored(tabC)).toBeVisible({ timeout: 120_000 });
  await expect(drafts(tabC)).toHaveCount(1);
  await expect(drafts(tabC)).toContainText('1');
  const first = (await firstCellText(tabC).textContent()) ?? '';
  const [shown, other] = first.includes('edit in tab A') ? ['tab A', 'tab B'] : ['tab B', 'tab A'];
  await tabC.locator('[data-testid=continue-draft]').click();
  await expect(firstCellText(tabC)).toContainText(`edit in ${other}`);
  await expect(drafts(tabC)).toHaveCount(1);
  await tabC.locator('[data-testid=continue-draft]').click();
  await expect(firstCellText(tabC)).toContainText(`edit in ${shown}`);
  // Discarding removes a draft for good.
  await tabC.locator('[data-testid=discard-draft]').click();
  await expect(drafts(tabC)).toHaveCount(0);
  const stored = await tabC.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('claimlens.autosave.'))
      .map((key) => localStorage.getItem(key) ?? ''),
  );
  expect(stored).toHaveLength(1);
  expect(stored[0]).toContain(`edit in ${shown}`);
});

test('an autosave from before per-tab drafts (the single slot) still restores', async ({ page }) => {
  const legacy = await readFile(
    new URL('../attacks/notebook/legacy-autosave-v1.json', import.meta.url),
    'utf8',
  );
  // Put the old slot in place before the app's first start on this origin.
  await page.goto('./_headers');
  await page.evaluate((snapshot) => {
    localStorage.clear();
    localStorage.setItem('claimlens.autosave.v1', snapshot);
  }, legacy);
  await page.goto('./');
  await expect(restored(page)).toBeVisible({ timeout: 120_000 });
  await expect(firstCellText(page)).toContainText('旧版自动保存 old autosave');
  expect(await page.evaluate(() => localStorage.getItem('claimlens.autosave.v1'))).toBeNull();
});
