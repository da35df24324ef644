import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../core/notebook/chart-spec';
import { parseChartSpec, serializeChartSpec } from '../../../core/notebook/chart-spec-text';

const FULL = [
  'mark: bar',
  'x: hospital',
  'y: total_fee',
  'fill: dept',
  'stroke: level',
  'fx: region',
  'fy: year',
  'text: label',
  'sort:',
  '  channel: x',
  '  by: y',
  '  order: descending',
  '  limit: 20',
  'tooltip: false',
  'title: 各医院费用合计',
].join('\n');

describe('parseChartSpec', () => {
  it('reads every key', () => {
    expect(parseChartSpec(FULL)).toEqual({
      spec: {
        mark: 'bar',
        x: 'hospital',
        y: 'total_fee',
        fill: 'dept',
        stroke: 'level',
        fx: 'region',
        fy: 'year',
        text: 'label',
        sort: { channel: 'x', by: 'y', order: 'descending', limit: 20 },
        tooltip: false,
        title: '各医院费用合计',
      },
      problems: [],
    });
  });

  it('gives the default spec for an empty source, with no problems', () => {
    expect(parseChartSpec('')).toEqual({ spec: { mark: 'bar', tooltip: true }, problems: [] });
    expect(parseChartSpec('\n# just a comment\n')).toEqual({
      spec: { mark: 'bar', tooltip: true },
      problems: [],
    });
  });

  it('names an unknown key and its line, in both languages, and keeps the rest', () => {
    const { spec, problems } = parseChartSpec('mark: dot\nx: a\ncolour: red\ny: b');
    expect(spec).toEqual({ mark: 'dot', x: 'a', y: 'b', tooltip: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.zh).toContain('第 3 行');
    expect(problems[0]!.zh).toContain('“colour”');
    expect(problems[0]!.en).toContain('Line 3');
    expect(problems[0]!.en).toContain('"colour"');
  });

  it('refuses an invalid mark with its line and falls back to bar', () => {
    const { spec, problems } = parseChartSpec('x: a\n\nmark: pie');
    expect(spec.mark).toBe('bar');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.en).toMatch(/^Line 3: "mark" "pie" is not a mark/);
    expect(problems[0]!.zh).toMatch(/^第 3 行：/);
  });

  it('reports a missing mark', () => {
    const { spec, problems } = parseChartSpec('x: a');
    expect(spec).toEqual({ mark: 'bar', x: 'a', tooltip: true });
    expect(problems.map((p) => p.en)).toEqual(['The key "mark" is missing; using bar.']);
  });

  it('ignores unsafe or ill-typed values, each with a problem', () => {
    const source = [
      'mark: line',
      'x:',
      '  nested: map',
      'y: [] ',
      'fill: "bad\\u0001name"',
      `stroke: ${'n'.repeat(300)}`,
      'fx: "   "',
      'tooltip: yes',
      'title:',
      '  - list',
    ].join('\n');
    const { spec, problems } = parseChartSpec(source);
    expect(spec).toEqual({ mark: 'line', tooltip: true });
    expect(problems.map((p) => p.en.slice(0, 12))).toEqual([
      'Line 2: "x" ',
      'Line 4: "y" ',
      'Line 5: "fil',
      'Line 6: "str',
      'Line 7: "fx"',
      'Line 8: "too',
      'Line 9: "tit',
    ]);
  });

  it('reads numeric column names and titles as text', () => {
    expect(parseChartSpec('mark: bar\nx: 2024\ny: "true"\ntitle: 2024').spec).toEqual({
      mark: 'bar',
      x: '2024',
      y: 'true',
      tooltip: true,
      title: '2024',
    });
  });

  it('fills sort defaults, and drops an invalid sort naming the nested key and its line', () => {
    expect(parseChartSpec('mark: bar\nsort:\n  by: y').spec.sort).toEqual({
      channel: 'x',
      by: 'y',
      order: 'ascending',
    });
    const bad = parseChartSpec('mark: bar\nsort:\n  channel: x\n  by: size\n  order: up\n  limit: 0');
    expect(bad.spec.sort).toBeUndefined();
    expect(bad.problems.map((p) => p.en.slice(0, 19))).toEqual([
      'Line 4: "sort.by" m',
      'Line 5: "sort.order',
      'Line 6: "sort.limit',
    ]);
    const unknown = parseChartSpec('mark: bar\nsort:\n  by: y\n  direction: up');
    expect(unknown.spec.sort).toEqual({ channel: 'x', by: 'y', order: 'ascending' });
    expect(unknown.problems[0]!.en).toMatch(/^Line 4: Unknown key "direction" under "sort"/);
    expect(parseChartSpec('mark: bar\nsort: y').problems[0]!.en).toMatch(/^Line 2: "sort" must be a map/);
  });

  it('reports YAML it cannot read with the line, and never throws', () => {
    const { spec, problems } = parseChartSpec('mark: bar\n  x: a\n');
    expect(spec).toEqual({ mark: 'bar', tooltip: true });
    expect(problems[0]!.en).toMatch(
      /^Line 2, column 3: the chart settings cannot be read \(unexpected indentation/,
    );
    for (const source of ['- a\n- b', '"unterminated', 'mark: &anchor bar', ': x', 'a: {b: c}', '\t- x']) {
      expect(() => parseChartSpec(source)).not.toThrow();
      expect(parseChartSpec(source).problems.length).toBeGreaterThan(0);
    }
  });

  it('reports a malformed spec as a YAML error at its line, not as a missing x column', () => {
    const { spec, problems, isUnreadable } = parseChartSpec('mark: bar\nx: "hospital\ny: fee');
    expect(isUnreadable).toBe(true);
    expect(spec).toEqual({ mark: 'bar', tooltip: true });
    expect(problems.map((p) => p.en)).toEqual([
      'Line 2, column 4: the chart settings cannot be read (a closing quote or bracket is missing (Missing closing "quote)); using the defaults.',
    ]);
    expect(problems[0]!.zh).toMatch(/^第 2 行第 4 列：图表设置无法读取（缺少结束的引号或括号/);
    expect(parseChartSpec('mark: bar\nx: hospital\n y: fee').problems[0]!.en).toMatch(/^Line 3, column 2: /);
    expect(parseChartSpec(FULL).isUnreadable).toBeUndefined();
  });

  it('treats keys such as __proto__ as plain unknown keys', () => {
    const { spec, problems } = parseChartSpec('mark: bar\n__proto__: x\nconstructor: y');
    expect(spec).toEqual({ mark: 'bar', tooltip: true });
    expect(Object.getPrototypeOf(spec)).toBe(Object.prototype);
    expect(problems).toHaveLength(2);
  });
});

describe('serializeChartSpec', () => {
  it('writes keys in the canonical order and leaves defaults out', () => {
    expect(serializeChartSpec({ tooltip: true, y: 'fee', mark: 'line', x: 'day' })).toBe(
      'mark: line\nx: day\ny: fee',
    );
    expect(serializeChartSpec({ mark: 'bar', tooltip: true })).toBe('mark: bar');
  });

  it('round-trips canonical text exactly', () => {
    expect(serializeChartSpec(parseChartSpec(FULL).spec)).toBe(FULL);
  });

  it('round-trips specs, quoting names that would read differently', () => {
    const specs: ChartSpec[] = [
      { mark: 'bar', tooltip: true },
      { mark: 'rect', x: 'true', y: '2024', fill: 'null', tooltip: false },
      { mark: 'text', x: 'a: b', y: '#tag', text: '- item', tooltip: true, title: 'it\'s "quoted"' },
      { mark: 'dot', x: ' padded ', y: '医院 名称', tooltip: true, title: '第一行\n第二行' },
      { mark: 'box', y: 'fee', sort: { channel: 'y', by: 'fill', order: 'ascending' }, tooltip: true },
      ...(['line', 'area', 'rule'] as const).map((mark): ChartSpec => ({
        mark,
        x: 'x',
        sort: { channel: 'x', by: 'x', order: 'descending', limit: 5 },
        tooltip: true,
      })),
    ];
    for (const spec of specs) {
      const text = serializeChartSpec(spec);
      expect(parseChartSpec(text)).toEqual({ spec, problems: [] });
      expect(serializeChartSpec(parseChartSpec(text).spec)).toBe(text);
    }
  });
});
