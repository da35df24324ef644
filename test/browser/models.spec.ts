import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { dataset } from './app-helpers';

/** The model ids the kernel's library lists (`modelLibrary()`), read from a new Model cell's picker. */
async function libraryIds(page: Page): Promise<string[]> {
  await page.locator('[data-testid=add-model]').click();
  const picker = page.locator('[data-testid=cell][data-type=model] [data-testid=model-pick]').first();
  await expect(picker.locator('optgroup option').first()).toBeAttached();
  return picker
    .locator('optgroup option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

/** A SQL-safe table name for a model's cell. */
const tableOf = (id: string) => `m_${id.replace(/-/g, '_')}`;

/**
 * A notebook with one Model cell per library model (defaults), one with a parameter its model does
 * not have, and a SQL cell after them that reads the first model's output.
 */
function modelsNotebook(ids: readonly string[]): string {
  const cells = ids.map((id, i) =>
    ['```model {id=m' + i + ' name=' + tableOf(id) + ' model=' + id + '}', '```', ''].join('\n'),
  );
  const first = ids[0] ?? 'summarize';
  return [
    '---',
    'title: 模型库 / Model library',
    '---',
    '',
    ...cells,
    '```model {id=bad name=bad_params model=' + first + '}',
    'no_such_parameter: 3',
    '```',
    '',
    '```sql {id=after name=after_models}',
    `SELECT count(*) AS n, min(rank) AS top FROM ${tableOf(first)}`,
    '```',
    '',
  ].join('\n');
}

async function waitRun(cell: Locator): Promise<string> {
  const status = cell.locator('[data-testid=cell-status]');
  await expect(status).toHaveAttribute('data-state', /^(done|error)$/, { timeout: 240_000 });
  return (await status.getAttribute('data-state')) ?? '';
}

/** Marks Plot drew inside a chart's SVG (bars, dots, lines). */
function marks(chart: Locator): Locator {
  return chart.locator('svg [aria-label] rect, svg [aria-label] circle, svg [aria-label] path');
}

test('every library model runs on the demo data with its table, chart and drill-down; a skip and a bad parameter say why', async ({
  page,
}) => {
  await openApp(page);
  const ids = await libraryIds(page);
  expect(ids).toContain('summarize');

  await page.locator('[data-testid=notebook-file-input]').setInputFiles({
    name: 'models.claimlens.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(modelsNotebook(ids)),
  });
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('models.claimlens.md');
  await page.locator('[data-testid=run-all]').click();

  let ranCount = 0;
  for (const [i, id] of ids.entries()) {
    const cell = page.locator(`[data-testid=cell][data-cell-id=m${i}]`);
    const state = await waitRun(cell);
    expect(state, `${id} ran`).toBe('done');
    await expect(cell.locator('[data-testid=model-name]')).not.toBeEmpty();
    const skipped = cell.locator('[data-testid=model-skipped]');
    if ((await skipped.count()) > 0) {
      // A model the demo data cannot feed says what is missing, as its header did before the run.
      await expect(skipped).toContainText('已跳过');
      await expect(cell.locator('[data-testid=model-missing]')).toBeVisible();
      continue;
    }
    ranCount += 1;
    await expect(cell.locator('[data-testid=model-ran]')).toBeVisible();
    const rows = cell.locator('[data-testid=model-row]');
    const empty = cell.locator('[data-testid=model-empty]');
    await expect(rows.first().or(empty)).toBeVisible();
    if ((await rows.count()) === 0) continue;
    await expect(rows.first().locator('[data-testid=model-explain]')).not.toBeEmpty();
    const chart = cell.locator('[data-testid=model-chart]');
    // Cells off screen are not laid out (content-visibility: auto): a chart is drawn at its width once seen.
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('svg').first(), `${id} chart`).toBeVisible();
    expect(await marks(chart).count(), `${id} chart marks`).toBeGreaterThan(0);
  }
  expect(ranCount).toBeGreaterThan(0);

  // Drill into the top entity of the first model that ranked any: its settlements and fee lines.
  const ranked = page.locator('[data-testid=cell][data-type=model]:has([data-testid=model-row])').first();
  await ranked.locator('[data-testid=model-entity]').first().click();
  const drill = ranked.locator('[data-testid=model-drill]');
  await expect(drill).toBeVisible();
  await expect(drill).toHaveAttribute('aria-busy', 'false');
  await expect(
    drill.locator('[data-testid=model-drill-settlements], [data-testid=model-drill-none]').first(),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drill).toBeHidden();

  // A parameter the model does not have: the cell fails with the bilingual reason, the rest runs on.
  const bad = page.locator('[data-testid=cell][data-cell-id=bad]');
  expect(await waitRun(bad)).toBe('error');
  const error = bad.locator('[data-testid=model-error] .message');
  await expect(error).toContainText('no_such_parameter');
  const zh = (await error.textContent()) ?? '';
  const after = page.locator('[data-testid=cell][data-cell-id=after]');
  expect(await waitRun(after)).toBe('done');
  await page.locator('[data-testid=lang-switch]').click();
  await expect(error).toContainText('no_such_parameter');
  const en = (await error.textContent()) ?? '';
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  expect(en).not.toBe(zh);
  await page.locator('[data-testid=lang-switch]').click();

  // Without settlements every model is skipped: its header says what is missing, its run says why.
  await page.locator('[data-testid=auto-run]').uncheck();
  const raw = dataset(page, 'raw_setl');
  await raw.locator('[data-testid=unmap-dataset]').click();
  await expect(raw.locator('[data-testid=mapping-status]')).not.toHaveAttribute('data-target', 'setl');
  const first = page.locator('[data-testid=cell][data-cell-id=m0]');
  await expect(first.locator('[data-testid=model-missing]')).toBeVisible();
  await first.locator('[data-testid=run]').click();
  await expect(first.locator('[data-testid=model-skipped]')).toContainText('已跳过', { timeout: 120_000 });
  await expect(first.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done');
  await expect(first.locator('[data-testid=model-table]')).toHaveCount(0);

  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    .exclude('.cm-scroller')
    .analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});
