import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CanonicalTable, DatasetInfo, TableMapping } from '../../../workers/api';
import { CANONICAL_MODEL, CANONICAL_TABLE_LABELS } from '../../../core/mapping/canonical-model';
import type { CanonicalField } from '../../../core/mapping/mapping-types';
import { formatPercent } from '../../i18n/format-number';
import { FIELD_TYPE_LABELS, MATCH_REASON_LABELS } from '../../i18n/labels';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import type { MappingSession } from '../../state/app-state';
import { draftForTarget, initialDraft, withColumn, type MappingDraft } from '../../state/target-mapping';
import '../app-error/app-error';
import '../progress-bar/progress-bar';
import '../validation-report/validation-report';
import { mappingEditorStyles } from './mapping-editor.styles';

/** Asks to apply a mapping. */
export type MappingApplyEvent = CustomEvent<{ readonly mapping: TableMapping }>;

/**
 * The column-mapping dialog for one loaded dataset: pick the canonical table, then for each canonical
 * field the source column (with sample values and why it was proposed); Apply builds the canonical
 * table and shows its validation report. Fires `cl-mapping-apply`, `cl-mapping-cancel` (stop a running
 * apply) and `cl-mapping-close`.
 */
export class MappingEditorElement extends LitElement {
  static override styles = mappingEditorStyles;

  @property({ attribute: false }) session: MappingSession | undefined;
  /** The dataset being mapped. */
  @property({ attribute: false }) source: DatasetInfo | undefined;

  @state() private draft: MappingDraft | undefined;
  /** After an apply: show the report (true) or the form again (false). */
  @state() private showReport = false;
  @query('dialog') private dialog!: HTMLDialogElement;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Only a new session or a newly arrived proposal resets the draft: other re-renders (a dataset list
    // refreshed by another load, a language switch) must not throw the user's edits away.
    if (!changed.has('session')) return;
    const session = this.session;
    const previous = changed.get('session') as MappingSession | undefined;
    if (!session) {
      this.draft = undefined;
      return;
    }
    const proposalArrived = session.proposal !== undefined && session.proposal !== previous?.proposal;
    if (session.datasetId !== previous?.datasetId || proposalArrived) {
      this.draft = session.proposal ? initialDraft(session.proposal, this.source?.mapping) : undefined;
      this.showReport = false;
    }
    if (session.status === 'applied' && previous?.status !== 'applied') this.showReport = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.session && this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  override render() {
    const session = this.session;
    const dataset = this.source;
    if (!session) return nothing;
    const busy = session.status === 'applying';
    return html`<dialog
      data-testid="mapping-editor"
      data-status=${session.status}
      aria-labelledby="title"
      @cancel=${this.#onEscape}
      @close=${this.#onClosed}
    >
      <header>
        <h2 id="title">${t('mapping.title', { file: dataset?.fileName ?? '' })}</h2>
        ${dataset ? html`<code class="muted">${dataset.table}</code>` : nothing}
      </header>
      <div class="body">
        ${session.status === 'proposing' ? html`<p class="muted">${t('mapping.proposing')}</p>` : nothing}
        ${session.error ? html`<cl-app-error .error=${session.error} .fileName=${dataset?.fileName ?? ''}></cl-app-error>` : nothing}
        ${this.showReport && session.report ? this.#report(session) : this.#form(session, dataset)}
      </div>
      <footer>
        ${
          busy
            ? html`<cl-progress-bar class="progress" .progress=${session.progress}></cl-progress-bar>
                <button
                  class="btn"
                  data-testid="mapping-cancel"
                  @click=${() => this.#emit('cl-mapping-cancel')}
                >
                  ${t('common.cancel')}
                </button>`
            : this.showReport
              ? html`<button class="btn" @click=${() => (this.showReport = false)}>
                    ${t('mapping.editAgain')}
                  </button>
                  <button
                    class="btn btn-primary"
                    data-testid="mapping-done"
                    @click=${() => this.#emit('cl-mapping-close')}
                  >
                    ${t('mapping.done')}
                  </button>`
              : html`<button
                    class="btn"
                    data-testid="mapping-close"
                    @click=${() => this.#emit('cl-mapping-close')}
                  >
                    ${t('mapping.notNow')}
                  </button>
                  <button
                    class="btn btn-primary"
                    data-testid="mapping-apply"
                    ?disabled=${!this.draft || Object.keys(this.draft.mapping.columns).length === 0}
                    @click=${this.#apply}
                  >
                    ${t('mapping.apply')}
                  </button>`
        }
      </footer>
    </dialog>`;
  }

  #form(session: MappingSession, dataset: DatasetInfo | undefined) {
    const draft = this.draft;
    const proposal = session.proposal;
    if (!draft || !proposal || !dataset) return nothing;
    const target = draft.mapping.target;
    const fields = CANONICAL_MODEL[target];
    const mappedCount = fields.filter((f) => draft.mapping.columns[f.name]).length;
    const missingKeys = fields.filter((f) => f.isKey && !draft.mapping.columns[f.name]);
    const busy = session.status === 'applying';
    return html`
      <div class="target">
        <label for="target">${t('mapping.target')}</label>
        <select id="target" data-testid="mapping-target" ?disabled=${busy} @change=${this.#onTarget}>
          ${proposal.targets.map(
            (o) =>
              html`<option value=${o.target} ?selected=${o.target === target}>
                ${o.target} · ${msgText(CANONICAL_TABLE_LABELS[o.target])} ·
                ${t('mapping.score', { score: formatPercent(o.score * 100) })}
              </option>`,
          )}
        </select>
        <span class="muted">${t('mapping.mappedCount', { n: mappedCount, total: fields.length })}</span>
      </div>
      ${
        missingKeys.length > 0
          ? html`<p class="warn">
              ${t('mapping.keyMissing', { fields: missingKeys.map((f) => f.name).join(', ') })}
            </p>`
          : nothing
      }
      <table class="fields">
        <thead>
          <tr>
            <th>${t('mapping.field')}</th>
            <th>${t('mapping.type')}</th>
            <th>${t('mapping.source')}</th>
            <th>${t('mapping.samples')}</th>
            <th>${t('mapping.reason')}</th>
          </tr>
        </thead>
        <tbody>
          ${fields.map((f) => this.#fieldRow(f, draft, dataset, session, busy))}
        </tbody>
      </table>
    `;
  }

  #fieldRow(
    field: CanonicalField,
    draft: MappingDraft,
    dataset: DatasetInfo,
    session: MappingSession,
    busy: boolean,
  ) {
    const chosen = draft.mapping.columns[field.name] ?? '';
    const usedBy = new Map(Object.entries(draft.mapping.columns).map(([f, c]) => [c, f]));
    const match = draft.matches[field.name];
    const samples = chosen ? (session.samples?.[chosen] ?? []) : [];
    const other = locale.lang === 'zh' ? field.en : field.zh;
    return html`<tr class=${chosen ? 'mapped' : ''}>
      <td class="field">
        <div>
          ${field[locale.lang]}
          ${field.isKey ? html`<span class="badge">${t('mapping.key')}</span>` : nothing}
        </div>
        <div class="muted small"><code>${field.name}</code> · ${other}</div>
      </td>
      <td class="small">${t(FIELD_TYPE_LABELS[field.type])}</td>
      <td>
        <select
          data-field=${field.name}
          aria-label=${field[locale.lang]}
          ?disabled=${busy}
          @change=${(e: Event) => this.#onColumn(field.name, (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!chosen}>${t('mapping.notMapped')}</option>
          ${dataset.columns.map((c) => {
            const owner = usedBy.get(c.name);
            const note = owner && owner !== field.name ? ` — ${t('mapping.usedBy', { field: owner })}` : '';
            return html`<option value=${c.name} ?selected=${c.name === chosen}>
              ${c.name} (${c.type})${note}
            </option>`;
          })}
        </select>
      </td>
      <td class="samples small">${samples.map((s) => html`<code title=${s}>${s}</code>`)}</td>
      <td class="small muted">
        ${
          match
            ? html`${t(MATCH_REASON_LABELS[match.reason])}
                <span class="num">${formatPercent(match.score * 100)}</span>`
            : chosen
              ? t('mapping.manual')
              : nothing
        }
      </td>
    </tr>`;
  }

  #report(session: MappingSession) {
    const report = session.report;
    if (!report) return nothing;
    return html`<p class="applied">
        ${t('mapping.applied', { table: report.target, label: msgText(CANONICAL_TABLE_LABELS[report.target]) })}
      </p>
      <cl-validation-report .report=${report}></cl-validation-report>`;
  }

  #onTarget(event: Event) {
    const session = this.session;
    const dataset = this.source;
    if (!session?.proposal || !dataset) return;
    const target = (event.target as HTMLSelectElement).value as CanonicalTable;
    this.draft = draftForTarget(target, dataset.table, dataset.columns, session.proposal);
  }

  #onColumn(field: string, column: string) {
    if (this.draft) this.draft = withColumn(this.draft, field, column);
  }

  #apply() {
    if (!this.draft) return;
    this.dispatchEvent(
      new CustomEvent('cl-mapping-apply', {
        detail: { mapping: this.draft.mapping },
        bubbles: true,
        composed: true,
      }) satisfies MappingApplyEvent,
    );
  }

  #onEscape(event: Event) {
    // Escape closes through the app (so a running apply is cancelled), not behind its back.
    event.preventDefault();
    this.#emit(this.session?.status === 'applying' ? 'cl-mapping-cancel' : 'cl-mapping-close');
  }

  #onClosed() {
    // The browser may close a modal dialog itself (Escape without a cancelable `cancel` event, since
    // Chromium's close-watcher rules): the session must end with it, or the dialog would reopen later.
    if (this.session)
      this.#emit(this.session.status === 'applying' ? 'cl-mapping-cancel' : 'cl-mapping-close');
  }

  #emit(type: 'cl-mapping-cancel' | 'cl-mapping-close') {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }
}
