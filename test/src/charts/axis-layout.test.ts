import { describe, expect, it } from 'vitest';
import type { PlotRow } from '../../../src/arrow/plot-rows';
import { axisLayout } from '../../../src/charts/axis-layout';
import { positionKinds } from '../../../src/charts/chart-mark';
import { textWidth } from '../../../src/charts/text-width';
import type { ChartSpec } from '../../../core/notebook/chart-spec';

function layout(spec: ChartSpec, rows: PlotRow[], width = 640) {
  return axisLayout(spec, rows, positionKinds(spec, rows), width);
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
    expect(layout(spec, rows).marginLeft).toBe(Math.ceil(textWidth('某某市第一人民医院0')) + 14);
    expect(layout(spec, names('某'.repeat(60), 2), 600).marginLeft).toBe(210);
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
