import { html, nothing } from 'lit';
import type { ScenarioScore, WorkshopScore } from '../../../workers/api';
import { SCENARIO_CATALOG } from '../../../workers/generator/scenarios/scenario-catalog';
import { isScenarioId } from '../../../workers/generator/scenarios/scenario-ids';
import { renderChart } from '../../charts/render-chart';
import { formatShare } from '../../../core/format/number-format';
import { formatCount, formatMoney } from '../../i18n/format-number';
import type { Lang } from '../../i18n/locale';
import { msgText, t } from '../../i18n/translate';

/** The chart's width: the side panel's content width. */
const CHART_WIDTH = 280;

/** A scenario id as people read it (the catalogue's name; an unknown id as written). */
export function scenarioName(id: string, lang: Lang): string {
  return isScenarioId(id) ? msgText(SCENARIO_CATALOG[id].name, lang) : id;
}

/** A share 0 … 1 as a percentage with one decimal, or a dash when there is none. */
export function shareText(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return t('workshop.na', {}, lang);
  return formatShare(value, lang);
}

/** The score: overall precision and recall, a table per scenario, and a bar chart of recall. */
export function scoreView(score: WorkshopScore, lang: Lang, chart: Element | undefined) {
  const o = score.overall;
  return html`<div class="score" data-testid="workshop-score">
    <p class="overall" data-testid="workshop-overall">
      ${t(
        'workshop.overall',
        {
          flagged: formatCount(o.flagged, lang),
          hits: formatCount(o.truePositives, lang),
          precision: shareText(o.precision, lang),
          recall: shareText(o.recall, lang),
          planted: formatCount(o.planted, lang),
        },
        lang,
      )}
    </p>
    <table data-testid="workshop-score-table">
      <thead>
        <tr>
          <th>${t('workshop.col.scenario', {}, lang)}</th>
          <th class="num">${t('workshop.col.planted', {}, lang)}</th>
          <th class="num">${t('workshop.col.found', {}, lang)}</th>
          <th class="num">${t('workshop.col.recall', {}, lang)}</th>
          <th class="num">${t('workshop.col.amountFound', {}, lang)}</th>
        </tr>
      </thead>
      <tbody>
        ${score.byScenario.map((s) => scenarioRow(s, lang))}
      </tbody>
    </table>
    ${
      chart
        ? html`<figure class="chart" data-testid="workshop-chart" aria-label=${t('workshop.chart', {}, lang)}>
            <figcaption>${t('workshop.chart', {}, lang)}</figcaption>
            ${chart}
          </figure>`
        : nothing
    }
  </div>`;
}

function scenarioRow(s: ScenarioScore, lang: Lang) {
  return html`<tr data-scenario=${s.scenario}>
    <td>${scenarioName(s.scenario, lang)}</td>
    <td class="num">${formatCount(s.planted, lang)}</td>
    <td class="num">${formatCount(s.found, lang)}</td>
    <td class="num">${shareText(s.recall, lang)}</td>
    <td class="num">${formatMoney(s.amountFound, lang)}</td>
  </tr>`;
}

/**
 * A horizontal bar chart of recall per scenario (scenarios not scorable at the level are left out),
 * built in `document` (default: the page's).
 */
export function recallChart(score: WorkshopScore, lang: Lang, document?: Document): Element | undefined {
  // Column names are the axis labels, so they are the labels in the current language.
  const x = t('workshop.col.recall', {}, lang);
  const y = t('workshop.col.scenario', {}, lang);
  const rows = score.byScenario.flatMap((s) =>
    s.recall === null ? [] : [{ [y]: scenarioName(s.scenario, lang), [x]: s.recall }],
  );
  if (rows.length === 0) return undefined;
  return renderChart({ mark: 'bar', x, y, tooltip: false }, rows, {
    width: CHART_WIDTH,
    lang,
    ...(document && { document }),
  });
}
