import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { KnowledgeImportReport } from '../../../workers/knowledge/kb-import-report';
import { KNOWLEDGE_TABLES, type RestrictionKind } from '../../../core/knowledge/kb-types';
import type { KnowledgeLayerInfo } from '../../../workers/knowledge/knowledge-layer';
import type { KnowledgeSummary } from '../../../workers/knowledge/knowledge-summary';
import { formatCount } from '../../i18n/format-number';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { knowledgePanelStyles } from './knowledge-panel.styles';
import type { MessageId } from '../../i18n/messages';
import { assertNever } from '../../../core/shared/invariant';

/** Fired with the file the user chose to import; the host hands it to the kernel. */
export type KnowledgeImportEvent = CustomEvent<{ readonly file: File }>;
/** Fired to remove an imported layer (`import:<file>`). */
export type KnowledgeRemoveEvent = CustomEvent<{ readonly layer: string }>;
/** Fired to dismiss an import report (by its index in `reports`). */
export type KnowledgeDismissEvent = CustomEvent<{ readonly index: number }>;

/** The file types the import button offers. */
export const KNOWLEDGE_FILE_ACCEPT = '.csv,.tsv,.txt,.json,.xlsx';

/**
 * The knowledge base: rows in force per table and restriction kind, the layers in the order they apply
 * (国家医保局两库知识点, demo, each imported file), an import button, and the report of each import with
 * its errors row by row. Each layer's provenance sits in a collapsed "来源 / Source" detail naming its
 * publisher and version only: no file path, account or URL is panel text (docs/knowledge.md has the rest).
 */
export class KnowledgePanelElement extends LitElement {
  static override styles = knowledgePanelStyles;

  @property({ attribute: false }) summary: KnowledgeSummary | undefined;
  /** Reports of recent imports, newest first. */
  @property({ attribute: false }) reports: readonly KnowledgeImportReport[] = [];
  /** True while an import runs. */
  @property({ type: Boolean }) busy = false;
  /** Disables importing until the engine is up. */
  @property({ type: Boolean }) disabled = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const blocked = this.busy || this.disabled;
    return html`<section data-testid="knowledge-panel">
      <h2>${t('knowledge.title')}</h2>
      <label class="btn btn-primary picker ${blocked ? 'disabled' : ''}">
        <input
          type="file"
          data-testid="knowledge-file-input"
          accept=${KNOWLEDGE_FILE_ACCEPT}
          ?disabled=${blocked}
          @change=${this.#onPick}
        />
        ${this.busy ? t('knowledge.importing') : t('knowledge.import')}
      </label>
      <p class="hint muted">${t('knowledge.importHint')}</p>
      ${this.reports.map((r, i) => this.#report(r, i))} ${this.#summary()}
      <p class="note muted" data-testid="knowledge-sample-note">${t('knowledge.sampleNote')}</p>
    </section>`;
  }

  #summary() {
    const summary = this.summary;
    if (!summary || summary.layers.length === 0) {
      return html`<p class="empty muted">${t('knowledge.empty')}</p>`;
    }
    const kinds = Object.entries(summary.restrictionKinds) as [RestrictionKind, number][];
    return html`<h3>${t('knowledge.tables')}</h3>
      <ul class="tables">
        ${KNOWLEDGE_TABLES.map(
          (table) =>
            html`<li data-testid="knowledge-table" data-table=${table}>
              <code>${table}</code> <span>${t(`knowledge.table.${table}`)}</span>
              <span class="num">${formatCount(summary.tables[table])}</span>
            </li>`,
        )}
      </ul>
      ${
        kinds.length === 0
          ? nothing
          : html`<h3>${t('knowledge.kinds')}</h3>
              <ul class="kinds">
                ${kinds.map(
                  ([kind, n]) =>
                    html`<li class="badge" title=${kind} data-kind=${kind}>
                      ${t(`knowledge.kind.${kind}`)} <span class="num">${formatCount(n)}</span>
                    </li>`,
                )}
              </ul>`
      }
      <h3>${t('knowledge.layers')}</h3>
      <ol class="layers">
        ${summary.layers.map((layer) => this.#layer(layer))}
      </ol>`;
  }

  #layer(layer: KnowledgeLayerInfo) {
    const rows = KNOWLEDGE_TABLES.reduce((n, table) => n + layer.rows[table], 0);
    const inForce = KNOWLEDGE_TABLES.reduce((n, table) => n + layer.inForce[table], 0);
    return html`<li data-testid="knowledge-layer" data-layer=${layer.id}>
      <div class="layer-title">
        <strong>${layer.name}</strong>
        <span class="muted"
          >${t('knowledge.layerRows', { rows: formatCount(rows), inForce: formatCount(inForce) })}</span
        >
        ${
          layer.kind === 'import'
            ? html`<button
                class="btn btn-small"
                title=${t('knowledge.removeTitle', { name: layer.name })}
                @click=${() => this.#emit('cl-knowledge-remove', { layer: layer.id })}
              >
                ${t('knowledge.remove')}
              </button>`
            : nothing
        }
      </div>
      ${layerSource(layer)}
    </li>`;
  }

  #report(report: KnowledgeImportReport, index: number) {
    return html`<article class="report" data-testid="knowledge-report" data-file=${report.file}>
      <div class="report-title">
        <strong>${t('knowledge.report.title', { file: report.file })}</strong>
        <button
          class="btn btn-small btn-link"
          aria-label=${t('knowledge.report.dismiss')}
          @click=${() => this.#emit('cl-knowledge-dismiss', { index })}
        >
          ×
        </button>
      </div>
      <div class="summary">
        ${this.#accepted(report)}
        ${
          report.rejected > 0
            ? html`<span class="badge badge-warn"
                >${t('knowledge.report.rejected', { n: formatCount(report.rejected) })}</span
              >`
            : report.errors.length === 0
              ? html`<span class="muted">${t('knowledge.report.clean')}</span>`
              : nothing
        }
      </div>
      ${
        report.filledSources > 0
          ? html`<p class="muted small">
              ${t('knowledge.report.filled', { n: formatCount(report.filledSources), file: report.file })}
            </p>`
          : nothing
      }
      ${
        report.nhsa
          ? html`<p class="muted small" data-testid="knowledge-nhsa-counts">
              ${t('knowledge.report.nhsa', {
                parsed: formatCount(report.nhsa.parsed),
                partial: formatCount(report.nhsa.partial),
                unparsed: formatCount(report.nhsa.unparsed),
                superseded: formatCount(report.nhsa.superseded),
              })}
            </p>`
          : nothing
      }
      ${report.errors.length > 0 ? this.#errors(report) : nothing}
    </article>`;
  }

  /** What a file added: one table's rows, or (NHSA layout) the rows of each table it filled. */
  #accepted(report: KnowledgeImportReport) {
    const filled: [string, number][] = report.table
      ? [[report.table, report.accepted]]
      : Object.entries(report.tables ?? {}).filter(([, n]) => n > 0);
    if (filled.length === 0)
      return html`<span class="badge badge-danger">${t('knowledge.report.refused')}</span>`;
    return filled.map(
      ([table, n]) =>
        html`<span class="badge badge-ok" data-testid="knowledge-accepted" data-table=${table}
          >${t('knowledge.report.accepted', { n: formatCount(n), table })}</span
        >`,
    );
  }

  #errors(report: KnowledgeImportReport) {
    return html`<table>
        <thead>
          <tr>
            <th class="num">${t('knowledge.report.row')}</th>
            <th>${t('knowledge.report.column')}</th>
            <th>${t('knowledge.report.problem')}</th>
          </tr>
        </thead>
        <tbody>
          ${report.errors.map(
            (e) =>
              html`<tr
                data-testid="knowledge-error"
                data-row=${e.row ?? ''}
                data-column=${e.column ?? ''}
                data-code=${e.code}
              >
                <td class="num">${e.row ?? '—'}</td>
                <td>${e.column ? html`<code>${e.column}</code>` : '—'}</td>
                <td>${msgText(e.message)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        report.errorsOmitted > 0
          ? html`<p class="muted small">
              ${t('knowledge.report.omitted', { n: formatCount(report.errorsOmitted) })}
            </p>`
          : nothing
      }`;
  }

  #onPick(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires `change` again.
    input.value = '';
    if (file) this.#emit('cl-knowledge-import', { file });
  }

  #emit(type: string, detail: object) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** A layer's provenance, collapsed: who published it and which version. */
function layerSource(layer: KnowledgeLayerInfo) {
  const { publisher, version } = sourceMessages(layer);
  return html`<details class="source" data-testid="knowledge-source">
    <summary>${t('knowledge.source')}</summary>
    <dl>
      <dt>${t('knowledge.source.publisher')}</dt>
      <dd>${t(publisher, { name: layer.name })}</dd>
      <dt>${t('knowledge.source.version')}</dt>
      <dd>${t(version)}</dd>
    </dl>
  </details>`;
}

function sourceMessages(layer: KnowledgeLayerInfo): { publisher: MessageId; version: MessageId } {
  switch (layer.kind) {
    case 'nhsa-full':
      return { publisher: 'knowledge.source.nhsaPublisher', version: 'knowledge.source.nhsaVersion' };
    case 'demo':
      return { publisher: 'knowledge.source.demoPublisher', version: 'knowledge.source.demoVersion' };
    case 'import':
      return { publisher: 'knowledge.source.importPublisher', version: 'knowledge.source.importVersion' };
    default:
      return assertNever(layer.kind, 'layer kind');
  }
}
