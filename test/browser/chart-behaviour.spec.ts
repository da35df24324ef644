import type { Locator, Page } from '@playwright/test';
import { cell, queryRows } from './app-helpers';
import { expect, openApp, test } from './fixtures';

/**
 * Tick labels (x and y) of every Plot chart under `root` whose box is not inside its chart's SVG box,
 * as `text @ left,top,right,bottom` (empty when every label is drawn whole).
 */
async function labelsOutside(root: Locator): Promise<string[]> {
  return root.locator('svg.cl-plot').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      const texts = svg.querySelectorAll(
        'g[aria-label="y-axis tick label"] text, g[aria-label="x-axis tick label"] text',
      );
      return Array.from(texts).flatMap((text) => {
        const r = text.getBoundingClientRect();
        const inside =
          r.left >= box.left - 0.5 &&
          r.right <= box.right + 0.5 &&
          r.top >= box.top - 0.5 &&
          r.bottom <= box.bottom + 0.5;
        return inside ? [] : [`${text.textContent} @ ${[r.left, r.top, r.right, r.bottom].join(',')}`];
      });
    }),
  );
}

/** The number of y tick labels drawn in the charts under `root` (so a check over none cannot pass). */
function yLabels(root: Locator): Locator {
  return root.locator('svg.cl-plot g[aria-label="y-axis tick label"] text');
}

/** Every chart and tick label under `root` is drawn whole, and there are labels to look at. */
async function expectLabelsInside(root: Locator): Promise<void> {
  await expect(yLabels(root).first()).toBeAttached();
  expect(await labelsOutside(root)).toEqual([]);
}

/** Selects the first SQL cell and adds a SQL cell below it; returns it. */
async function addSqlCell(page: Page): Promise<Locator> {
  await cell(page, 0).click();
  await page.locator('[data-testid=add-sql]').click();
  return cell(page, 1);
}

test('a new chart runs once complete (auto-run), keeps the query order, and draws its labels whole', async ({
  page,
}) => {
  test.setTimeout(480_000);
  await openApp(page);
  await expect(page.locator('[data-testid=auto-run]')).toBeChecked();

  // A SQL cell added through the UI, ordered by total descending.
  const sqlCell = await addSqlCell(page);
  const rows = await queryRows(
    page,
    'SELECT fixmedins_code AS org, sum(medfee_sumamt) AS total FROM setl GROUP BY ALL ORDER BY total DESC',
    1,
  );
  const queryOrder = rows.map((row) => row[0] ?? '');
  expect(queryOrder.length).toBeGreaterThan(2);
  // The check means something only if the query's order is not the alphabet's.
  expect(queryOrder).not.toEqual([...queryOrder].sort());

  // A chart cell reading it: choosing x and y is enough, no Run.
  await sqlCell.click();
  await page.locator('[data-testid=add-chart]').click();
  const chart = page.locator('[data-testid=cell][data-type=chart]');
  await expect(chart).toHaveCount(1);
  await chart.locator('[data-testid=chart-mark]').selectOption('bar');
  await chart.locator('[data-testid=chart-x]').selectOption('org');
  await chart.locator('[data-testid=chart-y]').selectOption('total');
  await expect(chart.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000,
  });
  const svg = chart.locator('svg.cl-plot');
  await expect(svg).toBeVisible();
  // Bars in the order of the query (the table shows its first rows), not sorted alphabetically.
  const xTicks = svg.locator('g[aria-label="x-axis tick label"] text');
  await expect(xTicks.first()).toHaveText(queryOrder[0] ?? '');
  const drawn = await xTicks.allTextContents();
  expect(drawn.slice(0, queryOrder.length)).toEqual(queryOrder);
  expect(new Set(drawn).size).toBe(drawn.length);
  // Totals in the hundreds of thousands: every y label (e.g. "240,000") whole inside the chart.
  expect(await yLabels(chart).allTextContents()).toContainEqual(expect.stringMatching(/^\d{1,3}(,\d{3})+$/));
  await expectLabelsInside(chart);

  // An explicit sort still orders the bars: ascending by x.
  await chart.locator('[data-testid=chart-sort-channel]').selectOption('x');
  await chart.locator('[data-testid=chart-sort-by]').selectOption('x');
  await chart.locator('[data-testid=chart-sort-order]').selectOption('ascending');
  const alphabetical = [...drawn].sort();
  await expect(xTicks.first()).toHaveText(alphabetical[0] ?? '');
  expect(await xTicks.allTextContents()).toEqual(alphabetical);

  // With auto-run off, a changed chart is marked stale, not redrawn.
  await page.locator('[data-testid=auto-run]').uncheck();
  await chart.locator('[data-testid=chart-mark]').selectOption('dot');
  await expect(chart.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'stale');
  await page.locator('[data-testid=auto-run]').check();

  // The shipped chart notebook: its chart's labels are whole too.
  await page.locator('[data-testid=nb-gallery]').selectOption('introduction');
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('introduction.claimlens.md');
  const shipped = page.locator('[data-testid=cell][data-type=chart]');
  await expect(shipped.locator('svg.cl-plot').first()).toBeVisible({ timeout: 120_000 });
  await expectLabelsInside(shipped);

  // The workshop score chart (a narrow side-panel chart with long scenario names).
  const panel = page.locator('[data-testid=workshop-panel]');
  await panel.locator('[data-testid=workshop-lines]').fill('1000');
  await panel.locator('[data-testid=workshop-lines]').dispatchEvent('change');
  await panel.locator('[data-testid=workshop-generate]').click();
  await expect(panel.locator('[data-testid=workshop-done]')).toBeVisible({ timeout: 180_000 });
  await panel.locator('[data-testid=workshop-flags]').fill('setl');
  await panel.locator('[data-testid=workshop-flags]').dispatchEvent('change');
  await panel.locator('[data-testid=workshop-level]').selectOption('setl');
  await panel.locator('[data-testid=workshop-score-button]').click();
  const scoreChart = panel.locator('[data-testid=workshop-chart]');
  await expect(scoreChart.locator('svg.cl-plot')).toBeVisible({ timeout: 60_000 });
  await expectLabelsInside(scoreChart);
});
