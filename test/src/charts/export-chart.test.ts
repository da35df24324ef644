import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, afterAll, describe, expect, it, vi } from 'vitest';
import type { PlotRow } from '../../../src/arrow/plot-rows';
import {
  EXPORT_STYLE,
  chartFileName,
  chartSvgText,
  chartToPngBlob,
  chartToSvgBlob,
  downloadBlob,
} from '../../../src/charts/export-chart';
import { renderChart } from '../../../src/charts/render-chart';
import { externalReferences } from '../../../src/charts/svg-references';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { chartDocument, claimsRows } from './chart-fixtures';

let engine: NodeEngine;
let rows: readonly PlotRow[];
const document = chartDocument();

beforeAll(async () => {
  engine = await createNodeEngine();
  rows = (await claimsRows(engine)).rows;
});
afterAll(() => engine.close());
afterEach(() => vi.useRealTimers());

/** Parses exported SVG text back into a document (fails the test if it is not well-formed XML). */
function parseSvg(text: string): Document {
  const parsed = new document.defaultView!.DOMParser().parseFromString(text, 'image/svg+xml');
  expect(parsed.querySelector('parsererror')).toBeNull();
  return parsed;
}

describe('chartToSvgBlob', () => {
  it('writes a standalone SVG file: namespace, fonts and colours inline, no tooltip', async () => {
    const chart = renderChart({ mark: 'bar', x: 'hospital', y: 'fee', tooltip: true }, rows, {
      width: 500,
      document,
      lang: 'zh',
    });
    chart.setAttribute('data-testid', 'chart');
    const blob = chartToSvgBlob(chart);
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    const text = await blob.text();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(text).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/m);
    const svg = parseSvg(text).documentElement;
    expect(svg.getAttribute('font-family')).toBe(EXPORT_STYLE.fontFamily);
    expect(svg.getAttribute('style')).toBe('color: #1d2a35; background-color: #ffffff');
    expect(svg.getAttribute('data-testid')).toBeNull();
    expect(svg.querySelector('g[aria-label="tip"]')).toBeNull();
    // The theme colour becomes its fallback, which any SVG reader understands.
    const bar = svg.querySelector('g[aria-label="bar"]');
    expect(bar?.getAttribute('fill')).toBe('#0b6e6e');
    expect(text).not.toContain('var(--cl-');
    expect(Array.from(svg.querySelectorAll('text'), (t) => t.textContent)).toContain('人民医院');
    // The page's chart is left as it was.
    expect(chart.getAttribute('data-testid')).toBe('chart');
    expect(chart.querySelector('g[aria-label="tip"]')).not.toBeNull();
  });

  it('flattens a figure: title, swatch legend and chart in one svg, stacked', () => {
    const figure = renderChart(
      { mark: 'bar', x: 'hospital', y: 'fee', fill: 'dept', tooltip: true, title: '各医院费用' },
      rows,
      { width: 500, document, lang: 'zh' },
    );
    expect(figure.localName).toBe('figure');
    const svg = parseSvg(chartSvgText(figure)).documentElement;
    expect(svg.localName).toBe('svg');
    const title = svg.querySelector(':scope > text');
    expect(title?.textContent).toBe('各医院费用');
    const swatches = Array.from(svg.querySelectorAll(':scope > g'));
    expect(swatches.map((g) => g.querySelector('text')?.textContent)).toEqual(['内科', '外科']);
    expect(swatches.map((g) => g.querySelector('rect')?.getAttribute('fill'))).toEqual([
      '#4269d0',
      '#efb118',
    ]);
    const chart = svg.querySelector(':scope > svg');
    expect(chart?.getAttribute('font-family')).toBe(EXPORT_STYLE.fontFamily);
    const top = Number(chart?.getAttribute('y'));
    expect(top).toBeGreaterThan(40);
    expect(Number(svg.getAttribute('height'))).toBe(top + Number(chart?.getAttribute('height')));
    expect(svg.getAttribute('width')).toBe('500');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 500 ${svg.getAttribute('height')}`);
  });

  it('keeps a continuous colour legend as its own svg above the chart', () => {
    const figure = renderChart(
      { mark: 'rect', x: 'dept', y: 'hospital', fill: 'fee', tooltip: false },
      rows,
      {
        width: 500,
        document,
        lang: 'zh',
      },
    );
    const svg = parseSvg(chartSvgText(figure)).documentElement;
    const parts = Array.from(svg.querySelectorAll(':scope > svg'));
    expect(parts.map((part) => part.getAttribute('class'))).toEqual(['cl-plot-ramp', 'cl-plot']);
    expect(Number(parts[1]?.getAttribute('y'))).toBe(Number(parts[0]?.getAttribute('height')));
  });
});

/**
 * A chart into which the corpus's crafted references were put after it was drawn (as a later change
 * to the page's chart could): a bar filled with a same-origin URL and every element of
 * `test/attacks/charts/crafted-references.svg`.
 */
function tamperedChart(): Element {
  const chart = renderChart({ mark: 'bar', x: 'hospital', y: 'fee', tooltip: false }, rows, {
    width: 500,
    document,
    lang: 'zh',
  });
  chart.querySelector('g[aria-label="bar"] rect')?.setAttribute('fill', 'url(./leak?n=邵志刚)');
  const crafted = parseSvg(
    readFileSync(new URL('../../attacks/charts/crafted-references.svg', import.meta.url), 'utf8'),
  );
  for (const child of Array.from(crafted.documentElement.children))
    chart.append(document.importNode(child, true));
  return chart;
}

describe('exported files refer to nothing outside themselves', () => {
  it('strips references from the saved SVG, keeping the chart and its text', () => {
    const chart = tamperedChart();
    const svg = parseSvg(chartSvgText(chart)).documentElement;
    expect(externalReferences(svg)).toEqual([]);
    const text = chartSvgText(chart);
    expect(text).not.toMatch(/leak\?n=[1-689邵]|evil\.example/);
    expect(text).toContain('clip-path="url(#');
    expect(svg.querySelector('g[aria-label="bar"] rect')?.hasAttribute('fill')).toBe(false);
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(12);
  });

  it('strips them from the SVG the PNG is painted from', async () => {
    const sources: Blob[] = [];
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      sources.push(blob as Blob);
      return 'blob:test/png-source';
    });
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    // jsdom cannot decode images: stop there, once the source has been made.
    const imageProto = document.defaultView!.HTMLImageElement.prototype as { decode?: () => Promise<void> };
    const decode = imageProto.decode;
    imageProto.decode = () => Promise.reject(new Error('no decoder'));
    try {
      await expect(chartToPngBlob(tamperedChart())).rejects.toThrow('no decoder');
      expect(sources).toHaveLength(1);
      const source = parseSvg(await sources[0]!.text()).documentElement;
      expect(externalReferences(source)).toEqual([]);
      expect(await sources[0]!.text()).not.toMatch(/leak\?n=[1-689邵]|evil\.example/);
      expect(revoked).toHaveBeenCalledWith('blob:test/png-source');
    } finally {
      imageProto.decode = decode;
      created.mockRestore();
      revoked.mockRestore();
    }
  });
});

describe('downloadBlob', () => {
  it('clicks a temporary download link, then revokes its URL', () => {
    vi.useFakeTimers();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: { href: string; download: string; inDocument: boolean }[] = [];
    const anchorProto = document.defaultView!.HTMLAnchorElement.prototype;
    const click = vi.spyOn(anchorProto, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, inDocument: this.isConnected });
    });
    try {
      const blob = new Blob(['x'], { type: 'image/svg+xml' });
      downloadBlob(blob, '费用.svg', document);
      expect(created).toHaveBeenCalledWith(blob);
      expect(clicks).toEqual([{ href: 'blob:test/1', download: '费用.svg', inDocument: true }]);
      expect(document.querySelector('a')).toBeNull();
      expect(revoked).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(revoked).toHaveBeenCalledWith('blob:test/1');
    } finally {
      created.mockRestore();
      revoked.mockRestore();
      click.mockRestore();
    }
  });
});

describe('chartFileName', () => {
  it('keeps readable names and replaces what file systems refuse', () => {
    expect(chartFileName('各医院费用', 'svg')).toBe('各医院费用.svg');
    expect(chartFileName('a/b\\c:d*e?"f"<g>|h', 'png')).toBe('a_b_c_d_e__f__g__h.png');
    expect(chartFileName('..hidden', 'svg')).toBe('hidden.svg');
    expect(chartFileName('  ', 'png')).toBe('chart.png');
    expect(chartFileName('x'.repeat(300), 'svg')).toHaveLength(124);
  });
});
