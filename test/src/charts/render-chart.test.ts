import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlotRow } from '../../../src/arrow/plot-rows';
import { chartSvgText } from '../../../src/charts/export-chart';
import { CHART_CLASS, renderChart } from '../../../src/charts/render-chart';
import type { ChartMark, ChartSpec } from '../../../core/notebook/chart-spec';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { MONTHLY_SQL, chartDocument, claimsRows, normaliseSvg, queryRows } from './chart-fixtures';

let engine: NodeEngine;
let rows: readonly PlotRow[];
let monthly: readonly PlotRow[];
const document = chartDocument();

beforeAll(async () => {
  engine = await createNodeEngine();
  rows = (await claimsRows(engine)).rows;
  monthly = (await queryRows(engine, MONTHLY_SQL)).rows;
});
afterAll(() => engine.close());

function draw(spec: Omit<ChartSpec, 'tooltip'> & { tooltip?: boolean }, data = rows, width = 640) {
  return renderChart({ tooltip: true, ...spec }, data, { width, document, lang: 'zh' });
}

function tickLabels(el: Element, axis: 'x' | 'y'): string[] {
  return Array.from(
    el.querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`),
    (t) => t.textContent ?? '',
  );
}

/** One chart per mark type, over real DuckDB rows (DECIMAL, BIGINT, DATE, text); lines over time. */
const SNAPSHOTS: Record<ChartMark, ChartSpec> = {
  bar: {
    mark: 'bar',
    x: 'hospital',
    y: 'fee',
    fill: 'dept',
    sort: { channel: 'x', by: 'y', order: 'descending' },
    tooltip: true,
    title: '各医院费用',
  },
  line: { mark: 'line', x: 'month', y: 'fee', stroke: 'dept', tooltip: true },
  dot: { mark: 'dot', x: 'visits', y: 'fee', fill: 'dept', tooltip: true },
  area: { mark: 'area', x: 'month', y: 'fee', fill: 'dept', tooltip: false },
  rect: { mark: 'rect', x: 'dept', y: 'hospital', fill: 'fee', tooltip: true },
  rule: { mark: 'rule', y: 'fee', stroke: 'dept', tooltip: false },
  text: { mark: 'text', x: 'visits', y: 'fee', text: 'hospital', tooltip: false },
  box: { mark: 'box', x: 'dept', y: 'fee', tooltip: true },
};

/**
 * Snapshots are the chart as a saved file (`chartSvgText`): one valid SVG per chart, title and legend
 * included, so each can be opened and looked at.
 */
describe('renderChart snapshots', () => {
  for (const [mark, spec] of Object.entries(SNAPSHOTS)) {
    it(`draws a ${mark} chart`, async () => {
      const el = draw(spec, mark === 'line' || mark === 'area' ? monthly : rows);
      await expect(normaliseSvg(chartSvgText(el))).toMatchFileSnapshot(`./__snapshots__/chart-${mark}.svg`);
    });
  }

  it('draws facets', async () => {
    const el = draw({ mark: 'bar', x: 'hospital', y: 'visits', fx: 'dept' });
    await expect(normaliseSvg(chartSvgText(el))).toMatchFileSnapshot('./__snapshots__/chart-bar-facets.svg');
  });
});

describe('renderChart', () => {
  it('draws vertical bars for categories on x, horizontal ones for numbers on x', () => {
    const vertical = draw({ mark: 'bar', x: 'hospital', y: 'fee' });
    expect(vertical.querySelector('g[aria-label="bar"]')).not.toBeNull();
    // Without a sort, categories keep the order of the rows (the query's), not the alphabet's.
    expect(tickLabels(vertical, 'x')).toEqual(['协和医院', '人民医院', 'Central Clinic']);
    const horizontal = draw({ mark: 'bar', x: 'fee', y: 'hospital' });
    expect(tickLabels(horizontal, 'y')).toEqual(['协和医院', '人民医院', 'Central Clinic']);
    // Horizontal bars start at the left edge of the plot (x = marginLeft) and differ in width.
    const widths = Array.from(horizontal.querySelectorAll('g[aria-label="bar"] rect'), (r) =>
      r.getAttribute('width'),
    );
    expect(new Set(widths).size).toBeGreaterThan(1);
  });

  it('sorts categories by another channel, and keeps the top N', () => {
    const spec: ChartSpec = {
      mark: 'bar',
      x: 'hospital',
      y: 'fee',
      sort: { channel: 'x', by: 'y', order: 'descending' },
      tooltip: true,
    };
    // Sort uses the largest value per category: 人民医院 3100.10, 协和医院 2300, Central Clinic 700.
    expect(tickLabels(draw(spec), 'x')).toEqual(['人民医院', '协和医院', 'Central Clinic']);
    expect(tickLabels(draw({ ...spec, sort: { ...spec.sort!, order: 'ascending' } }), 'x')).toEqual([
      'Central Clinic',
      '协和医院',
      '人民医院',
    ]);
    expect(tickLabels(draw({ ...spec, sort: { ...spec.sort!, limit: 2 } }), 'x')).toEqual([
      '人民医院',
      '协和医院',
    ]);
    expect(tickLabels(draw({ ...spec, sort: { channel: 'x', by: 'x', order: 'descending' } }), 'x')).toEqual([
      '协和医院',
      '人民医院',
      'Central Clinic',
    ]);
  });

  it('wraps the chart in a figure with the title and a legend when asked', () => {
    const plain = draw({ mark: 'dot', x: 'visits', y: 'fee' });
    expect(plain.localName).toBe('svg');
    expect(plain.getAttribute('class')).toBe(CHART_CLASS);
    const titled = draw({ mark: 'dot', x: 'visits', y: 'fee', fill: 'dept', title: '费用与就诊' });
    expect(titled.localName).toBe('figure');
    expect(titled.querySelector('h2')?.textContent).toBe('费用与就诊');
    expect(Array.from(titled.querySelectorAll('.cl-plot-swatch'), (s) => s.textContent)).toEqual([
      '内科',
      '外科',
    ]);
  });

  it('reads a column named like a colour as a column, not as a constant colour', () => {
    const data = rows.map((row) => ({ ...row, red: row.dept ?? null }));
    const el = draw({ mark: 'bar', x: 'hospital', y: 'fee', fill: 'red' }, data);
    const fills = new Set(
      Array.from(el.querySelectorAll('g[aria-label="bar"] rect'), (r) => r.getAttribute('fill')),
    );
    expect(fills.size).toBe(2);
    expect(fills.has('red')).toBe(false);
  });

  it('joins line points in x order whatever the row order', () => {
    // The fixture comes newest first.
    const el = draw({ mark: 'line', x: 'month', y: 'fee', stroke: 'dept' }, monthly);
    for (const path of Array.from(el.querySelectorAll('g[aria-label="line"] path'))) {
      const xs = Array.from((path.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+),/g), (m) => Number(m[1]));
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
  });

  it('adds tooltips only when asked, and names the chart in the chosen language', () => {
    expect(draw({ mark: 'dot', x: 'visits', y: 'fee' }).querySelector('g[aria-label="tip"]')).not.toBeNull();
    expect(
      draw({ mark: 'dot', x: 'visits', y: 'fee', tooltip: false }).querySelector('g[aria-label="tip"]'),
    ).toBeNull();
    const en = renderChart({ mark: 'dot', x: 'visits', y: 'fee', tooltip: true }, rows, {
      width: 400,
      document,
      lang: 'en',
    });
    expect(en.getAttribute('aria-label')).toBe('Dot plot');
    expect(en.getAttribute('aria-description')).toBe('x = visits, y = fee');
    expect(draw({ mark: 'dot', x: 'visits', y: 'fee' }).getAttribute('aria-label')).toBe('散点图');
  });

  it('draws at the width asked for, and makes room for long category labels', () => {
    expect(draw({ mark: 'dot', x: 'visits', y: 'fee' }, rows, 500).getAttribute('width')).toBe('500');
    const long = rows.map((row) => ({ ...row, hospital: `${String(row.hospital)}附属第一人民医院分院` }));
    const el = draw({ mark: 'bar', x: 'fee', y: 'hospital' }, long, 800);
    const bar = el.querySelector('g[aria-label="bar"] rect');
    expect(Number(bar?.getAttribute('x'))).toBeGreaterThan(120);
  });

  it('draws numbers that arrived as text (beyond 2^53) as categories instead of failing', () => {
    const data: PlotRow[] = [
      { id: '9007199254740993', n: 1 },
      { id: '9007199254740995', n: 2 },
    ];
    expect(tickLabels(draw({ mark: 'bar', x: 'id', y: 'n' }, data), 'x')).toEqual([
      '9007199254740993',
      '9007199254740995',
    ]);
  });

  it('draws bars per month as categories, without Plot warning about dates on a band scale', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const el = draw({ mark: 'bar', x: 'month', y: 'fee', fill: 'dept' }, monthly);
      expect(tickLabels(el, 'x')).toHaveLength(12);
      expect(tickLabels(el, 'x').slice(0, 2)).toEqual(['Jan2024', 'Feb']);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("keeps the query's ORDER BY on a category axis, writes ticks with separators, and sorts when asked", async () => {
    const ordered = (
      await queryRows(
        engine,
        `SELECT org, total FROM (VALUES ('Beta', 120.0), ('丙医院', 30000.5), ('Alpha', 4500.0)) t(org, total)
         ORDER BY total DESC`,
      )
    ).rows;
    const spec: ChartSpec = { mark: 'bar', x: 'org', y: 'total', tooltip: true };
    const el = draw(spec, ordered);
    expect(tickLabels(el, 'x')).toEqual(['丙医院', 'Alpha', 'Beta']);
    expect(tickLabels(el, 'y')).toContain('30,000');
    // The left margin holds the longest label: Plot's 40 px would cut "30,000".
    expect(
      Number(
        el.querySelector('g[aria-label="y-axis tick"] path')?.getAttribute('transform')?.match(/\d+/)?.[0],
      ),
    ).toBeGreaterThan(40);
    const ascending = { ...spec, sort: { channel: 'x', by: 'y', order: 'ascending' } } as const;
    expect(tickLabels(draw(ascending, ordered), 'x')).toEqual(['Beta', 'Alpha', '丙医院']);
    const byName = { ...spec, sort: { channel: 'x', by: 'x', order: 'ascending' } } as const;
    expect(tickLabels(draw(byName, ordered), 'x')).toEqual(['Alpha', 'Beta', '丙医院']);
    // Horizontal bars: the first row on top.
    expect(tickLabels(draw({ ...spec, x: 'total', y: 'org' }, ordered), 'y')).toEqual([
      '丙医院',
      'Alpha',
      'Beta',
    ]);
  });

  it('cuts very long slanted category labels and keeps the full name as their tooltip', () => {
    const long = Array.from({ length: 20 }, (_, i) => ({ org: `${'某'.repeat(25)}${i}`, total: i + 1 }));
    const el = draw({ mark: 'bar', x: 'org', y: 'total' }, long);
    const labels = Array.from(el.querySelectorAll('g[aria-label="x-axis tick label"] text'));
    expect(labels).toHaveLength(20);
    expect(labels[0]?.firstChild?.textContent).toMatch(/^某+…某某某0$/);
    expect(labels[19]?.firstChild?.textContent).toMatch(/^某+…某某19$/);
    expect(labels[0]?.querySelector('title')?.textContent).toBe(`${'某'.repeat(25)}0`);
    expect(labels[19]?.querySelector('title')?.textContent).toBe(`${'某'.repeat(25)}19`);
  });

  it('leaves out a sort on a continuous scale instead of failing', () => {
    const sort = { channel: 'x', by: 'y', order: 'descending' } as const;
    for (const mark of ['line', 'area', 'dot'] as const) {
      expect(() => draw({ mark, x: 'month', y: 'fee', sort }, monthly)).not.toThrow();
    }
    const area = draw(
      { mark: 'area', x: 'month', y: 'fee', sort: { ...sort, channel: 'y', by: 'x' } },
      monthly,
    );
    expect(area.querySelector('g[aria-label="area"]')).not.toBeNull();
  });
});

describe('the workshop score chart shape', () => {
  it('cuts scenario names longer than a narrow chart holds, with the full name as their tooltip', () => {
    const names = ['Inpatient split admission (DRG)', 'After death', '住院分解住院（按病组付费）'];
    const data = names.map((scenario, i) => ({ scenario, recall: (i + 1) / 4 }));
    const el = draw({ mark: 'bar', x: 'recall', y: 'scenario', tooltip: false }, data, 280);
    const labels = Array.from(el.querySelectorAll('g[aria-label="y-axis tick label"] text'));
    expect(labels.map((l) => l.querySelector('title')?.textContent ?? l.textContent)).toEqual(names);
    expect(labels[0]?.firstChild?.textContent).toMatch(/…/);
    expect(labels[1]?.querySelector('title')).toBeNull();
  });
});
