import { describe, expect, it } from 'vitest';
import type { PlotRow } from '../../../src/arrow/plot-rows';
import { axisLayout, longestTick, truncateLabel } from '../../../src/charts/axis-layout';
import { categoryDomain } from '../../../src/charts/category-order';
import { niceTicks } from '../../../src/charts/nice-ticks';
import { valueExtent } from '../../../src/charts/value-extent';
import { positionKinds } from '../../../src/charts/chart-mark';
import { textWidth } from '../../../src/charts/text-width';
import type { ChartSpec } from '../../../core/notebook/chart-spec';

function layout(spec: ChartSpec, rows: PlotRow[], width = 640) {
  return axisLayout(spec, rows, positionKinds(spec, rows), width, 'en');
}

const names = (prefix: string, n: number): PlotRow[] =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i}`, fee: i }));

describe('textWidth', () => {
  it('counts Chinese glyphs as wide', () => {
    expect(textWidth('abcde')).toBe(30);
    expect(textWidth('人民医院')).toBe(40);
    expect(textWidth('人民医院', 12)).toBe(48);
  });
});

describe('axisLayout', () => {
  it('leaves short labels to Plot', () => {
    expect(layout({ mark: 'bar', x: 'name', y: 'fee', tooltip: true }, names('a', 3))).toEqual({});
    expect(layout({ mark: 'dot', x: 'fee', y: 'fee', tooltip: true }, names('a', 3))).toEqual({});
  });

  it('widens the left margin to the longest category label, up to a third of the width', () => {
    const rows = names('某某市第一人民医院', 3);
    const spec: ChartSpec = { mark: 'bar', x: 'fee', y: 'name', tooltip: true };
    expect(layout(spec, rows).marginLeft).toBe(Math.ceil(textWidth('某某市第一人民医院0') + 13));
    // Past a third of the width the labels are cut to what the margin holds.
    const narrow = layout(spec, names('某'.repeat(60), 2), 600);
    expect(narrow.marginLeft).toBe(210);
    expect(narrow.yLabelMax).toBe(210 - 13);
    expect(layout(spec, rows).yLabelMax).toBeUndefined();
  });

  it('slants crowded category labels on x and makes room below', () => {
    const crowded = layout(
      { mark: 'bar', x: 'name', y: 'fee', tooltip: true },
      names('某某市第一人民医院', 30),
    );
    expect(crowded.xTickRotate).toBe(-45);
    expect(crowded.marginBottom).toBeGreaterThan(30);
    expect(
      layout({ mark: 'bar', x: 'name', y: 'fee', tooltip: true }, names('a', 10)).xTickRotate,
    ).toBeUndefined();
  });

  it('gives heatmap rows room', () => {
    const spec: ChartSpec = { mark: 'rect', x: 'fee', y: 'name', tooltip: true };
    expect(layout(spec, names('h', 10)).height).toBe(10 * 28 + 70);
    expect(layout({ ...spec, fy: 'name' }, names('h', 10)).height).toBeUndefined();
  });
});

describe('numeric axis room', () => {
  const totals = (values: number[]): PlotRow[] => values.map((total, i) => ({ org: `o${i}`, total }));

  it('widens the left margin to the longest formatted y tick, stacked bars included', () => {
    // Ticks 0 … 30,000: "30,000" is 6 Latin glyphs; Plot's 40 px would cut its first digit.
    const spec: ChartSpec = { mark: 'bar', x: 'org', y: 'total', tooltip: true };
    const margin = layout(spec, totals([30_000, 12_000, 500])).marginLeft ?? 40;
    expect(margin).toBeGreaterThanOrEqual(Math.ceil(textWidth('30,000')) + 9);
    // Two rows in one category stack to 1,200,000: the axis reaches 1,200,000, not 600,000.
    const stacked: PlotRow[] = [
      { org: 'a', dept: 'x', total: 600_000 },
      { org: 'a', dept: 'y', total: 600_000 },
    ];
    expect(layout({ ...spec, fill: 'dept' }, stacked).marginLeft ?? 40).toBeGreaterThanOrEqual(
      Math.ceil(textWidth('1,200,000')) + 9,
    );
    // Negative values and fractions are measured as written.
    expect(
      layout({ mark: 'dot', x: 'org', y: 'total', tooltip: true }, totals([-0.125, -0.5])).marginLeft,
    ).toBe(Math.ceil(longestTick([-0.5, -0.125], 400 / 35, 'en') + 13));
    // Twice as many ticks (a taller frame) step by 0.02: "-0.48" is the longest label drawn.
    expect(longestTick([-0.5, -0.125], 10, 'en')).toBe(textWidth('-0.48'));
  });

  it('never widens beyond a third of the chart, and leaves small numbers to Plot', () => {
    const spec: ChartSpec = { mark: 'dot', x: 'org', y: 'total', tooltip: true };
    expect(layout(spec, totals([1e15, 2e15]), 300).marginLeft).toBe(105);
    expect(layout(spec, totals([1, 9])).marginLeft).toBeUndefined();
  });

  it('makes room on the right for the last tick of a numeric x axis', () => {
    const spec: ChartSpec = { mark: 'bar', x: 'total', y: 'org', tooltip: true };
    const right = layout(spec, totals([1_250_000.5, 10])).marginRight ?? 20;
    expect(right).toBeGreaterThanOrEqual(textWidth('1,200,000') / 2);
    expect(layout(spec, totals([9, 10])).marginRight).toBeUndefined();
  });

  it('cuts very long slanted x labels and keeps the first one inside the chart', () => {
    const long = names('某某省某某市某某区第一人民医院附属门诊部', 30);
    const slanted = layout({ mark: 'bar', x: 'name', y: 'fee', tooltip: true }, long);
    expect(slanted.xTickRotate).toBe(-45);
    expect(slanted.xLabelMax).toBe(150);
    expect(slanted.marginLeft ?? 40).toBeGreaterThanOrEqual(Math.ceil(150 * Math.SQRT1_2) - 20);
    const cut = truncateLabel(`${'某'.repeat(30)}第一医院`, 150);
    expect(cut).toMatch(/^某+…第一医院$/);
    expect(textWidth(cut)).toBeLessThanOrEqual(150);
    expect(truncateLabel('short', 150)).toBe('short');
  });
});

describe('niceTicks', () => {
  it('picks round steps as d3 (and so Plot) does, without float noise', () => {
    expect(niceTicks(0, 30_000.5, 10)).toEqual(Array.from({ length: 16 }, (_, i) => i * 2000));
    expect(niceTicks(0, 30_000.5, 5)).toEqual([0, 5000, 10_000, 15_000, 20_000, 25_000, 30_000]);
    expect(niceTicks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(niceTicks(-0.5, -0.125, 20)).toContain(-0.48);
    expect(niceTicks(-0.5, -0.125, 10)).toEqual([-0.5, -0.45, -0.4, -0.35, -0.3, -0.25, -0.2, -0.15]);
    expect(niceTicks(5, 5, 10)).toEqual([5]);
    expect(niceTicks(0, Number.NaN, 10)).toEqual([]);
  });
});

describe('categoryDomain', () => {
  it('keeps the order rows arrive in, once each, without nulls', () => {
    const rows: PlotRow[] = [
      { org: '丙医院', total: 9 },
      { org: 'Alpha', total: 5 },
      { org: null, total: 4 },
      { org: '丙医院', total: 3 },
      { org: '甲医院', total: 1 },
    ];
    expect(categoryDomain(rows, 'org')).toEqual(['丙医院', 'Alpha', '甲医院']);
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    const dates: PlotRow[] = [{ d: day('2024-02-01') }, { d: day('2024-01-01') }, { d: day('2024-02-01') }];
    expect(categoryDomain(dates, 'd')).toEqual([day('2024-02-01'), day('2024-01-01')]);
  });
});

describe('valueExtent', () => {
  it('stacks bars and areas per category and facet from zero; other marks span their values', () => {
    const rows: PlotRow[] = [
      { org: 'a', v: 5, f: 'p' },
      { org: 'a', v: 7, f: 'p' },
      { org: 'a', v: -2, f: 'p' },
      { org: 'a', v: 9, f: 'q' },
      { org: 'b', v: 3, f: 'p' },
    ];
    expect(valueExtent({ mark: 'bar', x: 'org', y: 'v', tooltip: true }, rows, 'y')).toEqual([-2, 21]);
    expect(valueExtent({ mark: 'bar', x: 'org', y: 'v', fx: 'f', tooltip: true }, rows, 'y')).toEqual([
      -2, 12,
    ]);
    expect(valueExtent({ mark: 'dot', x: 'org', y: 'v', tooltip: true }, rows, 'y')).toEqual([-2, 9]);
    expect(valueExtent({ mark: 'dot', x: 'org', tooltip: true }, rows, 'y')).toBeUndefined();
  });
});
