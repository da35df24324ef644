/**
 * Data must not leave through a chart: the attack notebook in `test/attacks/charts/` builds
 * `url(…)`, `var(…)` and `expression(…)` strings from patients' names and binds them to every channel a
 * chart spec offers. Each chart is drawn and exported over those rows (real DuckDB), and neither the
 * page's chart nor the saved SVG may carry a reference to anything but the chart itself.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlotRow } from '../../../src/arrow/plot-rows';
import { chartSvgText } from '../../../src/charts/export-chart';
import { renderChart } from '../../../src/charts/render-chart';
import {
  externalReferences,
  keepFreeOfExternalReferences,
  removeExternalReferences,
} from '../../../src/charts/svg-references';
import type { ChartCell, SqlCell } from '../../../core/notebook/cell-types';
import { parseChartSpec } from '../../../core/notebook/chart-spec-text';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { chartDocument, queryRows } from './chart-fixtures';

const ATTACKS = new URL('../../attacks/charts/', import.meta.url);
const notebook = parseNotebook(readFileSync(new URL('leak-through-colours.claimlens.md', ATTACKS), 'utf8'));
const sqlCells = notebook.notebook.cells.filter((cell): cell is SqlCell => cell.type === 'sql');
const chartCells = notebook.notebook.cells.filter((cell): cell is ChartCell => cell.type === 'chart');
const document = chartDocument();

let engine: NodeEngine;
let rowsByName: Map<string, readonly PlotRow[]>;
let names: string[];

beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.registerBuffer('/claims/psn.csv', readFileSync(new URL('psn.csv', ATTACKS)));
  await engine.exec("CREATE TABLE psn AS SELECT * FROM read_csv('/claims/psn.csv', all_varchar = true)");
  rowsByName = new Map();
  for (const cell of sqlCells) {
    await engine.exec(`CREATE VIEW ${cell.name} AS ${cell.source}`);
    rowsByName.set(cell.name, (await queryRows(engine, `SELECT * FROM ${cell.name}`)).rows);
  }
  names = (await queryRows(engine, 'SELECT psn_name FROM psn')).rows.map((row) => String(row.psn_name));
});
afterAll(() => engine.close());

/** Every attribute value and `<style>` text of `root` and below. */
function paintableText(root: Element): string[] {
  const out: string[] = [];
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) out.push(attr.value);
    if (el.localName === 'style') out.push(el.textContent ?? '');
  }
  return out;
}

/** Parses a saved SVG file (fails the test if it is not well-formed XML). */
function parseSvg(text: string): Document {
  const parsed = new document.defaultView!.DOMParser().parseFromString(text, 'image/svg+xml');
  expect(parsed.querySelector('parsererror')).toBeNull();
  return parsed;
}

/** `url(` references in `text` that do not point into the document itself (`url(#id)`). */
function foreignUrls(text: string): string[] {
  return Array.from(text.matchAll(/url\(\s*(['"]?)\s*([^#'"\s)][^)]*)/gi), (m) => m[0]);
}

describe('the attack corpus', () => {
  it('opens cleanly and holds the charts it says', () => {
    expect(notebook.problems).toEqual([]);
    expect(sqlCells.map((cell) => cell.name)).toEqual(['leak']);
    expect(chartCells.length).toBeGreaterThanOrEqual(8);
    for (const cell of chartCells) expect(parseChartSpec(cell.source).problems).toEqual([]);
  });
});

describe('charts over hostile values', () => {
  for (const cell of chartCells) {
    it(`${cell.id}: draws no reference out of the chart, on the page or in the saved SVG`, () => {
      const { spec } = parseChartSpec(cell.source);
      const rows = rowsByName.get(cell.from) ?? [];
      expect(rows.length).toBe(5);
      const chart = renderChart(spec, rows, { width: 640, document, lang: 'zh' });
      const onPage = paintableText(chart).flatMap(foreignUrls);
      expect(onPage, 'url() on the page').toEqual([]);
      expect(paintableText(chart).filter((value) => /var\(--cl-leak|expression\(/i.test(value))).toEqual([]);
      // Text may show the values (they are the data); no attribute or style of the file may use them.
      const saved = parseSvg(chartSvgText(chart)).documentElement;
      const savedValues = paintableText(saved);
      expect(savedValues.flatMap(foreignUrls), 'url() in the saved file').toEqual([]);
      const leaks = savedValues.filter((value) =>
        /expression\(|var\(--cl-leak|evil\.example|leak\?/i.test(value),
      );
      expect(leaks).toEqual([]);
      for (const name of names)
        expect(savedValues.filter((value) => value.includes(`n=${name}`))).toEqual([]);
    });
  }

  it('colours every hostile colour column through a scale (the theme palette), never as given', () => {
    const rows = rowsByName.get('leak') ?? [];
    for (const column of ['same_origin', 'off_origin', 'quoted', 'variable', 'expr', 'fragment_like']) {
      const chart = renderChart({ mark: 'bar', x: 'psn_no', y: 'n', fill: column, tooltip: false }, rows, {
        width: 640,
        document,
        lang: 'zh',
      });
      const fills = Array.from(chart.querySelectorAll('g[aria-label="bar"] rect'), (r) =>
        r.getAttribute('fill'),
      );
      expect(fills, column).toHaveLength(5);
      for (const fill of fills) expect(fill, column).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('colours a column of literal colours through the scale too (data never picks a paint)', () => {
    const rows: PlotRow[] = [
      { k: 'a', n: 1, c: 'red' },
      { k: 'b', n: 2, c: '#123456' },
    ];
    const chart = renderChart({ mark: 'bar', x: 'k', y: 'n', fill: 'c', tooltip: false }, rows, {
      width: 400,
      document,
      lang: 'zh',
    });
    const fills = Array.from(chart.querySelectorAll('g[aria-label="bar"] rect'), (r) =>
      r.getAttribute('fill'),
    );
    // The palette's first two colours, in the domain's (sorted) order: '#123456' before 'red'.
    expect(fills).toEqual(['#efb118', '#4269d0']);
  });

  it('colours true/false in two greys, as Plot does', () => {
    const rows: PlotRow[] = [
      { k: 'a', n: 1, flagged: true },
      { k: 'b', n: 2, flagged: false },
    ];
    const chart = renderChart({ mark: 'bar', x: 'k', y: 'n', fill: 'flagged', tooltip: false }, rows, {
      width: 400,
      document,
      lang: 'zh',
    });
    const fills = Array.from(chart.querySelectorAll('g[aria-label="bar"] rect'), (r) =>
      r.getAttribute('fill'),
    );
    expect(fills).toEqual(['#636363', '#bdbdbd']);
  });

  it('colours numbers and dates on continuous scales', () => {
    const rows: PlotRow[] = [
      { k: 'a', n: 1, d: new Date(Date.UTC(2024, 0, 1)) },
      { k: 'b', n: 2, d: new Date(Date.UTC(2024, 5, 1)) },
    ];
    for (const fill of ['n', 'd']) {
      const chart = renderChart({ mark: 'bar', x: 'k', y: 'n', fill, tooltip: false }, rows, {
        width: 400,
        document,
        lang: 'zh',
      });
      const fills = Array.from(chart.querySelectorAll('g[aria-label="bar"] rect'), (r) =>
        r.getAttribute('fill'),
      );
      expect(new Set(fills).size).toBe(2);
      for (const value of fills) expect(value).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
    }
  });
});

describe('removeExternalReferences', () => {
  /** The crafted svg of the corpus: every kind of reference, safe and unsafe. */
  function craftedSvg(): Element {
    const text = readFileSync(new URL('crafted-references.svg', ATTACKS), 'utf8');
    return parseSvg(text).documentElement;
  }

  it('finds every reference that leaves the document, and no local one', () => {
    expect(externalReferences(craftedSvg())).toEqual([
      'g[fill]',
      'rect[stroke]',
      'rect[style]',
      'rect[filter]',
      'rect[mask]',
      'image[href]',
      'use[href]',
      'a[href]',
      'style',
      'text[aria-label]',
      'image[xlink:href]',
      'rect[onclick]',
      'foreignObject',
    ]);
  });

  it('strips them, keeping url(#id), local hrefs, data images, safe styles and text', () => {
    const svg = craftedSvg();
    expect(removeExternalReferences(svg)).toBe(13);
    expect(externalReferences(svg)).toEqual([]);
    const markup = new document.defaultView!.XMLSerializer().serializeToString(svg);
    expect(markup).toContain('clip-path="url(#plot-clip-1)"');
    expect(markup).toContain('fill="url( \'#grad\' )"');
    expect(markup).toContain('href="data:image/png;base64,AAAA"');
    expect(markup).toContain('href="#local"');
    expect(markup).toContain('--plot-background: white;');
    expect(markup).toContain('url(./leak?n=7) stays text');
    expect(markup).toContain('<rect fill="red"/>');
    expect(markup).not.toMatch(/leak\?n=[1-689]|evil\.example/);
  });
});

describe('keepFreeOfExternalReferences', () => {
  it('strips references added to a drawn chart later, until told to stop', async () => {
    const rows = rowsByName.get('leak') ?? [];
    const chart = renderChart({ mark: 'bar', x: 'psn_no', y: 'n', tooltip: true }, rows, {
      width: 640,
      document,
      lang: 'zh',
    });
    const counts: number[] = [];
    const stop = keepFreeOfExternalReferences(chart, (count) => counts.push(count));
    const bar = chart.querySelector('g[aria-label="bar"] rect')!;
    bar.setAttribute('fill', 'url(./leak?n=later)');
    const crafted = parseSvg(readFileSync(new URL('crafted-references.svg', ATTACKS), 'utf8'));
    chart.append(document.importNode(crafted.documentElement, true));
    // Mutation callbacks run as microtasks: done before the browser styles the page again.
    await Promise.resolve();
    expect(externalReferences(chart)).toEqual([]);
    expect(bar.hasAttribute('fill')).toBe(false);
    expect(counts).toEqual([14]);
    // A sheet whose text turns hostile goes too.
    const sheet = chart.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'style');
    sheet.textContent = 'rect { fill: red }';
    chart.append(sheet);
    await Promise.resolve();
    expect(chart.contains(sheet)).toBe(true);
    sheet.firstChild!.nodeValue = 'rect { fill: url(./leak?n=sheet) }';
    await Promise.resolve();
    expect(chart.contains(sheet)).toBe(false);
    expect(counts).toEqual([14, 1]);
    stop();
    bar.setAttribute('fill', 'url(./leak?n=after)');
    await Promise.resolve();
    expect(bar.getAttribute('fill')).toBe('url(./leak?n=after)');
  });
});
