import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AppError, FindingDrill, FindingLine } from '../../../workers/api';
import { formatCount } from '../../i18n/format-number';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import '../app-error/app-error';
import type { FindingsSource } from '../rule-cell/findings-source';
import { formatDecimal } from '../../i18n/format-number';
import { formatYuan } from '../rule-cell/money';
import { localized, severityBadge, severityLabel } from '../rule-cell/rule-labels';
import { findingDrillStyles } from './finding-drill.styles';

/** The user closed the panel (its button or Esc). */
export type FindingDrillCloseEvent = CustomEvent<void>;

/**
 * One finding in detail: what was found and where, the basis it cites, and the fee lines of its
 * settlement(s) with the violating lines highlighted and the related ones marked (a legend explains
 * both, and each line says it in words too). Closes with its button or Esc.
 */
export class FindingDrillElement extends LitElement {
  static override styles = findingDrillStyles;

  @property({ attribute: false }) source: FindingsSource | undefined;
  @property() table = '';
  @property() findingId = '';
  @state() private drill: FindingDrill | undefined;
  @state() private error: AppError | undefined;
  #seq = 0;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('findingId') || changed.has('table') || changed.has('source')) void this.#load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The panel takes the keyboard when it opens, so Esc closes it and readers announce it.
    if (changed.has('findingId')) this.renderRoot.querySelector<HTMLElement>('.drill')?.focus();
  }

  override render() {
    const drill = this.drill?.finding.finding_id === this.findingId ? this.drill : undefined;
    return html`<section
      class="drill"
      data-testid="finding-drill"
      role="region"
      tabindex="-1"
      aria-labelledby="drill-title"
      aria-busy=${drill || this.error ? 'false' : 'true'}
      @keydown=${this.#onKeyDown}
    >
      <header>
        <h3 id="drill-title">${t('rules.drill.title')}</h3>
        <button
          type="button"
          class="btn btn-small"
          data-testid="drill-close"
          title=${t('rules.drill.closeHint')}
          @click=${this.#close}
        >
          ${t('rules.drill.close')}
        </button>
      </header>
      ${this.error ? html`<cl-app-error .error=${this.error}></cl-app-error>` : nothing}
      ${drill ? this.#details(drill) : this.error ? nothing : html`<p class="muted">${t('rules.drill.loading')}</p>`}
    </section>`;
  }

  #details(drill: FindingDrill) {
    const f = drill.finding;
    const facts: readonly [string, unknown][] = [
      [t('rules.col.rule'), html`${localized(f.rule_name, f.rule_name_en)} <code>${f.rule_id}</code>`],
      [
        t('rules.col.severity'),
        html`<span class=${severityBadge(f.sev_deg)}>${severityLabel(f.sev_deg)}</span>`,
      ],
      [t('rules.drill.behaviour'), f.vola_bhvr_type],
      [t('rules.col.content'), localized(f.vola_cont, f.vola_cont_en)],
      [t('rules.col.amount'), formatYuan(f.vola_amt)],
      [t('rules.col.person'), f.psn_no ?? '—'],
      [t('rules.drill.visit'), f.mdtrt_id ?? '—'],
      [t('rules.col.settlement'), f.setl_id ?? '—'],
      [t('rules.col.institution'), f.fixmedins_code ?? '—'],
      [t('rules.col.doctor'), f.dr_code ?? '—'],
    ];
    const basis = msgText(drill.basis) || localized(f.vola_evid, f.vola_evid_en);
    return html`<dl class="facts">
        ${facts.map(
          ([label, value]) =>
            html`<div>
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      <h4>${t('rules.drill.basis')}</h4>
      <blockquote data-testid="drill-basis">${basis}</blockquote>
      <h4>${t('rules.drill.lines', { n: formatCount(drill.lines.length) })}</h4>
      <ul class="legend" aria-label=${t('rules.drill.legend')}>
        <li><span class="swatch vola-1" aria-hidden="true"></span>${t('rules.drill.violating')}</li>
        <li><span class="swatch vola-2" aria-hidden="true"></span>${t('rules.drill.related')}</li>
        <li><span class="swatch" aria-hidden="true"></span>${t('rules.drill.other')}</li>
      </ul>
      <div
        class="scroll"
        tabindex="0"
        role="region"
        aria-label=${t('rules.drill.lines', { n: formatCount(drill.lines.length) })}
      >
        ${this.#lines(drill.lines)}
      </div>`;
  }

  #lines(lines: readonly FindingLine[]) {
    // Code over name and department over doctor share a column, so the lines fit a notebook cell at
    // 1366 px without cutting a code; every field keeps its own header word.
    const columns = [
      ['time'],
      ['code', 'name'],
      ['count'],
      ['price'],
      ['sum'],
      ['dept', 'doctor'],
      ['mark'],
      ['atIssue'],
    ] as const;
    const numeric = new Set<string>(['count', 'price', 'sum', 'atIssue']);
    const money = (n: number | null) => (n === null ? '—' : formatYuan(n));
    return html`<table data-testid="drill-lines">
      <thead>
        <tr>
          ${columns.map(
            (keys) =>
              html`<th scope="col" class=${numeric.has(keys[0]) ? 'num' : ''}>
                ${keys.map((k) => t(`rules.line.${k}`)).join(' / ')}
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${lines.map((line) => {
          const vola = line.vola_item_type === null ? '' : String(line.vola_item_type);
          const mark =
            vola === '1' ? t('rules.drill.violating') : vola === '2' ? t('rules.drill.related') : '';
          return html`<tr data-testid="drill-line" data-vola=${vola} class=${vola ? `vola-${vola}` : ''}>
            <td class="mono time">${dateThenClock(line.fee_ocur_time)}</td>
            <td><span class="mono">${line.hilist_code ?? '—'}</span><br />${line.hilist_name ?? '—'}</td>
            <td class="num">${line.cnt === null ? '—' : formatDecimal(line.cnt)}</td>
            <td class="num">${money(line.pric)}</td>
            <td class="num">${money(line.det_item_fee_sumamt)}</td>
            <td class="mono">${line.bilg_dept_code ?? '—'}<br />${line.bilg_dr_code ?? '—'}</td>
            <td>${mark}</td>
            <td class="num">${vola ? money(line.amount) : ''}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  async #load(): Promise<void> {
    const { source, table, findingId } = this;
    if (!source || !table || !findingId) return;
    const seq = ++this.#seq;
    this.error = undefined;
    const result = await source.drill(table, findingId);
    if (seq !== this.#seq) return;
    if (result.ok) this.drill = result.value;
    else this.error = result.error;
  }

  #onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    this.#close();
  };

  #close = () => {
    this.dispatchEvent(new CustomEvent('cl-finding-drill-close', { bubbles: true, composed: true }));
  };
}

/** A fee time as its date and its clock, each unbroken, free to wrap between them (saves a column's width). */
function dateThenClock(time: string | null) {
  if (time === null) return '—';
  const space = time.indexOf(' ');
  if (space < 0) return time;
  return html`<span class="nowrap">${time.slice(0, space)}</span>
    <span class="nowrap">${time.slice(space + 1)}</span>`;
}
