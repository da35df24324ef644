import { LitElement, html, nothing, svg } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import type { AppStore } from '../../state/app-store';
import { StoreController } from '../../state/store-controller';
import '../app-error/app-error';
import '../data-panel/data-panel';
import type { MapDatasetEvent, RemoveDatasetEvent } from '../dataset-item/dataset-item.component';
import type { FilesChosenEvent } from '../file-drop/file-drop.component';
import '../file-drop/file-drop';
import type { LoadCancelEvent, LoadDismissEvent } from '../load-list/load-list.component';
import type { MappingApplyEvent } from '../mapping-editor/mapping-editor.component';
import '../mapping-editor/mapping-editor';
import type { CellRemoveEvent, CellSettledEvent, SqlCellElement } from '../sql-cell/sql-cell.component';
import '../sql-cell/sql-cell';
import { appStyles } from './app.styles';
import { starterSql } from './starter-sql';

/** The demo is loaded and the first cell has run its starter query: the page is ready to use. */
export type AppReadyEvent = CustomEvent<{ readonly firstCell: CellSettledEvent['detail']['state'] }>;

interface CellSpec {
  readonly id: string;
  readonly sql: string;
}

const lockIcon = svg`<svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
  <path d="M8 1a4 4 0 0 0-4 4v2H3a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-1V5a4 4 0 0 0-4-4Zm-2.5 4a2.5 2.5 0 0 1 5 0v2h-5V5Z"/>
</svg>`;

let cellCounter = 0;
function newCell(sql: string): CellSpec {
  cellCounter += 1;
  return { id: `cell-${cellCounter}`, sql };
}

/**
 * The application shell: header (name, privacy badge, engine status, language switch), the data panel
 * on the left, SQL cells on the right, the mapping editor dialog, and the page-wide drop target.
 * All kernel state comes from the `store`; cells query the kernel directly.
 */
export class AppElement extends LitElement {
  static override styles = appStyles;

  readonly #store = new StoreController(this);
  @state() private cells: readonly CellSpec[] = [newCell(starterSql(locale.lang))];
  /** The cell holding the starter query: it runs once the demo is loaded, and the page is then ready. */
  readonly #firstCellId = this.cells[0]!.id;
  #readyAnnounced = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The store the shell shows and acts on. */
  get store(): AppStore | undefined {
    return this.#store.store;
  }
  set store(store: AppStore | undefined) {
    this.#store.store = store;
  }

  override render() {
    const s = this.#store.state;
    const store = this.#store.store;
    const engineReady = s?.engine.state === 'ready';
    const mappingDataset = s?.mapping ? s.datasets.find((d) => d.id === s.mapping?.datasetId) : undefined;
    return html`
      <header class="top">
        <div class="brand">
          <span class="product">ClaimLens</span>
          <span class="title">${t('app.title')}</span>
        </div>
        <span class="badge privacy" title=${t('app.privacyHint')} data-testid="privacy-badge"
          >${lockIcon} ${t('app.privacy')}</span
        >
        <span class="spacer"></span>
        ${this.#engineStatus()}
        <button
          class="btn btn-small lang"
          data-testid="lang-switch"
          title=${t('lang.switchTitle')}
          aria-label=${t('lang.switchTitle')}
          @click=${() => locale.toggle()}
        >
          ${t('lang.switch')}
        </button>
      </header>
      <!-- First in document order: while it is open, its report is the page's first one. -->
      <cl-mapping-editor
        .session=${s?.mapping}
        .source=${mappingDataset}
        @cl-mapping-apply=${(e: MappingApplyEvent) => void store?.applyMapping(e.detail.mapping)}
        @cl-mapping-cancel=${() => void store?.cancelMapping()}
        @cl-mapping-close=${() => void store?.closeMapping()}
      ></cl-mapping-editor>
      <div class="layout">
        <aside class="panel" aria-label=${t('panel.label')}>
          <cl-data-panel
            .datasets=${s?.datasets ?? []}
            .reports=${s?.reports ?? []}
            .loads=${s?.loads ?? []}
            ?disabled=${!engineReady}
            @cl-files=${this.#onFiles}
            @cl-load-cancel=${(e: LoadCancelEvent) => void store?.cancelLoad(e.detail.jobId)}
            @cl-load-dismiss=${(e: LoadDismissEvent) => store?.dismissLoad(e.detail.jobId)}
            @cl-map-dataset=${(e: MapDatasetEvent) => void store?.openMapping(e.detail.datasetId)}
            @cl-remove-dataset=${(e: RemoveDatasetEvent) => void store?.removeDataset(e.detail.datasetId)}
          ></cl-data-panel>
        </aside>
        <main class="notebook">
          <h1>${t('notebook.title')}</h1>
          ${
            s?.engine.state === 'failed'
              ? html`<cl-app-error class="engine-error" .error=${s.engine.error}></cl-app-error>`
              : nothing
          }
          <div class="cells" @cl-cell-settled=${this.#onSettled} @cl-cell-remove=${this.#onRemove}>
            ${repeat(
              this.cells,
              (c) => c.id,
              (c, i) =>
                html`<cl-sql-cell
                  data-cell-id=${c.id}
                  .cellId=${c.id}
                  .position=${i + 1}
                  .initialSql=${c.sql}
                  .kernel=${engineReady ? store?.kernel : undefined}
                  .schema=${s?.schema ?? { tables: [] }}
                  ?autoRun=${c.id === this.#firstCellId && s?.demo === 'loaded'}
                  ?removable=${this.cells.length > 1}
                ></cl-sql-cell>`,
            )}
          </div>
          <button class="btn add-cell" data-testid="add-cell" @click=${this.#addCell}>
            + ${t('cell.add')}
          </button>
        </main>
      </div>

      <cl-file-drop @cl-files=${this.#onFiles}></cl-file-drop>
    `;
  }

  #engineStatus() {
    const engine = this.#store.state?.engine ?? { state: 'starting' as const };
    switch (engine.state) {
      case 'starting':
        return html`<span class="engine starting" data-testid="engine-status" data-state="starting"
          ><span class="dot"></span>${t('engine.starting')}</span
        >`;
      case 'ready':
        return html`<span
          class="engine ready"
          data-testid="engine-status"
          data-state="ready"
          title=${t('engine.readyHint')}
          ><span class="dot"></span>${t('engine.ready', { version: engine.info.duckdbVersion })}</span
        >`;
      case 'failed':
        return html`<span class="engine failed" data-testid="engine-status" data-state="failed"
          ><span class="dot"></span>${t('engine.failed')}</span
        >`;
    }
  }

  #onFiles(event: FilesChosenEvent) {
    // Until the engine is up there is nothing to load into; the picker is disabled meanwhile too.
    if (this.#store.state?.engine.state === 'ready') void this.#store.store?.loadFiles(event.detail.files);
  }

  async #addCell() {
    const cell = newCell('');
    this.cells = [...this.cells, cell];
    await this.updateComplete;
    const element = this.renderRoot.querySelector<SqlCellElement>(`cl-sql-cell[data-cell-id="${cell.id}"]`);
    await element?.updateComplete;
    element?.focusEditor();
  }

  #onRemove(event: CellRemoveEvent) {
    this.cells = this.cells.filter((c) => c.id !== event.detail.cellId);
  }

  #onSettled(event: CellSettledEvent) {
    // SQL may have created or dropped tables and views: refresh what completion and the panel know.
    if (event.detail.state === 'done') void this.#store.store?.refresh();
    if (this.#readyAnnounced || event.detail.cellId !== this.#firstCellId) return;
    if (this.#store.state?.demo !== 'loaded') return;
    this.#readyAnnounced = true;
    this.dispatchEvent(
      new CustomEvent('cl-ready', {
        detail: { firstCell: event.detail.state },
        bubbles: true,
        composed: true,
      }) satisfies AppReadyEvent,
    );
  }
}
