import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DatasetId, DatasetInfo } from '../../../workers/api';
import { logger } from '../../../core/shared/logger';
import { formatBytes, formatCompactCount, formatCount, formatDuration } from '../../i18n/format-number';
import { CANONICAL_TABLE_LABELS } from '../../../core/mapping/canonical-model';
import { DELIMITER_LABELS, ENCODING_LABELS, FORMAT_LABELS } from '../../i18n/labels';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { datasetItemStyles } from './dataset-item.styles';

/** Asks to open the mapping editor for a dataset. */
export type MapDatasetEvent = CustomEvent<{ readonly datasetId: DatasetId }>;
/** Asks to remove a dataset. */
export type RemoveDatasetEvent = CustomEvent<{ readonly datasetId: DatasetId }>;
/** Asks to undo a dataset's mapping (its raw table stays). */
export type UnmapDatasetEvent = CustomEvent<{ readonly datasetId: DatasetId }>;

/**
 * One loaded file: its raw table and row count, where it came from (name, size, SHA-256, format,
 * encoding, delimiter), warnings, columns and types, and its mapping to a canonical table.
 */
export class DatasetItemElement extends LitElement {
  static override styles = datasetItemStyles;

  @property({ attribute: false }) info: DatasetInfo | undefined;
  @state() private copied = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const d = this.info;
    if (!d) return nothing;
    return html`<article data-testid="dataset" data-table=${d.table} data-dataset=${d.id}>
      <header>
        <div class="title">
          <span class="file" title=${d.fileName}
            >${d.format === 'demo' ? `${t('format.demo')} · ` : ''}${d.fileName}</span
          >
          <code class="table" title=${t('dataset.table')}>${d.table}</code>
        </div>
        <div class="rows" title=${t('dataset.rowsTitle')}>
          <span class="num" data-testid="row-count" data-value=${String(d.rowCount)}
            >${formatCount(d.rowCount)}</span
          >
          <span class="muted">${t('dataset.rowsUnit')}</span>
          ${d.rowCount >= 10_000 ? html`<span class="muted">(${formatCompactCount(d.rowCount)})</span>` : nothing}
        </div>
      </header>
      ${this.#mapping(d)} ${this.#meta(d)} ${this.#warnings(d)} ${this.#columns(d)}
    </article>`;
  }

  #mapping(d: DatasetInfo) {
    const target = d.mapping?.target;
    return html`<div class="mapping">
      ${
        target
          ? html`<span class="badge badge-ok" data-testid="mapping-status" data-target=${target}
              >${t('dataset.mappedTo', { table: target, label: msgText(CANONICAL_TABLE_LABELS[target]) })}</span
            >`
          : html`<span class="badge badge-warn" data-testid="mapping-status">${t('dataset.notMapped')}</span>`
      }
      <span class="actions">
        <button class="btn btn-small" data-testid="map-button" @click=${() => this.#emit('cl-map-dataset')}>
          ${t('dataset.map')}
        </button>
        ${
          target
            ? html`<button
                class="btn btn-small"
                data-testid="unmap-dataset"
                title=${t('dataset.unmapTitle')}
                @click=${() => this.#emit('cl-unmap-dataset')}
              >
                ${t('dataset.unmap')}
              </button>`
            : nothing
        }
        <button
          class="btn btn-small btn-danger"
          data-testid="remove-dataset"
          @click=${() => this.#emit('cl-remove-dataset')}
        >
          ${t('dataset.remove')}
        </button>
      </span>
    </div>`;
  }

  #meta(d: DatasetInfo) {
    const delimiter =
      d.delimiter === undefined
        ? ''
        : DELIMITER_LABELS[d.delimiter]
          ? t(DELIMITER_LABELS[d.delimiter]!)
          : d.delimiter;
    return html`<dl class="meta">
      <dt>${t('dataset.size')}</dt>
      <dd class="num">${formatBytes(d.fileSize)}</dd>
      <dt>${t('dataset.format')}</dt>
      <dd>${t(FORMAT_LABELS[d.format])}</dd>
      ${
        d.encoding
          ? html`<dt>${t('dataset.encoding')}</dt>
              <dd>${t(ENCODING_LABELS[d.encoding])}</dd>`
          : nothing
      }
      ${
        delimiter
          ? html`<dt>${t('dataset.delimiter')}</dt>
              <dd>${delimiter}</dd>`
          : nothing
      }
      ${
        d.hasHeader !== undefined
          ? html`<dt>${t('dataset.header')}</dt>
              <dd>${t(d.hasHeader ? 'common.yes' : 'common.no')}</dd>`
          : nothing
      }
      <dt>${t('dataset.loadTime')}</dt>
      <dd class="num">${formatDuration(d.loadMs)}</dd>
      <dt>SHA-256</dt>
      <dd class="sha">
        <code title=${d.sha256} data-testid="sha256" data-value=${d.sha256}>${shortHash(d.sha256)}</code>
        <button class="btn-link" @click=${() => this.#copy(d.sha256)} title=${t('dataset.copyHash')}>
          ${this.copied ? t('dataset.copied') : t('dataset.copy')}
        </button>
      </dd>
    </dl>`;
  }

  #warnings(d: DatasetInfo) {
    if (d.warnings.length === 0) return nothing;
    return html`<ul class="warnings" data-testid="dataset-warnings">
      ${d.warnings.map((w) => html`<li>${msgText(w.message)}</li>`)}
    </ul>`;
  }

  #columns(d: DatasetInfo) {
    return html`<details class="columns">
      <summary>${t('dataset.columns', { n: formatCount(d.columns.length) })}</summary>
      <table>
        <tbody>
          ${d.columns.map(
            (c) =>
              html`<tr>
                <td class="col">${c.name}</td>
                <td class="type mono">${c.type}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  async #copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = true;
      setTimeout(() => (this.copied = false), 1500);
    } catch (e) {
      // Clipboard access can be refused (permissions, insecure context): the full hash stays in the tooltip.
      logger.warn('clipboard write refused', e);
    }
  }

  #emit(type: 'cl-map-dataset' | 'cl-remove-dataset' | 'cl-unmap-dataset') {
    const datasetId = this.info?.id;
    if (!datasetId) return;
    this.dispatchEvent(new CustomEvent(type, { detail: { datasetId }, bubbles: true, composed: true }));
  }
}

/** The first 12 hex digits of a hash, with an ellipsis: enough to compare by eye. */
export function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}
