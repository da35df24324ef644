import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { APP_READY_TIMEOUT_MS, expect, openApp, test } from './fixtures';
import { cell, focusEditor, queryRows } from './app-helpers';

/** Every cell of the notebook, in order. */
const cells = (page: Page) => page.locator('[data-testid=cell]');

/** Types into the focused editor (insertText: CodeMirror gets it as one input, Chinese included). */
async function type(page: Page, text: string): Promise<void> {
  await page.keyboard.insertText(text);
}

async function downloadText(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

/**
 * A run-log line holds only when, which cell, the hash of its source, its status and the hashes of the
 * tables it read (`core/notebook/audit-log-format.ts`): no field that could carry a value computed from data.
 */
const RUN_LOG_LINE =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z cell=[\w-]+ source=[0-9a-f]{64} status=(done|error) datasets=(-|[\w.-]+:[0-9a-f]{64}(,[\w.-]+:[0-9a-f]{64})*)$/;

/** A saved notebook split into its method (every line outside the run log) and its run-log lines. */
function splitRunLog(text: string): { method: string; logLines: string[] } {
  const match = /```claimlens-log\n([\s\S]*?)\n```/.exec(text);
  if (!match) return { method: text, logLines: [] };
  return {
    method: text.slice(0, match.index) + text.slice(match.index + match[0].length),
    logLines: (match[1] ?? '').split('\n'),
  };
}

/** Without the File System Access picker, Save downloads the notebook. */
async function useDownloads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

test('builds a notebook from scratch with the keyboard only, saves it, and reopens it after a reload', async ({
  page,
}) => {
  await useDownloads(page);
  await openApp(page);
  await page.locator('[data-testid=nb-new]').focus();
  await page.keyboard.press('Enter');
  await expect(cells(page)).toHaveCount(1);
  await expect(page.locator('.cm-content').first()).toBeFocused();

  // Edit mode in the first cell: type, Shift+Enter runs it and opens a new cell below.
  await type(page, 'SELECT 41 + 1 AS answer');
  await page.keyboard.press('Shift+Enter');
  await expect(cells(page)).toHaveCount(2);
  await expect(cell(page, 0).locator('[data-testid=cell-status]')).toHaveAttribute('data-rows', '1');
  await type(page, 'SELECT answer * 2 AS doubled FROM result_1');
  // Esc: command mode; Ctrl+Enter runs the selected cell.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Enter');
  const second = cell(page, 1);
  await expect(second.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done');
  await expect(second.locator('[data-testid=result-cell]').first()).toContainText('84');

  // A: insert above; M: make it Markdown; Enter: edit; Shift+Enter: render it.
  await page.keyboard.press('a');
  await page.keyboard.press('m');
  await page.keyboard.press('Enter');
  await type(page, '# 复核记录\n\n答案翻倍。');
  await page.keyboard.press('Shift+Enter');
  await expect(page.locator('[data-testid=markdown-view] h1')).toHaveText('复核记录');
  await expect(page.locator('[data-testid=toc-entry]')).toHaveText(['复核记录']);

  // B inserts below, D D deletes, Z brings it back, D D again.
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await expect(cells(page)).toHaveCount(4);
  await page.keyboard.press('Escape');
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  await expect(cells(page)).toHaveCount(3);
  await page.keyboard.press('z');
  await expect(cells(page)).toHaveCount(4);
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  await expect(cells(page)).toHaveCount(3);
  await expect(page.locator('[data-testid=dirty]')).toBeVisible();

  // Ctrl+S saves (here: downloads) the file; it holds the method and the run log, never the data.
  const saved = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+s');
  const download = await saved;
  const text = await downloadText(download);
  expect(download.suggestedFilename()).toMatch(/\.claimlens\.md$/);
  expect(text).toContain('```markdown {id=');
  expect(text).toContain('# 复核记录');
  expect(text).toContain('```sql {id=c1 name=result_1}\nSELECT 41 + 1 AS answer\n```');
  expect(text).toContain('FROM result_1');
  expect(text).toMatch(/```claimlens-log\n.*cell=c1 .*status=done /);
  // No result value in the file. The method (everything but the run log) must not hold the result 84;
  // the run log is checked by its fields, not by searching its text for digits: its times are wall-clock
  // minutes and its hashes are hex, either of which may contain "84" by chance.
  const { method, logLines } = splitRunLog(text);
  expect(method).not.toContain('84');
  expect(logLines.length).toBeGreaterThan(0);
  for (const line of logLines) expect(line).toMatch(RUN_LOG_LINE);
  await expect(page.locator('[data-testid=saved]')).toBeVisible();

  // After a reload, open the saved file: the same cells come back and run.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: APP_READY_TIMEOUT_MS });
  await page.locator('[data-testid=nb-new]').click();
  await page.locator('[data-testid=notebook-file-input]').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'text/markdown',
    buffer: Buffer.from(text),
  });
  await expect(cells(page)).toHaveCount(3);
  await expect(page.locator('[data-testid=markdown-view] h1')).toHaveText('复核记录');
  await page.locator('[data-testid=run-all]').click();
  await expect(cell(page, 1).locator('[data-testid=result-cell]').first()).toContainText('84');
});

test('a reload in the middle of an edit restores the notebook, with a notice', async ({ page }) => {
  await openApp(page);
  const c = cell(page, 0);
  await focusEditor(c);
  await page.keyboard.press('ControlOrMeta+End');
  await type(page, '\n-- 未保存的修改 unsaved edit');
  await expect(page.locator('[data-testid=dirty]')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-testid=restored-notice]')).toBeVisible({ timeout: 60_000 });
  await expect(cell(page, 0).locator('[data-testid=sql-editor]')).toContainText('未保存的修改 unsaved edit');
  await expect(page.locator('[data-testid=dirty]')).toBeVisible();
  // Discarding starts a new notebook.
  await page.locator('[data-testid=discard-restored]').click();
  await expect(page.locator('[data-testid=restored-notice]')).toHaveCount(0);
  await expect(page.locator('[data-testid=replaced-notice]')).toBeVisible();
});

test('Save writes back to the same file; Save as writes a new one and leaves the old file as it was', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const files: Record<string, string> = {};
    let n = 0;
    (window as unknown as { __files: Record<string, string> }).__files = files;
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async () => {
      n += 1;
      const name = `copy-${n}.claimlens.md`;
      return {
        name,
        createWritable: async () => ({
          write: async (blob: Blob) => {
            files[name] = await blob.text();
          },
          close: async () => undefined,
        }),
      };
    };
  });
  await openApp(page);
  const files = () => page.evaluate(() => (window as unknown as { __files: Record<string, string> }).__files);
  const title = page.locator('[data-testid=notebook-title]');
  // A Rule cell run before saving: its log line and the header name the files it read.
  await page.locator('[data-testid=add-rule]').click();
  const rule = page.locator('[data-testid=cell][data-type=rule]').first();
  await rule.locator('[data-testid=run]').click();
  await expect(rule.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done', {
    timeout: 120_000,
  });

  await page.locator('[data-testid=nb-save]').click();
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('copy-1.claimlens.md');
  await title.fill('第二版 / Second version');
  await title.press('Enter');
  await page.locator('[data-testid=nb-save]').click();
  await expect
    .poll(async () => (await files())['copy-1.claimlens.md'])
    .toContain('title: 第二版 / Second version');

  await page.locator('[data-testid=nb-save-as]').click();
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('copy-2.claimlens.md');
  await title.fill('第三版 / Third version');
  await title.press('Enter');
  await page.locator('[data-testid=nb-save]').click();
  await expect.poll(async () => (await files())['copy-2.claimlens.md']).toContain('第三版');
  const all = await files();
  expect(Object.keys(all).sort()).toEqual(['copy-1.claimlens.md', 'copy-2.claimlens.md']);
  expect(all['copy-1.claimlens.md']).toContain('第二版');
  // The saved file records which data it was run on: the demo's setl file and its fingerprint.
  expect(all['copy-2.claimlens.md']).toMatch(
    /datasets:\n {2}- table: setl\n {4}file: setl\.csv\n {4}sha256: [0-9a-f]{64}/,
  );
  // Read through the Rule cell, psn and medins are bound too; the rule's run log line names its inputs.
  expect(all['copy-2.claimlens.md']).toMatch(/- table: psn\n {4}file: [^\n]+\n {4}sha256: [0-9a-f]{64}/);
  expect(all['copy-2.claimlens.md']).toMatch(/- table: medins\n {4}file: [^\n]+\n {4}sha256: [0-9a-f]{64}/);
  const { logLines } = splitRunLog(all['copy-2.claimlens.md'] ?? '');
  expect(logLines.length).toBeGreaterThan(0);
  for (const line of logLines) {
    expect(line).toMatch(RUN_LOG_LINE);
    expect(line).not.toMatch(/datasets=-$/);
  }
  expect(logLines.join('\n')).toMatch(/datasets=.*psn:[0-9a-f]{64}.*setl:[0-9a-f]{64}/);
});

test('opens a shipped notebook from the gallery and runs it all; a parameter change re-runs what uses it', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('[data-testid=nb-gallery]').selectOption('introduction');
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('introduction.claimlens.md');
  const sqlStatuses = page.locator('[data-testid=cell][data-type=sql] [data-testid=cell-status]');
  await expect(sqlStatuses).toHaveCount(2);
  for (const status of await sqlStatuses.all())
    await expect(status).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  // Its chart cell plots the per-hospital totals.
  await expect(page.locator('[data-testid=cell][data-type=chart] [data-testid=chart]').first()).toBeVisible();
  const before = Number(await sqlStatuses.first().getAttribute('data-rows'));
  expect(before).toBeGreaterThan(0);

  // Narrow the audit period: the inpatient query and the per-hospital totals run again by themselves.
  await page.locator('[data-testid=parameter-end]').fill('2024-01-31');
  await page.locator('[data-testid=parameter-end]').dispatchEvent('change');
  await expect
    .poll(async () => Number(await sqlStatuses.first().getAttribute('data-rows')), { timeout: 30_000 })
    .toBeLessThan(before);
  await expect(sqlStatuses.last()).toHaveAttribute('data-state', 'done');

  // "Run from here" on the first SQL cell runs it and everything after it.
  await page.locator('[data-testid=cell][data-type=sql] [data-testid=run-from]').first().click();
  for (const status of await sqlStatuses.all()) await expect(status).toHaveAttribute('data-state', 'done');

  // The URL can name a shipped notebook too.
  await page.goto('./?notebook=duplicate-charges');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: APP_READY_TIMEOUT_MS });
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('duplicate-charges.claimlens.md');
});

test('a chart cell plots a named result with Observable Plot and exports SVG and PNG', async ({ page }) => {
  await openApp(page);
  await cell(page, 0).click();
  await page.locator('[data-testid=add-chart]').click();
  const chart = page.locator('[data-testid=cell][data-type=chart]');
  await expect(chart.locator('[data-testid=chart-from]')).toHaveValue('by_institution');
  await chart.locator('[data-testid=chart-mark]').selectOption('bar');
  await chart.locator('[data-testid=chart-x]').selectOption('fixmedins_code');
  await chart.locator('[data-testid=chart-y]').selectOption('total');
  await chart.locator('[data-testid=run]').click();
  await expect(chart.locator('[data-testid=chart] svg, svg[data-testid=chart]').first()).toBeVisible();
  await expect(chart.locator('[data-testid=chart] rect, svg[data-testid=chart] rect').first()).toBeAttached();

  const svgDownload = page.waitForEvent('download');
  await chart.locator('[data-testid=chart-export-svg]').click();
  const svg = await downloadText(await svgDownload);
  expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('<rect');

  const pngDownload = page.waitForEvent('download');
  await chart.locator('[data-testid=chart-export-png]').click();
  const png = await readFile((await (await pngDownload).path())!);
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

test('the theme switch turns the dark theme on and remembers it', async ({ page }) => {
  await openApp(page);
  const html = page.locator('html');
  const before = await html.getAttribute('data-theme');
  await page.locator('[data-testid=theme-switch]').click();
  const after = before === 'dark' ? 'light' : 'dark';
  await expect(html).toHaveAttribute('data-theme', after);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', after);
  const rows = await queryRows(page, 'SELECT 1 AS one');
  expect(rows[0]![0]).toContain('1');
  // H in command mode opens the shortcut help; Esc closes it.
  await page.keyboard.press('Escape');
  await page.keyboard.press('h');
  const help = page.locator('[data-testid=shortcut-help]');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Shift');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
