import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/**
 * Layout of the notebook screen (issue 14, item 3), in one app start: the sticky toolbar sits flush at
 * the top of the scrolling notebook with nothing showing above it; its action row is one line at
 * 1366×768 and 1440×900 in both languages; the side panels are inset; the findings table and the
 * drill-down fit their cell (or only their own box scrolls); a contents click lands the heading just
 * below the toolbar and highlights the entry clicked, and the scroll-spy then follows the heading
 * nearest below the toolbar.
 */

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
] as const;

const toolbar = (page: Page): Locator => page.locator('cl-notebook-toolbar');
const main = (page: Page): Locator => page.locator('main.notebook');

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

/** The innermost element at a point, through shadow roots, and the tags and classes of its ancestors. */
async function ancestryAt(page: Page, x: number, y: number): Promise<string[]> {
  return page.evaluate(
    ([px, py]) => {
      let el: Element | null = document.elementFromPoint(px!, py!);
      while (el?.shadowRoot) {
        const inner = el.shadowRoot.elementFromPoint(px!, py!);
        if (!inner || inner === el) break;
        el = inner;
      }
      const chain: string[] = [];
      let node: Node | null = el;
      while (node) {
        if (node instanceof Element) chain.push(`${node.localName}.${[...node.classList].join('.')}`);
        node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
      }
      return chain;
    },
    [x, y],
  );
}

/** Each scroll box (the box and what it scrolls) of the findings table and the drill-down lines. */
async function tableBoxes(page: Page) {
  return page.evaluate(() => {
    const find = (tag: string) => {
      const found: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        root.querySelectorAll(tag).forEach((e) => found.push(e));
        root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot));
      };
      walk(document);
      return found[0];
    };
    const measure = (host: Element | undefined) => {
      const scroll = host?.shadowRoot?.querySelector('.scroll');
      const cell = host?.closest('cl-rule-cell') ?? host?.getRootNode();
      const panel = cell instanceof ShadowRoot ? cell.host : cell;
      return {
        scrollWidth: scroll?.scrollWidth ?? -1,
        clientWidth: scroll?.clientWidth ?? -1,
        right: host?.getBoundingClientRect().right ?? Infinity,
        panelRight: (panel as Element | undefined)?.getBoundingClientRect().right ?? 0,
      };
    };
    return { findings: measure(find('cl-findings-table')), drill: measure(find('cl-finding-drill')) };
  });
}

test('the notebook screen lays out at 1366 and 1440 in both languages', async ({ page }) => {
  await openApp(page);
  const rule = page.locator('[data-testid=cell][data-type=rule]').first();
  if (!(await rule.isVisible())) await page.locator('[data-testid=add-rule]').click();
  const status = rule.locator('[data-testid=cell-status]');
  if ((await status.getAttribute('data-state')) !== 'done') await rule.locator('[data-testid=run]').click();
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  await rule.locator('[data-testid=finding-row]').first().click();
  await expect(rule.locator('[data-testid=finding-drill]')).toBeVisible();

  // The side panels have the same inset as the data panel.
  for (const panel of ['cl-knowledge-panel', 'cl-workshop-panel']) {
    const padding = await page.locator(panel).evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft));
    expect.soft(padding, `${panel} padding-left`).toBeGreaterThan(0);
  }

  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') await page.locator('[data-testid=lang-switch]').click();
    await expect(page.locator('[data-testid=run-all]')).toHaveText(lang === 'en' ? 'Run all' : '全部运行');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const where = `${lang} ${size.width}×${size.height}`;

      // The action row is one line: no taller than its tallest button (plus rounding).
      const row = await box(page.locator('[data-testid=nb-toolbar]'));
      const button = await box(page.locator('[data-testid=add-rule]'));
      expect.soft(row.height, `toolbar row height, ${where}`).toBeLessThan(button.height * 1.5);

      // The findings table and the drill-down fit their cell; only their own box may scroll sideways.
      const boxes = await tableBoxes(page);
      for (const [name, b] of Object.entries(boxes)) {
        expect.soft(b.scrollWidth, `${name} scroll width, ${where}`).toBeLessThanOrEqual(b.clientWidth);
        expect.soft(b.right, `${name} right edge, ${where}`).toBeLessThanOrEqual(b.panelRight + 1);
      }
      const notebook = await main(page).evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
      expect.soft(notebook.sw, `notebook horizontal overflow, ${where}`).toBeLessThanOrEqual(notebook.cw);

      // Scrolled: the toolbar is flush with the top of the notebook, and nothing shows above it.
      await main(page).evaluate((el) => el.scrollTo(0, 600));
      await expect
        .soft(async () => {
          const mainTop = (await box(main(page))).y;
          const bar = await box(toolbar(page));
          expect(Math.abs(bar.y - mainTop), `toolbar top vs notebook top, ${where}`).toBeLessThanOrEqual(1);
          const x = bar.x + bar.width / 2;
          expect(await ancestryAt(page, x, bar.y + 1)).toContain('cl-notebook-toolbar.');
          if (bar.y - 1 > 0) {
            const above = await ancestryAt(page, x, bar.y - 1);
            expect(
              above.some((a) => a.startsWith('cl-notebook-cell')),
              `content above toolbar, ${where}`,
            ).toBe(false);
          }
        })
        .toPass({ timeout: 5_000 });
      await main(page).evaluate((el) => el.scrollTo(0, 0));
    }
  }

  // A long title ends in an ellipsis inside its field and is whole in its tooltip.
  const title = page.locator('[data-testid=notebook-title]');
  const long = `${'很长的笔记本标题 '.repeat(12)}End`;
  await title.fill(long);
  await title.press('Enter');
  await page.locator('[data-testid=run-all]').focus();
  await expect(title).toHaveAttribute('title', long);
  const clip = await title.evaluate((el: HTMLInputElement) => ({
    overflow: getComputedStyle(el).textOverflow,
    sw: el.scrollWidth,
    cw: el.clientWidth,
  }));
  expect.soft(clip.sw, 'the long title is wider than its field').toBeGreaterThan(clip.cw);
  expect.soft(clip.overflow, 'the title field ends in an ellipsis').toBe('ellipsis');

  // Contents: a Markdown cell with several sections, each taller than the screen.
  await page.setViewportSize(SIZES[0]);
  await page.locator('[data-testid=add-markdown]').click();
  const filler = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of the section.`).join('\n\n');
  await page.keyboard.insertText(
    ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((h) => `## Section ${h}\n\n${filler}`).join('\n\n'),
  );
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Escape');
  const entries = page.locator('[data-testid=toc-entry]');
  await expect(entries.filter({ hasText: 'Section Charlie' })).toHaveCount(1);

  for (const name of ['Section Charlie', 'Section Bravo']) {
    const entry = entries.filter({ hasText: name });
    await entry.click();
    const heading = page.locator('[data-testid=markdown-view] h2', { hasText: name });
    await expect(async () => {
      const line = (await box(toolbar(page))).y + (await box(toolbar(page))).height;
      const top = (await box(heading)).y;
      expect(top, `${name}: heading below the toolbar`).toBeGreaterThanOrEqual(line - 1);
      expect(top, `${name}: heading just below the toolbar`).toBeLessThan(line + 40);
    }).toPass({ timeout: 5_000 });
    await expect(entry).toHaveAttribute('aria-current', 'location');
    await expect(page.locator('[data-testid=toc-entry][aria-current]')).toHaveCount(1);
  }

  // Scroll-spy: after the user scrolls, the highlighted entry is the heading nearest below the toolbar.
  await page.mouse.move((await box(main(page))).x + 200, 400);
  await page.mouse.wheel(0, 900);
  await expect(async () => {
    const line = (await box(toolbar(page))).y + (await box(toolbar(page))).height;
    const below: { text: string; top: number }[] = [];
    for (const h of await page.locator('[data-testid=markdown-view] :is(h1,h2)').all()) {
      const top = (await box(h)).y;
      if (top >= line - 4) below.push({ text: (await h.innerText()).trim(), top });
    }
    below.sort((a, b) => a.top - b.top);
    const active = page.locator('[data-testid=toc-entry][aria-current]');
    await expect(active).toHaveCount(1);
    expect((await active.innerText()).trim()).toBe(below[0]?.text);
  }).toPass({ timeout: 5_000 });
});
