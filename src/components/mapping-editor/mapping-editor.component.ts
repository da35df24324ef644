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
import {
  canApply,
  draftForTarget,
  fieldsReading,
  finalMapping,
  initialDraft,
  nullsText,
  withColumn,
  withConfirmed,
  withConstant,
  withNulls,
  type MappingDraft,
} from '../../state/target-mapping';
import '../app-error/app-error';
import '../progress-bar/progress-bar';
import '../validation-report/validation-report';
import { mappingEditorStyles } from './mapping-editor.styles';
import { alsoSection, confirmBox } from './mapping-also-view';

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
                  ${
                    this.draft && this.draft.toConfirm.length > 0 && !session.error
                      ? html`<button
                          class="btn"
                          data-testid="mapping-confirm-all"
                          @click=${() => this.draft && (this.draft = withConfirmed(this.draft))}
                        >
                          ${t('mapping.confirmAll')}
                        </button>`
                      : nothing
                  }
                  <button
                    class="btn btn-primary"
                    data-testid="mapping-apply"
                    ?disabled=${!this.draft || !canApply(this.draft)}
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
    const mappedCount = fields.filter(
      (f) => draft.mapping.columns[f.name] || draft.mapping.constants?.[f.name] !== undefined,
    ).length;
    const missingKeys = fields.filter(
      (f) => f.isKey && !draft.mapping.columns[f.name] && !draft.mapping.constants?.[f.name],
    );
    const evidence = target === proposal.mapping.target ? proposal.evidence : undefined;
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
        evidence
          ? html`<p class="muted small" data-testid="mapping-table-evidence">
              ${t('mapping.tableEvidence', { why: msgText(evidence) })}
            </p>`
          : nothing
      }
      ${
        draft.toConfirm.length > 0
          ? html`<p class="warn" data-testid="mapping-to-confirm">
              ${t('mapping.toConfirm', { n: draft.toConfirm.length })}
            </p>`
          : nothing
      }
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
      ${alsoSection(draft, busy, (d) => this.#update(d))}
      <div class="nulls">
        <label for="nulls">${t('mapping.nulls')}</label>
        <input
          id="nulls"
          data-testid="mapping-nulls"
          .value=${nullsText(draft.mapping)}
          ?disabled=${busy}
          @change=${(e: Event) => this.#update(withNulls(draft, (e.target as HTMLInputElement).value))}
        />
        <span class="muted small">${t('mapping.nullsHint')}</span>
      </div>
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
    const constant = draft.mapping.constants?.[field.name];
    const isConstant = constant !== undefined;
    const match = draft.matches[field.name];
    const samples = chosen ? (session.samples?.[chosen] ?? []) : [];
    const other = locale.lang === 'zh' ? field.en : field.zh;
    const confirmKey = `${draft.mapping.target}.${field.name}`;
    const needsConfirm = draft.toConfirm.includes(confirmKey);
    const sharing = chosen ? fieldsReading(draft, chosen).filter((f) => f !== field.name) : [];
    const rowClass = [chosen || isConstant ? 'mapped' : '', needsConfirm ? 'confirm' : ''].join(' ');
    return html`<tr class=${rowClass} data-row=${field.name}>
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
          @change=${(e: Event) => this.#onSource(field.name, e.target as HTMLSelectElement)}
        >
          <option value="" ?selected=${!chosen && !isConstant}>${t('mapping.notMapped')}</option>
          ${dataset.columns.map((c) => {
            const owners = fieldsReading(draft, c.name).filter((f) => f !== field.name);
            const note = owners.length ? ` — ${t('mapping.usedBy', { field: owners.join(', ') })}` : '';
            return html`<option value=${c.name} ?selected=${!isConstant && c.name === chosen}>
              ${c.name} (${c.type})${note}
            </option>`;
          })}
          <option value="" data-constant ?selected=${isConstant}>${t('mapping.constantOption')}</option>
        </select>
        ${
          isConstant
            ? html`<input
                class="constant"
                data-constant=${field.name}
                aria-label=${t('mapping.constantValue')}
                placeholder=${t('mapping.constantValue')}
                .value=${constant}
                ?disabled=${busy}
                @change=${(e: Event) =>
                  this.#update(withConstant(draft, field.name, (e.target as HTMLInputElement).value))}
              />`
            : nothing
        }
        ${
          sharing.length
            ? html`<div class="muted small">
                ${t('mapping.sharedColumn', { fields: sharing.join(', ') })}
              </div>`
            : nothing
        }
      </td>
      <td class="samples small">${samples.map((s) => html`<code title=${s}>${s}</code>`)}</td>
      <td class="small muted why">
        ${
          match
            ? html`${t(MATCH_REASON_LABELS[match.reason])}
                <span class="num"
                  >${t('mapping.confidence', { score: formatPercent(match.score * 100) })}</span
                >
                ${match.evidence ? html`<div class="evidence">${msgText(match.evidence)}</div>` : nothing}`
            : chosen || isConstant
              ? t('mapping.manual')
              : nothing
        }
        ${needsConfirm ? confirmBox(draft, confirmKey, busy, (d) => this.#update(d)) : nothing}
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

  #onSource(field: string, select: HTMLSelectElement) {
    if (!this.draft) return;
    const option = select.selectedOptions[0];
    this.draft =
      option?.dataset.constant !== undefined
        ? withConstant(this.draft, field, this.draft.mapping.constants?.[field] ?? '')
        : withColumn(this.draft, field, select.value);
  }

  #update(draft: MappingDraft) {
    this.draft = draft;
  }

  #apply() {
    if (!this.draft || !canApply(this.draft)) return;
    this.dispatchEvent(
      new CustomEvent('cl-mapping-apply', {
        detail: { mapping: finalMapping(this.draft) },
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
