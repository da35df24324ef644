import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** One look at a screen: a viewport size, a UI language and a theme. */
export interface Variant {
  readonly width: number;
  readonly height: number;
  readonly lang: 'zh' | 'en';
  readonly theme: 'light' | 'dark';
}

/** Every size × language × theme the issue names, ordered so that consecutive variants switch little. */
export const VARIANTS: readonly Variant[] = (['zh', 'en'] as const).flatMap((lang) =>
  (lang === 'zh' ? (['light', 'dark'] as const) : (['dark', 'light'] as const)).flatMap((theme) =>
    [
      { width: 1366, height: 768 },
      { width: 1440, height: 900 },
    ].map((size) => ({ ...size, lang, theme })),
  ),
);

/** `screen 1366x768 zh light`: the prefix of every problem found on a variant. */
export function variantName(screen: string, v: Variant): string {
  return `${screen} ${v.width}x${v.height} ${v.lang} ${v.theme}`;
}

/**
 * Puts the page into a variant through the app's own controls (the language and theme switches), so the
 * notebook's state is kept; waits for `<html lang>` and the theme switch's `data-theme` to follow.
 */
export async function applyVariant(page: Page, v: Variant): Promise<void> {
  await page.setViewportSize({ width: v.width, height: v.height });
  const html = page.locator('html');
  const wantLang = v.lang === 'zh' ? 'zh-CN' : 'en';
  if ((await html.getAttribute('lang')) !== wantLang) {
    await page.locator('[data-testid=lang-switch]').click();
    await expect(html).toHaveAttribute('lang', wantLang);
  }
  const theme = page.locator('[data-testid=theme-switch]');
  if ((await theme.getAttribute('data-theme')) !== v.theme) {
    await theme.click();
    await expect(theme).toHaveAttribute('data-theme', v.theme);
  }
  await nextFrames(page);
}

/** Waits two animation frames: layout and paint of what the last action changed are done. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * Horizontal overflow: the document never scrolls sideways; no visible panel or container (a custom
 * element `cl-*`, a `main`/`aside`/`section`/`nav`/`header`/`dialog`, or an element with a `data-testid`
 * ending in `-panel`, `-table`, `-report`, `-editor`, `-drill` or `-summary`) is wider inside than it is,
 * unless it is a deliberate scroll box; and every element that scrolls sideways is a deliberate scroll
 * box. A deliberate scroll box has overflow-x auto or scroll, is no page region (the landmarks above, a
 * `cl-*` element or a `-panel`), and is reachable by keyboard: it has tabindex ≥ 0 itself, or holds an
 * editable text (an editor whose caret scrolls it). Searches inside shadow roots.
 */
export async function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1)
      out.push(`the document scrolls horizontally (${doc.scrollWidth} > ${doc.clientWidth})`);
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const LANDMARKS = ['main', 'aside', 'section', 'nav', 'header', 'dialog'];
    const isRegion = (el: Element) => {
      const tag = el.tagName.toLowerCase();
      return (
        tag.startsWith('cl-') ||
        LANDMARKS.includes(tag) ||
        /-panel$/.test(el.getAttribute('data-testid') ?? '')
      );
    };
    const isContainer = (el: Element) =>
      isRegion(el) || /-(table|report|editor|drill|summary)$/.test(el.getAttribute('data-testid') ?? '');
    const isReachable = (el: HTMLElement) =>
      Number(el.getAttribute('tabindex') ?? '-1') >= 0 ||
      el.querySelector('[contenteditable="true"]') !== null;
    const describe = (el: Element) => {
      const id = el.getAttribute('data-testid');
      const host = (el.getRootNode() as ShadowRoot).host?.tagName.toLowerCase();
      return `${host ? `${host} › ` : ''}${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : ''}${
        el.className && typeof el.className === 'string'
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : ''
      }`;
    };
    for (const el of all) {
      if (!(el instanceof HTMLElement)) continue;
      if (el.scrollWidth <= el.clientWidth + 1) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.display === 'contents' || el.clientWidth === 0) continue;
      // Not rendered (a closed <details>' content is content-visibility: hidden): nothing shows to overflow.
      if (!el.checkVisibility()) continue;
      const size = `(${el.scrollWidth} > ${el.clientWidth})`;
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (!scrolls) {
        if (isContainer(el)) out.push(`${describe(el)} overflows horizontally ${size}`);
      } else if (isRegion(el)) {
        out.push(`${describe(el)} is a page region that scrolls horizontally ${size}`);
      } else if (!isReachable(el)) {
        out.push(
          `${describe(el)} scrolls horizontally ${size} but is not reachable by keyboard (no tabindex)`,
        );
      }
    }
    return out;
  });
}

/**
 * Clipped axis labels: every text of a chart's axes (Observable Plot's `… tick label` and `… label` groups)
 * lies inside its SVG's box. Covers every chart on the page, notebook and workshop alike.
 */
export async function axisProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const svgs: SVGSVGElement[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el instanceof SVGSVGElement && !(el.parentNode instanceof SVGElement)) svgs.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    svgs.forEach((svg, i) => {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) return;
      for (const text of svg.querySelectorAll('g[aria-label*="axis"] text')) {
        const r = text.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const inside =
          r.left >= box.left - 0.5 &&
          r.right <= box.right + 0.5 &&
          r.top >= box.top - 0.5 &&
          r.bottom <= box.bottom + 0.5;
        if (!inside) {
          const group = text.closest('g[aria-label]')?.getAttribute('aria-label') ?? '';
          out.push(
            `chart ${i + 1}: ${group} "${text.textContent ?? ''}" is clipped ` +
              `(label ${Math.round(r.left)}..${Math.round(r.right)} × ${Math.round(r.top)}..${Math.round(r.bottom)}, ` +
              `svg ${Math.round(box.left)}..${Math.round(box.right)} × ${Math.round(box.top)}..${Math.round(box.bottom)})`,
          );
        }
      }
    });
    return out;
  });
}

/** How many chart SVGs with axes the page shows (a screen that should have charts must have some). */
export async function chartCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el instanceof SVGSVGElement && el.querySelector('g[aria-label*="axis"] text')) n += 1;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return n;
  });
}

/**
 * The sticky toolbar after a contents click: clicks the `index`-th contents entry (counted from the end
 * when negative), then requires the target heading's top to be at or below the toolbar's bottom, and the
 * strip from the top of the toolbar's scroll area down into the toolbar to be the toolbar itself
 * (`elementFromPoint`, followed into shadow roots), so nothing scrolls visibly behind or above it.
 */
export async function tocProblems(page: Page, index: number): Promise<string[]> {
  const entries = page.locator('[data-testid=toc-entry]');
  const count = await entries.count();
  if (count === 0) return ['no contents entry to click'];
  const entry = entries.nth(index < 0 ? count + index : index);
  const href = (await entry.getAttribute('href')) ?? '';
  await entry.click();
  await nextFrames(page);
  return page.evaluate(
    (headingId) => {
      const out: string[] = [];
      const find = (root: Document | ShadowRoot, test: (el: Element) => boolean): Element | undefined => {
        for (const el of root.querySelectorAll('*')) {
          if (test(el)) return el;
          if (el.shadowRoot) {
            const inner = find(el.shadowRoot, test);
            if (inner) return inner;
          }
        }
        return undefined;
      };
      const toolbar = find(document, (el) => el.tagName.toLowerCase() === 'cl-notebook-toolbar');
      const heading = find(document, (el) => el.id === headingId);
      if (!toolbar) return ['no sticky toolbar (cl-notebook-toolbar) on the page'];
      if (!heading) return [`the contents entry's heading #${headingId} is not on the page`];
      const bar = toolbar.getBoundingClientRect();
      const top = heading.getBoundingClientRect().top;
      if (top < bar.bottom - 0.5)
        out.push(
          `heading "${heading.textContent?.trim() ?? ''}" is under the toolbar (top ${Math.round(top)} < toolbar bottom ${Math.round(bar.bottom)})`,
        );
      // The toolbar's scroll area: its nearest ancestor (across shadow roots) that scrolls vertically.
      let scrollTop = 0;
      for (let el: Element | null = toolbar; el;) {
        const parent: Element | null =
          el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | null);
        if (!parent || parent === document.documentElement) break;
        const oy = getComputedStyle(parent).overflowY;
        if ((oy === 'auto' || oy === 'scroll') && parent.scrollHeight > parent.clientHeight) {
          scrollTop = Math.max(0, parent.getBoundingClientRect().top);
          break;
        }
        el = parent;
      }
      const deepAt = (x: number, y: number): Element | null => {
        let el = document.elementFromPoint(x, y);
        while (el?.shadowRoot) {
          const inner = el.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === el) break;
          el = inner;
        }
        return el;
      };
      const inToolbar = (el: Element | null) => {
        for (let e: Node | null = el; e; e = e.parentNode ?? (e as ShadowRoot).host ?? null)
          if (e === toolbar) return true;
        return false;
      };
      const ys = [scrollTop + 1, scrollTop + 6, scrollTop + 11, bar.top + 1].filter((y) => y < bar.bottom);
      const xs = [bar.left + 4, bar.left + bar.width / 2, bar.right - 4];
      for (const y of ys)
        for (const x of xs) {
          const hit = deepAt(x, y);
          if (!inToolbar(hit))
            out.push(
              `at (${Math.round(x)}, ${Math.round(y)}) above/at the toolbar top (${Math.round(bar.top)}) shows ${
                hit
                  ? `${hit.tagName.toLowerCase()} "${(hit.textContent ?? '').trim().slice(0, 30)}"`
                  : 'nothing'
              }, not the toolbar`,
            );
        }
      return out;
    },
    href.replace(/^#/, ''),
  );
}

/** An exact amount of money: yuan with grouping and two decimals (fen). */
export const EXACT_MONEY = /¥\d{1,3}(,\d{3})*\.\d{2}/;

/**
 * The rule summary's amount at risk: exact to the fen, or a compact form whose title (on the card or an
 * element inside it) gives the exact amount.
 */
export async function amountProblems(page: Page): Promise<string[]> {
  const cards = page.locator('[data-testid=summary-amountAtRisk]');
  const n = await cards.count();
  if (n === 0) return ['no amount at risk (summary-amountAtRisk) on the rule summary'];
  const out: string[] = [];
  for (const card of await cards.all()) {
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    if (EXACT_MONEY.test(text)) continue;
    const titles = await card.evaluate((el) =>
      [el, ...el.querySelectorAll('[title]')].map((e) => e.getAttribute('title') ?? ''),
    );
    if (!titles.some((title) => EXACT_MONEY.test(title)))
      out.push(`amount at risk "${text}" is neither exact (¥#,###.##) nor titled with the exact amount`);
  }
  return out;
}

/**
 * A result table's numbers: every numeric cell whose integer part has four or more digits shows grouping
 * separators, and the given person id is shown in full (its whole text, not cut by the cell's width).
 */
export async function tableNumberProblems(
  page: Page,
  cellIndex: number,
  personId: string,
): Promise<string[]> {
  const c = page.locator('[data-testid=cell][data-type=sql]').nth(cellIndex);
  const cells = c.locator('[data-testid=result-cell]');
  const out: string[] = [];
  const facts = await cells.evaluateAll((els) =>
    els.map((el) => ({
      text: (el as HTMLElement).innerText.trim(),
      numeric: el.classList.contains('numeric'),
      cut: el.scrollWidth > el.clientWidth + 1,
    })),
  );
  if (facts.length === 0) return ['the probe query shows no result cells'];
  for (const f of facts) {
    if (f.numeric && /(^|[^\d,.])\d{4,}/.test(f.text))
      out.push(`numeric result cell "${f.text}" has no grouping separators`);
  }
  const id = facts.find((f) => f.text.replace(/\D/g, '').startsWith(personId.slice(0, 6)));
  if (!id) out.push(`person id ${personId} is not in the result table`);
  else if (id.text !== personId || id.cut)
    out.push(`person id is cut: shows "${id.text}"${id.cut ? ' (clipped)' : ''}`);
  return out;
}

/** The axe scan of the existing accessibility test (WCAG 2 A/AA, serious and critical), optionally scoped. */
export async function axeProblems(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `axe ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Saves the viewport as `screens/<screen>-<w>x<h>-<lang>-<theme>.png` in the test's output folder
 * (`test-results/<test>/screens/`, git-ignored): an artefact for a reviewer, never compared.
 */
export async function saveScreen(page: Page, screen: string, v: Variant): Promise<void> {
  const name = `${screen}-${v.width}x${v.height}-${v.lang}-${v.theme}.png`;
  await page.screenshot({ path: test.info().outputPath('screens', name) });
}

/** What to check on a screen besides overflow and the screenshot. */
export interface ScreenChecks {
  /** Element to scroll into view before looking (a panel further down the page). */
  readonly scrollTo?: string;
  /** Scan with axe (scoped to this selector when a string); run at the first size of each language × theme. */
  readonly axe?: boolean | string;
  /** Check chart axis labels (and require at least one chart). */
  readonly charts?: boolean;
  /** Extra checks run on every variant. */
  readonly extra?: () => Promise<string[]>;
  /** The variants to look at (all of VARIANTS unless given; a modal screen blocks the switches). */
  readonly variants?: readonly Variant[];
}

/**
 * Looks at one screen in every variant: switches size, language and theme through the app's controls,
 * collects every problem with the screen and variant in its message, and saves a screenshot of each.
 */
export async function checkScreen(page: Page, screen: string, checks: ScreenChecks): Promise<string[]> {
  const out: string[] = [];
  const variants = checks.variants ?? VARIANTS;
  for (const v of variants) {
    await applyVariant(page, v);
    if (checks.scrollTo) {
      await page.locator(checks.scrollTo).first().scrollIntoViewIfNeeded();
      await nextFrames(page);
    }
    const found = [...(await overflowProblems(page))];
    if (checks.charts) {
      if ((await chartCount(page)) === 0) found.push('no chart with axes on the screen');
      found.push(...(await axisProblems(page)));
    }
    if (checks.extra) found.push(...(await checks.extra()));
    if (checks.axe && v.width === variants[0]!.width)
      found.push(...(await axeProblems(page, typeof checks.axe === 'string' ? checks.axe : undefined)));
    await saveScreen(page, screen, v);
    out.push(...found.map((p) => `${variantName(screen, v)}: ${p}`));
  }
  return out;
}
