import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** The probe of issue 11, item 1 (see `test/attacks/charts/README.md`). */
const NOTEBOOK = fileURLToPath(
  new URL('../attacks/charts/leak-through-colours.claimlens.md', import.meta.url),
);

/** A file's markup without its character data: what is left can refer to something, text cannot. */
function markupOnly(svg: string): string {
  return svg.replace(/>[^<]*</g, '><');
}

/** `url(` that does not point into the file itself (`url(#id)`). */
const FOREIGN_URL = /url\(\s*['"]?\s*(?!#)/i;

/** Every attribute value of the page's charts (shadow roots included) holding a `url(` not to `#id`. */
async function foreignUrlsOnPage(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const foreign = new RegExp(pattern, 'i');
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.closest('[data-testid=chart]')) {
          for (const attr of Array.from(el.attributes)) {
            if (foreign.test(attr.value)) found.push(`${el.localName}[${attr.name}]=${attr.value}`);
          }
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  }, FOREIGN_URL.source);
}

async function downloadText(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

test('charts coloured by URLs built from patients’ names fetch nothing and export no URL', async ({
  page,
  requests,
}) => {
  await openApp(page);
  await page.locator('[data-testid=notebook-file-input]').setInputFiles(NOTEBOOK);
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('leak-through-colours.claimlens.md');
  await expect(page.locator('[data-testid=notebook-problem]')).toHaveCount(0);
  await page.locator('[data-testid=run-all]').click();

  // The probe's SQL ran on the demo's own patients: their names are what must not leave.
  const sql = page.locator('[data-testid=cell][data-cell-id=q-leak]');
  await expect(sql.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000,
  });
  const rows = sql.locator('[data-testid=result-row]');
  await expect(rows).toHaveCount(5);
  const names: string[] = [];
  for (const row of await rows.all()) {
    names.push((await row.locator('[data-testid=result-cell]').nth(1).innerText()).trim());
  }
  expect(names.every((name) => name.length > 0)).toBe(true);

  const charts = page.locator('[data-testid=cell][data-type=chart]');
  await expect(charts).toHaveCount(8);
  for (const chart of await charts.all()) {
    await chart.scrollIntoViewIfNeeded();
    const drawn = chart.locator('[data-testid=chart]').first();
    await expect(drawn).toBeVisible();
    await expect(chart.locator('[data-testid=chart-problems]')).toHaveCount(0);

    const svgDownload = page.waitForEvent('download');
    await chart.locator('[data-testid=chart-export-svg]').click();
    const svg = await downloadText(await svgDownload);
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Values may show as text (tick labels, a text mark): the file's markup refers to nothing outside it.
    const markup = markupOnly(svg);
    expect(markup.match(new RegExp(FOREIGN_URL.source, 'gi')) ?? [], 'url() in the SVG').toEqual([]);
    expect(markup).not.toMatch(/leak\?|evil\.example|expression\(|var\(--cl-leak/i);
    for (const name of names) expect(markup, `"${name}" in the SVG's markup`).not.toContain(name);

    const pngDownload = page.waitForEvent('download');
    await chart.locator('[data-testid=chart-export-png]').click();
    const png = await readFile((await (await pngDownload).path())!);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await expect(chart.locator('.actions [role=alert]')).toHaveCount(0);
  }

  expect(await foreignUrlsOnPage(page)).toEqual([]);
  // Nothing went beyond the built assets (the fixture checks again when the test ends).
  expect(requests.urls.filter((url) => /leak|evil/.test(url))).toEqual([]);
  expect(requests.unexpected).toEqual([]);
  expect(requests.foreign).toEqual([]);
});
