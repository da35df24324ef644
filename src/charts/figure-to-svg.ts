/**
 * One standalone `<svg>` from what `renderChart` returned. A plain chart is cloned; a `<figure>`
 * (title, colour legend, chart) is flattened into a single svg, top to bottom, because a saved file
 * and an `<img>` can only hold SVG: the HTML title and swatch legend are redrawn as SVG text and rects,
 * and svg parts (the chart, a colour ramp) are nested as they are.
 */
import { textWidth } from './text-width';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Options of `standaloneSvg`. */
export interface StandaloneSvgOptions {
  /** Written on every svg, replacing Plot's `system-ui`, so the file shows the fonts the page did. */
  readonly fontFamily: string;
  /** Text and axis colour (what `currentColor` becomes). */
  readonly color: string;
  /** Background; the page's own is not part of the chart. */
  readonly background: string;
}

const TITLE_SIZE = 16;
const SWATCH_SIZE = 12;
const SWATCH_ROW = 20;
const LABEL_SIZE = 10;

/** A self-contained copy of the chart element: one svg with namespaces, fonts and colours inline. */
export function standaloneSvg(el: Element, options: StandaloneSvgOptions): SVGSVGElement {
  const doc = el.ownerDocument;
  const root = isSvg(el) ? (el.cloneNode(true) as SVGSVGElement) : flattenFigure(el, doc);
  for (const svg of [root, ...Array.from(root.querySelectorAll('svg'))]) {
    svg.setAttribute('font-family', options.fontFamily);
  }
  // A tooltip showing at the moment of export is no part of the chart.
  for (const tip of Array.from(root.querySelectorAll('g[aria-label="tip"]'))) tip.remove();
  // Other SVG readers (office suites, editors) do not resolve CSS variables: keep their fallbacks.
  for (const node of [root, ...Array.from(root.querySelectorAll('[fill], [stroke]'))]) {
    for (const name of ['fill', 'stroke']) {
      const value = node.getAttribute(name);
      if (value?.includes('var(')) node.setAttribute(name, withoutVariables(value));
    }
  }
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  root.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  root.removeAttribute('data-testid');
  root.setAttribute('style', `color: ${options.color}; background-color: ${options.background}`);
  return root;
}

/** `var(--name, fallback)` → `fallback`; a variable without one is left as it is. */
function withoutVariables(value: string): string {
  return value.replace(/var\(\s*--[\w-]+\s*,\s*([^()]*(?:\([^()]*\)[^()]*)*)\)/g, (_all, fallback: string) =>
    fallback.trim(),
  );
}

function isSvg(el: Element): el is SVGSVGElement {
  return el.localName === 'svg' && el.namespaceURI === SVG_NS;
}

function flattenFigure(figure: Element, doc: Document): SVGSVGElement {
  const parts = Array.from(figure.children);
  const width = Math.max(0, ...parts.filter(isSvg).map((svg) => Number(svg.getAttribute('width')) || 0));
  const root = svgElement(doc, 'svg', { fill: 'currentColor', 'font-size': LABEL_SIZE });
  let y = 0;
  for (const part of parts) {
    if (isSvg(part)) {
      const copy = part.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('y', String(y));
      root.append(copy);
      y += Number(part.getAttribute('height')) || 0;
    } else if (/^(h\d|figcaption)$/.test(part.localName)) {
      const text = part.textContent?.trim() ?? '';
      if (text === '') continue;
      const title = part.localName === 'h2' ? TITLE_SIZE : LABEL_SIZE + 2;
      const label = svgElement(doc, 'text', {
        x: 0,
        y: y + title,
        'font-size': title,
        'font-weight': part.localName === 'h2' ? 600 : 400,
      });
      label.textContent = text;
      root.append(label);
      y += Math.round(title * 1.75);
    } else {
      y = appendSwatches(root, part, y, width);
    }
  }
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(y));
  root.setAttribute('viewBox', `0 0 ${width} ${y}`);
  return root;
}

/** Redraws Plot's HTML swatch legend (one span per value: a coloured svg, then the label). */
function appendSwatches(root: SVGSVGElement, legend: Element, top: number, width: number): number {
  const swatches = Array.from(legend.children).filter((child) => child.localName === 'span');
  if (swatches.length === 0) return top;
  const doc = root.ownerDocument;
  let x = 0;
  let y = top + 4;
  for (const swatch of swatches) {
    const icon = swatch.querySelector('svg');
    const label = swatch.textContent?.trim() ?? '';
    const itemWidth = SWATCH_SIZE + 6 + textWidth(label, LABEL_SIZE) + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += SWATCH_ROW;
    }
    const group = svgElement(doc, 'g', { transform: `translate(${x},${y})` });
    group.append(
      svgElement(doc, 'rect', {
        width: SWATCH_SIZE,
        height: SWATCH_SIZE,
        fill: icon?.getAttribute('fill') ?? 'none',
        stroke: icon?.getAttribute('stroke') ?? 'none',
      }),
    );
    const text = svgElement(doc, 'text', { x: SWATCH_SIZE + 6, y: SWATCH_SIZE - 2 });
    text.textContent = label;
    group.append(text);
    root.append(group);
    x += itemWidth;
  }
  return y + SWATCH_ROW + 4;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}
