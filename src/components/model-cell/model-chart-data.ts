/**
 * The default chart of each model (`ModelChart.kind`) as a declarative chart spec over plain rows, drawn
 * by the notebook's own `renderChart` (so axes, label fitting and theming match the chart cells):
 * score bars of the top entities, Benford's expected vs observed share per digit, a dot per entity on
 * one indicator with the selected entity marked, and the people × admission dates of one group.
 * Column names are the words the axes show, in the UI language. Pure: no DOM.
 */
import type { ChartSpec } from '../../../core/notebook/chart-spec';
import type { PlotRow, PlotValue } from '../../arrow/plot-rows';
import type { Lang } from '../../i18n/locale';
import { t } from '../../i18n/translate';
import { entityIdOf } from './model-values';

/** A chart to draw: its spec and its rows. */
export interface ModelChartData {
  readonly spec: ChartSpec;
  readonly rows: readonly PlotRow[];
}

/** How many entities the score bars show. */
export const SCORE_BARS_TOP = 20;

function row(entries: readonly (readonly [string, PlotValue])[]): PlotRow {
  const r = Object.create(null) as Record<string, PlotValue>;
  for (const [key, value] of entries) r[key] = value;
  return r;
}

/**
 * Bars of `score` for the first `SCORE_BARS_TOP` ranked rows in rank order, entities along x (their ids
 * slanted and fitted by the chart's axis layout).
 */
export function scoreBars(ranked: readonly PlotRow[], lang: Lang): ModelChartData {
  const entity = t('models.col.entity', {}, lang);
  const score = t('models.col.score', {}, lang);
  const rows = ranked.slice(0, SCORE_BARS_TOP).map((r) =>
    row([
      [entity, entityIdOf(r)],
      [score, typeof r['score'] === 'number' ? r['score'] : null],
    ]),
  );
  return { spec: { mark: 'bar', x: entity, y: score, tooltip: true }, rows };
}

/**
 * Benford: the expected and observed share of each digit for one scope (`all`, or an institution of
 * the `<name>_digits` table), two lines over the digits, so a first-two test's 90 digits stay readable.
 */
export function digitBars(digits: readonly PlotRow[], scope: string, lang: Lang): ModelChartData {
  const digit = t('models.chart.digit', {}, lang);
  const share = t('models.chart.share', {}, lang);
  const series = t('models.chart.series', {}, lang);
  const expected = t('models.chart.expected', {}, lang);
  const observed = t('models.chart.observed', {}, lang);
  const rows: PlotRow[] = [];
  for (const d of digits) {
    if (d['scope'] !== undefined && String(d['scope']) !== scope) continue;
    const n = Number(d['digit']);
    if (!Number.isFinite(n)) continue;
    for (const [name, column] of [
      [expected, 'expected'],
      [observed, 'observed'],
    ] as const) {
      const value = d[column];
      if (typeof value === 'number')
        rows.push(
          row([
            [digit, n],
            [share, value],
            [series, name],
          ]),
        );
    }
  }
  return { spec: { mark: 'line', x: digit, y: share, stroke: series, tooltip: true }, rows };
}

/**
 * A dot per ranked entity on `indicator` (its label `indicatorLabel`), on two rows: the selected entity
 * and its peers, coloured apart. Rows without a number for the indicator are left out.
 */
export function peerDots(
  ranked: readonly PlotRow[],
  indicator: string,
  indicatorLabel: string,
  selected: string,
  lang: Lang,
): ModelChartData {
  const entity = t('models.col.entity', {}, lang);
  const mark = t('models.chart.highlight', {}, lang);
  const chosen = t('models.chart.selected', {}, lang);
  const peers = t('models.chart.peers', {}, lang);
  const rows = ranked.flatMap((r) => {
    const value = r[indicator];
    if (typeof value !== 'number') return [];
    const id = entityIdOf(r);
    return [
      row([
        [entity, id],
        [indicatorLabel, value],
        [mark, id === selected ? chosen : peers],
      ]),
    ];
  });
  // The selected dot is drawn last, on top of its peers.
  rows.sort((a, b) => Number(a[mark] === chosen) - Number(b[mark] === chosen));
  return { spec: { mark: 'dot', x: indicatorLabel, y: mark, fill: mark, tooltip: true }, rows };
}

/** The date a settlement row was admitted on (`begndate`, else the settlement time). */
function admission(r: PlotRow): PlotValue {
  const value = r['begndate'] ?? r['setl_time'] ?? null;
  return value instanceof Date || typeof value === 'string' ? value : null;
}

/** One dot per settlement of a group: its person on y, its admission date on x. */
export function peopleDates(settlements: readonly PlotRow[], lang: Lang): ModelChartData {
  const person = t('models.chart.person', {}, lang);
  const date = t('models.chart.date', {}, lang);
  const rows = settlements.flatMap((r) => {
    const when = admission(r);
    const who = r['psn_no'];
    if (when === null || who === null || who === undefined) return [];
    return [
      row([
        [date, when],
        [person, String(who)],
      ]),
    ];
  });
  return { spec: { mark: 'dot', x: date, y: person, tooltip: true }, rows };
}

/** Nigrini's (2012) MAD conformity bounds per digit test: close, acceptable, marginal. */
export const MAD_BOUNDS: Readonly<Record<string, readonly [number, number, number]>> = {
  first: [0.006, 0.012, 0.015],
  'first-two': [0.0012, 0.0018, 0.0022],
  second: [0.008, 0.01, 0.012],
};
