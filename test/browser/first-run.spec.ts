import { expect, openApp, test } from './fixtures';
import { applyProposal, chooseFiles } from './app-helpers';
import { csvFile } from './test-files';

/** A user's settlements in an order and spelling unlike the demo's (Chinese headers, an extra column). */
const USER_SETTLEMENTS = [
  '结算ID,人员编号,定点医药机构编号,医疗费总额,开始日期,结束日期,经办人',
  'FR001,FP01,H-FIRST-1,120.50,2024-06-01,2024-06-02,张',
  'FR002,FP02,H-FIRST-2,80.00,2024-06-03,2024-06-03,李',
].join('\n');

/** Provenance strings the knowledge panel used to show as text: a file path and a repository owner. */
const REMOVED_FROM_PANEL = [
  'rachelzzz1921',
  'yingyan',
  'nhsa-knowledge-report.md',
  'workers/knowledge/README.md',
];

test('first run: H opens the shortcuts anywhere, one save status, theme button says what it does, user data first, knowledge source collapsed', async ({
  page,
}) => {
  await openApp(page);
  const help = page.locator('[data-testid=shortcut-help]');
  // Fresh: one save-status line, kept in the browser, not in a file (no bare "saved").
  const status = page.locator('[data-testid=save-status]');
  await expect(status).toHaveCount(1);
  await expect(status).toHaveAttribute('data-state', 'browser');
  await expect(status).toHaveText('已自动存于本浏览器 · 未存为文件');

  // H with no cell in play (focus on the page header) opens the shortcut help; Esc closes it.
  await page.locator('[data-testid=privacy-badge]').click();
  await page.keyboard.press('h');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // Typing an H into a text field is just a letter.
  const title = page.locator('[data-testid=notebook-title]');
  await title.click();
  await page.keyboard.press('End');
  await page.keyboard.type('h');
  await expect(help).toBeHidden();
  // The visible control opens it too.
  await page.locator('[data-testid=nb-help]').click();
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // One save-status line. The title edit above is an edit: autosaved in the browser, not in a file.
  await title.press('Enter');
  await title.blur();
  await expect(status).toHaveAttribute('data-state', 'browser-changed');
  await expect(status).toHaveText('● 修改已自动存于本浏览器 · 未存为文件');
  await expect(page.locator('[data-testid=notebook-file]')).toHaveCount(0);
  // A notebook opened from a file: the file name, and the status says the file is current.
  await page.locator('[data-testid=nb-new]').click();
  await page.locator('[data-testid=notebook-file-input]').setInputFiles({
    name: 'first-run.claimlens.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('---\ntitle: 首次\n---\n\n```sql {id=c1 name=one}\nSELECT 1 AS one\n```\n'),
  });
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('first-run.claimlens.md');
  await expect(status).toHaveAttribute('data-state', 'file-saved');
  await expect(status).toHaveText('已保存到文件');
  // Edited again: the file is behind, the browser has the edits.
  await title.fill('首次使用');
  await title.press('Enter');
  await expect(status).toHaveAttribute('data-state', 'file-changed');
  await expect(status).toHaveText('● 有修改未存入文件（已自动存于本浏览器）');
  // Never "saved" next to "not saved to a file" as two statuses.
  await expect(page.locator('[data-testid=saved], [data-testid=dirty]')).toHaveCount(1);

  // The theme button says what a click does, in either theme.
  const html = page.locator('html');
  const themeButton = page.locator('[data-testid=theme-switch]');
  const isDark = (await html.getAttribute('data-theme')) === 'dark';
  await expect(themeButton).toHaveAccessibleName(isDark ? /切换到浅色/ : /切换到深色/);
  await themeButton.click();
  await expect(html).toHaveAttribute('data-theme', isDark ? 'light' : 'dark');
  await expect(themeButton).toHaveAccessibleName(isDark ? /切换到深色/ : /切换到浅色/);
  await expect(themeButton).not.toHaveAttribute('aria-pressed', /.*/);
  await themeButton.click();
  await page.locator('[data-testid=lang-switch]').click();
  await expect(themeButton).toHaveAccessibleName(isDark ? /Switch to light/ : /Switch to dark/);
  await expect(status).toHaveText('● Edits not yet in the file (autosaved in this browser)');
  await page.locator('[data-testid=lang-switch]').click();

  // The knowledge panel: no path or account name as text; provenance in a collapsed Source detail.
  const knowledge = page.locator('[data-testid=knowledge-panel]');
  await expect(knowledge.locator('[data-testid=knowledge-layer]').first()).toBeVisible({ timeout: 60_000 });
  const panelText = (await knowledge.innerText()) + (await knowledge.textContent());
  for (const removed of REMOVED_FROM_PANEL) expect(panelText).not.toContain(removed);
  expect(panelText).not.toMatch(/[\w.-]+\/[\w.-]+\.(md|json|ts|gz)\b/);
  const sources = knowledge.locator('details[data-testid=knowledge-source]');
  expect(await sources.count()).toBeGreaterThan(0);
  await expect(sources.first()).not.toHaveAttribute('open', /.*/);
  await sources.first().locator('summary').click();
  await expect(sources.first()).toContainText('国家医疗保障局');

  // A user's file: listed first; the demo, kept apart, after it and labelled as demo.
  await chooseFiles(page, [csvFile('首次结算.csv', USER_SETTLEMENTS)]);
  const editor = page.locator('[data-testid=mapping-editor]');
  await expect(editor.locator('select[data-testid=mapping-target]')).toHaveValue('setl', { timeout: 60_000 });
  await applyProposal(editor);
  await editor.locator('[data-testid=mapping-done]').click();
  await expect(editor).toBeHidden();
  await page.locator('[data-testid=keep-demo-apart]').click();
  const apart = page.locator('[data-testid=demo-apart]');
  await expect(apart).toHaveAttribute('data-status', 'kept', { timeout: 60_000 });
  await expect(apart).toContainText('演示');
  const datasets = page.locator('[data-testid=dataset]');
  await expect(datasets.first()).toContainText('首次结算.csv');
  // Listed first = drawn above (the two live in different shadow trees, where compareDocumentPosition's
  // order is implementation-specific, i.e. arbitrary).
  const userBox = await datasets.first().boundingBox();
  const demoBox = await apart.boundingBox();
  expect(userBox && demoBox && userBox.y + userBox.height <= demoBox.y + 1).toBe(true);
  for (const item of await datasets.all()) {
    const text = await item.innerText();
    if (!text.includes('首次结算.csv')) expect(text).toContain('演示');
  }
});
