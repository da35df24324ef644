import { describe, expect, it } from 'vitest';
import type { PlotRow, PlotValue } from '../../../../src/arrow/plot-rows';
import {
  SCORE_BARS_TOP,
  digitBars,
  peerDots,
  peopleDates,
  scoreBars,
} from '../../../../src/components/model-cell/model-chart-data';

function row(values: Record<string, PlotValue>): PlotRow {
  return values;
}

describe('model charts', () => {
  it('score bars: the top entities in rank order along x, labelled in the UI language', () => {
    const ranked = Array.from({ length: 30 }, (_, i) =>
      row({ entity_id: `E${i + 1}`, score: 100 - i, rank: i + 1 }),
    );
    const zh = scoreBars(ranked, 'zh');
    expect(zh.rows).toHaveLength(SCORE_BARS_TOP);
    expect(zh.spec).toMatchObject({ mark: 'bar', x: '对象', y: '评分' });
    expect(zh.rows[0]).toEqual({ 对象: 'E1', 评分: 100 });
    expect(zh.rows.at(-1)).toEqual({ 对象: 'E20', 评分: 81 });
    const en = scoreBars(ranked.slice(0, 3), 'en');
    expect(en.spec).toMatchObject({ x: 'Entity', y: 'Score' });
    expect(en.rows).toHaveLength(3);
  });

  it('Benford digits: expected and observed of one scope as two series', () => {
    const digits = [
      row({ scope: 'all', digit: 1, expected: 0.301, observed: 0.4, count: 40, z: 2 }),
      row({ scope: 'all', digit: 2, expected: 0.176, observed: 0.1, count: 10, z: -1 }),
      row({ scope: 'H1', digit: 1, expected: 0.301, observed: 0.9, count: 9, z: 5 }),
    ];
    const all = digitBars(digits, 'all', 'en');
    expect(all.spec).toMatchObject({ mark: 'line', x: 'Digit', y: 'Share', stroke: 'Series' });
    expect(all.rows).toEqual([
      { Digit: 1, Share: 0.301, Series: 'Expected' },
      { Digit: 1, Share: 0.4, Series: 'Observed' },
      { Digit: 2, Share: 0.176, Series: 'Expected' },
      { Digit: 2, Share: 0.1, Series: 'Observed' },
    ]);
    expect(digitBars(digits, 'H1', 'en').rows).toHaveLength(2);
    expect(digitBars(digits, 'H9', 'en').rows).toHaveLength(0);
  });

  it('peer dots: one per entity with a number, the selected one marked and drawn last', () => {
    const ranked = [
      row({ entity_id: 'A', drug_share: 0.9 }),
      row({ entity_id: 'B', drug_share: 0.2 }),
      row({ entity_id: 'C', drug_share: null }),
      row({ entity_id: 'D', drug_share: 0.3 }),
    ];
    const chart = peerDots(ranked, 'drug_share', 'Drug share', 'A', 'en');
    expect(chart.spec).toMatchObject({ mark: 'dot', x: 'Drug share', y: 'Mark', fill: 'Mark' });
    expect(chart.rows.map((r) => r['Entity'])).toEqual(['B', 'D', 'A']);
    expect(chart.rows.at(-1)?.['Mark']).toBe('Selected');
    expect(chart.rows.filter((r) => r['Mark'] === 'Peers')).toHaveLength(2);
  });

  it('people × dates: a dot per settlement with a person and an admission date', () => {
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    const chart = peopleDates(
      [
        row({ psn_no: 'P1', begndate: day('2024-03-01') }),
        row({ psn_no: 'P2', begndate: null, setl_time: day('2024-03-02') }),
        row({ psn_no: null, begndate: day('2024-03-03') }),
        row({ psn_no: 'P3', begndate: null }),
      ],
      'zh',
    );
    expect(chart.spec).toMatchObject({ mark: 'dot', x: '入院日期', y: '人员' });
    expect(chart.rows).toEqual([
      { 入院日期: day('2024-03-01'), 人员: 'P1' },
      { 入院日期: day('2024-03-02'), 人员: 'P2' },
    ]);
  });
});
