import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AppError, FindingRow, FindingsPage, RuleOutcome } from '../../../workers/api';
import type { FindingGroup, FindingSortColumn } from '../../../core/rules/rule-run-types';
import { formatCount } from '../../i18n/format-number';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import '../app-error/app-error';
import type { FindingsSource } from '../rule-cell/findings-source';
import { formatYuan } from '../rule-cell/money';
import { localized, severityBadge, severityLabel } from '../rule-cell/rule-labels';
import {
  FINDINGS_PAGE_SIZE,
  INITIAL_FINDINGS_VIEW,
  findingsQuery,
  withSort,
  type FindingsView,
} from './findings-filter';
import { findingsFilters } from './findings-filters';
import { findingsTableStyles } from './findings-table.styles';

/** The user opened a finding (click, Enter or Space on its row). */
export type FindingOpenEvent = CustomEvent<{ readonly findingId: string }>;

type ColumnKey =
  'rule' | 'severity' | 'content' | 'amount' | 'person' | 'settlement' | 'institution' | 'doctor' | 'lines';

/**
 * A column: one or two fields stacked in a cell (person over settlement, institution over doctor, so
 * the table fits a notebook cell at 1366 px without cutting an 18-digit number), each sortable alone.
 */
type Column = {
  readonly parts: readonly { readonly key: ColumnKey; readonly sort?: FindingSortColumn }[];
  readonly isNumeric?: boolean;
};

const COLUMNS: readonly Column[] = [
  { parts: [{ key: 'rule', sort: 'rule_id' }] },
  { parts: [{ key: 'severity', sort: 'sev_deg' }] },
  { parts: [{ key: 'content' }] },
  { parts: [{ key: 'amount', sort: 'vola_amt' }], isNumeric: true },
  {
    parts: [
      { key: 'person', sort: 'psn_no' },
      { key: 'settlement', sort: 'setl_id' },
    ],
  },
  {
    parts: [
      { key: 'institution', sort: 'fixmedins_code' },
      { key: 'doctor', sort: 'dr_code' },
    ],
  },
  { parts: [{ key: 'lines', sort: 'lines' }], isNumeric: true },
];

/**
 * A findings table, a page (50 rows) at a time from the kernel: filters (rule, institution, doctor,
 * severity, free text — typed text waits `debounceMs` before it queries), sorting by a column header,
 * paging. Every filter value travels as a query field the kernel binds. A row opens its finding.
 */
export class FindingsTableElement extends LitElement {
  static override styles = findingsTableStyles;

  @property({ attribute: false }) source: FindingsSource | undefined;
  /** The findings table's name (from the run's summary). */
  @property() table = '';
  /** The run's rules (those with findings are offered as a filter). */
  @property({ attribute: false }) rules: readonly RuleOutcome[] = [];
  @property({ attribute: false }) institutions: readonly FindingGroup[] = [];
  @property({ attribute: false }) doctors: readonly FindingGroup[] = [];
  /** Changes when the findings do (a new run): the current page is queried again. */
  @property({ attribute: false }) reloadKey: unknown;
  /** The finding shown in the drill-down panel. */
  @property() openId = '';
  @property({ type: Number }) debounceMs = 300;
  @state() private view: FindingsView = INITIAL_FINDINGS_VIEW;
  @state() private page: FindingsPage | undefined;
  @state() private error: AppError | undefined;
  @state() private isLoading = false;
  #seq = 0;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#searchTimer);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('table') && changed.get('table') !== undefined) this.view = INITIAL_FINDINGS_VIEW;
    // New findings keep the filters and sort but start again at the first page.
    else if (changed.has('reloadKey') && this.view.offset > 0) this.view = { ...this.view, offset: 0 };
    if (changed.has('source') || changed.has('table') || changed.has('reloadKey')) void this.#load();
  }

  /** Puts the keyboard back on a finding's row (after its drill-down panel closes). */
  async focusRow(findingId: string): Promise<void> {
    await this.updateComplete;
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('[data-testid="finding-row"]');
    [...rows].find((row) => row.dataset['findingId'] === findingId)?.focus();
  }

  override render() {
    return html`<section class="findings" aria-label=${t('rules.findings.label')}>
      ${findingsFilters(this.view, this.rules, this.institutions, this.doctors, {
        change: (change) => this.#setView({ ...this.view, ...change, offset: 0 }),
        search: (text) => this.#onSearch(text),
        clear: () => {
          clearTimeout(this.#searchTimer);
          this.#setView({ ...INITIAL_FINDINGS_VIEW, sort: this.view.sort, descending: this.view.descending });
        },
      })}
      ${this.error ? html`<cl-app-error .error=${this.error}></cl-app-error>` : nothing}
      <div class="scroll">
        <table aria-busy=${this.isLoading ? 'true' : 'false'} data-testid="findings-table">
          <caption class="visually-hidden">
            ${t('rules.findings.label')}
          </caption>
          <thead>
            <tr>
              ${COLUMNS.map((column) => this.#header(column))}
            </tr>
          </thead>
          <tbody>
            ${this.page?.rows.map((row) => this.#row(row))}
          </tbody>
        </table>
        ${this.page && this.page.rows.length === 0 ? html`<p class="muted empty">${t('rules.findings.none')}</p>` : nothing}
      </div>
      ${this.#pager()}
    </section>`;
  }

  #header(column: Column) {
    const cls = column.isNumeric ? 'num' : '';
    const sorted = column.parts.find((part) => part.sort !== undefined && part.sort === this.view.sort);
    const isSortable = column.parts.some((part) => part.sort !== undefined);
    const order = sorted ? (this.view.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" class=${cls} aria-sort=${isSortable ? order : nothing}>
      ${column.parts.map(
        (part, i) =>
          html`${i > 0 ? html`<span class="slash" aria-hidden="true">/</span>` : nothing}${this.#sortButton(part.key, part.sort)}`,
      )}
    </th>`;
  }

  #sortButton(key: ColumnKey, sort: FindingSortColumn | undefined) {
    const label = t(`rules.col.${key}`);
    if (!sort) return label;
    const isSorted = this.view.sort === sort;
    return html`<button
      type="button"
      class="sort"
      data-testid="sort-${sort}"
      @click=${() => this.#setView(withSort(this.view, sort))}
    >
      ${label}<span class="arrow" aria-hidden="true"
        >${isSorted ? (this.view.descending ? '▼' : '▲') : '↕'}</span
      >
    </button>`;
  }

  #row(row: FindingRow) {
    const open = () => this.#open(row.finding_id);
    const ruleName = localized(row.rule_name, row.rule_name_en);
    return html`<tr
      tabindex="0"
      data-testid="finding-row"
      data-finding-id=${row.finding_id}
      class=${row.finding_id === this.openId ? 'open' : ''}
      aria-current=${row.finding_id === this.openId ? 'true' : nothing}
      aria-label=${t('rules.findings.open', { rule: ruleName, setl: row.setl_id ?? '—' })}
      @click=${open}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        open();
      }}
    >
      <td class="rule">${ruleName}<br /><code>${row.rule_id}</code></td>
      <td><span class=${severityBadge(row.sev_deg)}>${severityLabel(row.sev_deg)}</span></td>
      <td class="content">${localized(row.vola_cont, row.vola_cont_en)}</td>
      <td class="num">${formatYuan(row.vola_amt)}</td>
      <td class="mono">${row.psn_no ?? '—'}<br />${row.setl_id ?? '—'}</td>
      <td class="mono">${row.fixmedins_code ?? '—'}<br />${row.dr_code ?? '—'}</td>
      <td class="num">${formatCount(row.lines)}</td>
    </tr>`;
  }

  #pager() {
    const total = this.page?.total ?? 0;
    const { offset } = this.view;
    const to = Math.min(offset + FINDINGS_PAGE_SIZE, total);
    return html`<nav class="pager" aria-label=${t('rules.findings.pages')}>
      <button
        type="button"
        class="btn btn-small"
        data-testid="page-prev"
        ?disabled=${offset === 0}
        @click=${() => this.#setView({ ...this.view, offset: Math.max(0, offset - FINDINGS_PAGE_SIZE) })}
      >
        ${t('rules.findings.prev')}
      </button>
      <span role="status" data-testid="page-range"
        >${t('rules.findings.range', {
          from: formatCount(total === 0 ? 0 : offset + 1),
          to: formatCount(to),
          total: formatCount(total),
        })}${this.isLoading ? ` · ${t('rules.findings.loading')}` : ''}</span
      >
      <button
        type="button"
        class="btn btn-small"
        data-testid="page-next"
        ?disabled=${to >= total}
        @click=${() => this.#setView({ ...this.view, offset: offset + FINDINGS_PAGE_SIZE })}
      >
        ${t('rules.findings.next')}
      </button>
    </nav>`;
  }

  #onSearch(text: string) {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(
      () => this.#setView({ ...this.view, search: text, offset: 0 }),
      this.debounceMs,
    );
  }

  #setView(view: FindingsView) {
    this.view = view;
    void this.#load();
  }

  async #load(): Promise<void> {
    const { source, table } = this;
    if (!source || !table) return;
    const seq = ++this.#seq;
    this.isLoading = true;
    const result = await source.page(findingsQuery(table, this.view));
    // A slower answer to an older query must not replace a newer one.
    if (seq !== this.#seq) return;
    this.isLoading = false;
    if (result.ok) {
      this.page = result.value;
      this.error = undefined;
    } else this.error = result.error;
  }

  #open(findingId: string) {
    this.dispatchEvent(
      new CustomEvent('cl-finding-open', { detail: { findingId }, bubbles: true, composed: true }),
    );
  }
}
