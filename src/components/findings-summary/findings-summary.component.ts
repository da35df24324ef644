import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { FindingsSummary, RuleOutcome } from '../../../workers/api';
import type { SeverityTotal } from '../../../core/rules/rule-run-types';
import { formatCount, formatDuration } from '../../i18n/format-number';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { formatYuan } from '../rule-cell/money';
import { severityBadge, severityLabel } from '../rule-cell/rule-labels';
import { findingsSummaryStyles } from './findings-summary.styles';
import { groupTable } from './group-table';

const STATUS_BADGES: Readonly<Record<RuleOutcome['status'], string>> = {
  ok: 'badge badge-ok',
  skipped: 'badge badge-warn',
  failed: 'badge badge-danger',
};

/**
 * A rule run's results at a glance: cards (findings, settlements, persons, amount at risk), each rule's
 * outcome (findings, lines, amount, time; why it was skipped or how it failed), and the institutions
 * and doctors with the most amount at risk.
 */
export class FindingsSummaryElement extends LitElement {
  static override styles = findingsSummaryStyles;

  @property({ attribute: false }) summary: FindingsSummary | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const s = this.summary;
    if (!s) return nothing;
    const cards = [
      ['findings', formatCount(s.findings)],
      ['settlements', formatCount(s.settlements)],
      ['persons', formatCount(s.persons)],
      ['amountAtRisk', formatYuan(s.amountAtRisk)],
    ] as const;
    return html`<section class="summary" aria-label=${t('rules.summary.label')}>
      <dl class="cards">
        ${cards.map(
          ([key, value]) =>
            html`<div class="card" data-testid=${`summary-${key}`} data-value=${String(s[key])}>
              <dt>${t(`rules.summary.${key}`)}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      ${this.#bySeverity(s.bySeverity)}
      <p class="muted small">${t('rules.summary.elapsed', { elapsed: formatDuration(s.elapsedMs) })}</p>
      ${this.#byRule(s.rules)}
      <div class="groups-row">
        ${groupTable(t('rules.summary.topInstitutions'), s.byInstitution, 'top-institutions')}
        ${groupTable(t('rules.summary.topDoctors'), s.byDoctor, 'top-doctors')}
      </div>
    </section>`;
  }

  #bySeverity(totals: readonly SeverityTotal[]) {
    return html`<div class="by-severity" data-testid="by-severity">
      <h4 class="small">${t('rules.summary.bySeverity')}</h4>
      <ul>
        ${totals.map(
          (x) =>
            html`<li
              data-severity=${x.severity}
              data-findings=${String(x.findings)}
              data-amount=${String(x.amount)}
            >
              <span class=${severityBadge(x.severity)}>${severityLabel(x.severity)}</span>
              <span class="num">${t('rules.summary.severityFindings', { n: formatCount(x.findings) })}</span>
              <span class="num">${formatYuan(x.amount)}</span>
            </li>`,
        )}
      </ul>
      <p class="muted small">${t('rules.summary.severityNote')}</p>
    </div>`;
  }

  #byRule(rules: readonly RuleOutcome[]) {
    // A box that may scroll is reachable by keyboard (axe: scrollable-region-focusable), named by its table.
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${t('rules.summary.byRule')}>
      <table class="by-rule" data-testid="by-rule">
        <caption>
          ${t('rules.summary.byRule')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('rules.col.rule')}</th>
            <th scope="col">${t('rules.col.status')}</th>
            <th scope="col" class="num">${t('rules.col.findings')}</th>
            <th scope="col" class="num">${t('rules.col.lines')}</th>
            <th scope="col" class="num">${t('rules.col.amount')}</th>
            <th scope="col" class="num">${t('rules.col.elapsed')}</th>
          </tr>
        </thead>
        <tbody>
          ${rules.map((r) => {
            const why =
              r.status === 'skipped' ? r.reason : r.status === 'failed' ? r.error?.message : undefined;
            return html`<tr data-status=${r.status} data-rule-id=${r.ruleId}>
              <th scope="row">
                <span>${msgText(r.name)}</span> <code>${r.ruleId}</code>
                ${why ? html`<div class="why ${r.status}">${msgText(why)}</div>` : nothing}
              </th>
              <td><span class=${STATUS_BADGES[r.status]}>${t(`rules.status.${r.status}`)}</span></td>
              <td class="num">${formatCount(r.findings)}</td>
              <td class="num">${formatCount(r.lines)}</td>
              <td class="num">${formatYuan(r.amount)}</td>
              <td class="num">${formatDuration(r.elapsedMs)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}
