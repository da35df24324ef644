import { describe, expect, it } from 'vitest';
import {
  isChartSpecComplete,
  CHART_MARKS,
  isChartMark,
  isNumericColumnType,
  validateChartSpec,
  type ChartSpec,
} from '../../../core/notebook/chart-spec';

const COLUMNS = [
  { name: 'hospital', type: 'VARCHAR' },
  { name: 'fee', type: 'DECIMAL(18,2)' },
  { name: 'visits', type: 'BIGINT' },
  { name: 'day', type: 'DATE' },
];

describe('validateChartSpec', () => {
  it('accepts a spec whose channels all name result columns', () => {
    expect(validateChartSpec({ mark: 'bar', x: 'hospital', y: 'fee', tooltip: true }, COLUMNS)).toEqual([]);
    expect(
      validateChartSpec({ mark: 'line', x: 'day', y: 'visits', stroke: 'hospital', tooltip: true }, COLUMNS),
    ).toEqual([]);
  });

  it('names a missing column, its channel and the columns there are, in both languages', () => {
    const problems = validateChartSpec({ mark: 'dot', x: 'hospital', y: 'amount', tooltip: true }, COLUMNS);
    expect(problems).toEqual([
      {
        zh: '通道 y 引用的列“amount”不在结果中。可用的列：hospital、fee、visits、day。',
        en: 'Channel y names column "amount", which is not in the result. Available columns: hospital, fee, visits, day.',
      },
    ]);
  });

  it("asks for the mark's required channels", () => {
    expect(
      validateChartSpec({ mark: 'bar', x: 'hospital', tooltip: true }, COLUMNS).map((p) => p.en),
    ).toEqual(['A bar chart needs a column for y.']);
    expect(validateChartSpec({ mark: 'rule', tooltip: true }, COLUMNS).map((p) => p.en)).toEqual([
      'A rule chart needs a column for x or y.',
    ]);
    expect(validateChartSpec({ mark: 'rule', y: 'fee', tooltip: true }, COLUMNS)).toEqual([]);
    expect(
      validateChartSpec({ mark: 'text', x: 'day', y: 'fee', tooltip: true }, COLUMNS).map((p) => p.en),
    ).toEqual(['A text chart needs a column for text.']);
  });

  it('needs a numeric x or y for bars and boxes', () => {
    const spec: ChartSpec = { mark: 'bar', x: 'hospital', y: 'day', tooltip: true };
    expect(validateChartSpec(spec, COLUMNS).map((p) => p.en)).toEqual([
      'A bar chart needs a numeric column for x or y ("hospital" and "day" are not numeric).',
    ]);
    expect(
      validateChartSpec({ mark: 'box', y: 'hospital', tooltip: true }, COLUMNS).map((p) => p.en),
    ).toEqual(['A box chart needs a numeric column for x or y ("hospital" is not numeric).']);
    expect(validateChartSpec({ mark: 'box', y: 'fee', tooltip: true }, COLUMNS)).toEqual([]);
    expect(validateChartSpec({ mark: 'bar', x: 'fee', y: 'hospital', tooltip: true }, COLUMNS)).toEqual([]);
  });

  it('needs the channel a sort is by', () => {
    const spec: ChartSpec = {
      mark: 'bar',
      x: 'hospital',
      y: 'fee',
      sort: { channel: 'x', by: 'fill', order: 'descending' },
      tooltip: true,
    };
    expect(validateChartSpec(spec, COLUMNS).map((p) => p.en)).toEqual([
      'Sorting the x axis by fill needs a column for fill.',
    ]);
    expect(validateChartSpec({ ...spec, fill: 'visits' }, COLUMNS)).toEqual([]);
  });

  it('lists "(none)" when the result has no columns', () => {
    const [problem] = validateChartSpec({ mark: 'rule', y: 'fee', tooltip: true }, []);
    expect(problem?.en).toContain('Available columns: (none).');
    expect(problem?.zh).toContain('可用的列：（无）。');
  });
});

describe('chart spec helpers', () => {
  it('knows the marks', () => {
    expect(CHART_MARKS).toEqual(['bar', 'line', 'dot', 'area', 'rect', 'rule', 'text', 'box']);
    expect(CHART_MARKS.every(isChartMark)).toBe(true);
    expect([isChartMark('pie'), isChartMark(null), isChartMark('Bar')]).toEqual([false, false, false]);
  });

  it('tells numeric DuckDB types from others', () => {
    const numeric = [
      'INTEGER',
      'BIGINT',
      'UBIGINT',
      'HUGEINT',
      'DOUBLE',
      'FLOAT',
      'DECIMAL(18,2)',
      'SMALLINT',
    ];
    const other = ['VARCHAR', 'DATE', 'TIMESTAMP', 'BOOLEAN', 'INTEGER[]', 'STRUCT(a INTEGER)', 'INTERVAL'];
    expect(numeric.every(isNumericColumnType)).toBe(true);
    expect(other.some(isNumericColumnType)).toBe(false);
  });
});

describe('isChartSpecComplete', () => {
  it('is true once every channel the mark needs has a column', () => {
    expect(isChartSpecComplete({ mark: 'bar', tooltip: true })).toBe(false);
    expect(isChartSpecComplete({ mark: 'bar', x: 'org', tooltip: true })).toBe(false);
    expect(isChartSpecComplete({ mark: 'bar', x: 'org', y: 'total', tooltip: true })).toBe(true);
    expect(isChartSpecComplete({ mark: 'rule', y: 'total', tooltip: true })).toBe(true);
    expect(isChartSpecComplete({ mark: 'text', x: 'a', y: 'b', tooltip: true })).toBe(false);
    expect(isChartSpecComplete({ mark: 'text', x: 'a', y: 'b', text: 'c', tooltip: true })).toBe(true);
  });
});
