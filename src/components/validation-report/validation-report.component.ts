import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { CanonicalTable, ValidationReport } from '../../../workers/api';
import { canonicalField } from '../../../core/mapping/canonical-model';
import { formatCount } from '../../i18n/format-number';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { PROBLEM_KIND_LABELS } from '../../i18n/labels';
import { t } from '../../i18n/translate';
import { validationReportStyles } from './validation-report.styles';

/**
 * A canonical table's validation report: rows read, rows with problems, and per problem kind and field
 * the count and a few example rows (source row number and raw value).
 */
export class ValidationReportElement extends LitElement {
  static override styles = validationReportStyles;

  @property({ attribute: false }) report: ValidationReport | undefined;
  /** Folds the problems table away behind a summary line (for narrow places such as the data panel). */
  @property({ type: Boolean }) compact = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const report = this.report;
    if (!report) return nothing;
    return html`<section data-testid="validation-report" data-target=${report.target}>
      <div class="summary">
        <span>${t('report.rowsRead', { n: formatCount(report.rowsRead) })}</span>
        ${
          report.rowsWithProblems > 0
            ? html`<span class="badge badge-warn"
                >${t('report.rowsWithProblems', { n: formatCount(report.rowsWithProblems) })}</span
              >`
            : html`<span class="badge badge-ok">${t('report.noProblems')}</span>`
        }
      </div>
      ${
        report.problems.length === 0
          ? nothing
          : this.compact
            ? html`<details>
                <summary>${t('report.details', { n: formatCount(report.problems.length) })}</summary>
                ${this.#table(report)}
              </details>`
            : this.#table(report)
      }
    </section>`;
  }

  #table(report: ValidationReport) {
    return html`<table>
      <thead>
        <tr>
          <th>${t('report.kind')}</th>
          <th>${t('report.field')}</th>
          <th class="count">${t('report.count')}</th>
          <th>${t('report.examples')}</th>
        </tr>
      </thead>
      <tbody>
        ${report.problems.map(
          (p) =>
            html`<tr
              data-testid="problem"
              data-kind=${p.kind}
              data-field=${p.field}
              data-count=${String(p.count)}
            >
              <td title=${t(PROBLEM_KIND_LABELS[p.kind].hint)}>${t(PROBLEM_KIND_LABELS[p.kind].label)}</td>
              <td>
                <div>${fieldLabel(report.target, p.field)}</div>
                <div class="muted small">
                  ${p.field}${p.column && p.column !== p.field ? ` ← ${p.column}` : ''}
                </div>
              </td>
              <td class="count num">${formatCount(p.count)}</td>
              <td>
                <ul class="examples">
                  ${p.examples.map(
                    (e) =>
                      html`<li>
                        <span class="muted"
                          >${report.sources.length > 1 && e.source ? `${e.source} ` : ''}${t('report.row', {
                            row: formatCount(e.row),
                          })}</span
                        >
                        ${
                          e.value === null
                            ? html`<span class="null">${t('report.empty')}</span>`
                            : html`<code>${e.value}</code>`
                        }
                      </li>`,
                  )}
                </ul>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

/** A canonical field's label in the current language (its name when the model does not know it). */
function fieldLabel(table: CanonicalTable, name: string): string {
  const field = canonicalField(table, name);
  return field ? field[locale.lang] : name;
}
