import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A file for `setInputFiles`, made in memory. */
export interface MemoryFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Chooses files in the app's file picker. */
export async function chooseFiles(page: Page, files: MemoryFile[] | string[]): Promise<void> {
  await page.locator('input[type=file][data-testid=file-input]').setInputFiles(files);
}

/** The dataset item for a raw table. */
export function dataset(page: Page, table: string): Locator {
  return page.locator(`[data-testid=dataset][data-table="${table}"]`);
}

/** Waits for a loaded dataset and returns its row count. */
export async function rowCountOf(page: Page, table: string): Promise<number> {
  const count = dataset(page, table).locator('[data-testid=row-count]');
  await expect(count).toBeVisible();
  return Number(await count.getAttribute('data-value'));
}

/** The n-th SQL cell of the notebook. */
export function cell(page: Page, index = 0): Locator {
  return page.locator('[data-testid=cell][data-type=sql]').nth(index);
}

/** Puts the cursor in a cell's editor (CodeMirror mounts on first view or click). */
export async function focusEditor(c: Locator): Promise<void> {
  await c.locator('[data-testid=sql-editor]').click();
  const editor = c.locator('.cm-content');
  await expect(editor).toBeVisible();
  await editor.click();
}

/** Replaces the SQL of a cell, runs it with Ctrl+Enter and waits until it is done or failed. */
export async function runSql(page: Page, sql: string, index = 0): Promise<Locator> {
  const c = cell(page, index);
  await focusEditor(c);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('ControlOrMeta+Enter');
  const status = c.locator('[data-testid=cell-status]');
  await expect(status).toHaveAttribute('data-state', /^(done|error)$/, { timeout: 60_000 });
  return c;
}

/** Runs SQL in a cell and returns the text of the result table's visible cells, row by row. */
export async function queryRows(page: Page, sql: string, index = 0): Promise<string[][]> {
  const c = await runSql(page, sql, index);
  await expect(c.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done');
  const rows = c.locator('[data-testid=result-row]');
  const out: string[][] = [];
  for (const row of await rows.all()) {
    out.push(await row.locator('[data-testid=result-cell]').allInnerTexts());
  }
  return out;
}

/**
 * Applies the mapping the editor shows: first confirms the fields the proposal flags for confirmation
 * ("Confirm all", as a user accepting the proposal does; Apply stays disabled until then), then Apply.
 */
export async function applyProposal(editor: Locator): Promise<void> {
  const apply = editor.locator('[data-testid=mapping-apply]');
  const confirmAll = editor.locator('[data-testid=mapping-confirm-all]');
  await expect(async () => {
    if (await confirmAll.isVisible()) await confirmAll.click();
    await expect(apply).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 120_000 });
  await apply.click();
}
