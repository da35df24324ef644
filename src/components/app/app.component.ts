import { LitElement, html, nothing, svg } from 'lit';
import { property, query } from 'lit/decorators.js';
import { assertNever } from '../../../core/shared/invariant';
import { logger } from '../../../core/shared/logger';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { serializeNotebook } from '../../../core/notebook/serialize-notebook';
import type { AppStore } from '../../state/app-store';
import { galleryEntry } from '../../state/notebook-gallery';
import {
  isNotebookFileName,
  notebookFileName,
  readNotebookFile,
  saveNotebookFile,
  type SaveHost,
  type SaveTarget,
} from '../../state/notebook-file';
import { notebookForSave } from '../../state/notebook-session';
import type { NotebookStore } from '../../state/notebook-store';
import type { TabSession } from '../../state/tab-session';
import { kernelFindingsSource } from '../../state/kernel-findings-source';
import { kernelModelSource } from '../../state/kernel-model-source';
import { ModelLibraryController } from '../../state/model-library-controller';
import type { ModelSource } from '../model-cell/model-source';
import type { AppError, RuleDefinition } from '../../../workers/api';
import type { FindingsSource } from '../rule-cell/findings-source';
import { newNotebookText } from '../../state/starter-notebook';
import { StoreController } from '../../state/store-controller';
import '../app-error/app-error';
import '../data-panel/data-panel';
import '../knowledge-panel/knowledge-panel';
import type {
  KnowledgeDismissEvent,
  KnowledgeImportEvent,
  KnowledgeRemoveEvent,
} from '../knowledge-panel/knowledge-panel';
import { KnowledgeController, knowledgeChangedIn } from '../../state/knowledge-controller';
import { WorkshopController } from '../../state/workshop-controller';
import '../workshop-panel/workshop-panel';
import type {
  MapDatasetEvent,
  RemoveDatasetEvent,
  UnmapDatasetEvent,
} from '../dataset-item/dataset-item.component';
import type { DemoRequestEvent } from '../data-panel/demo-apart-view';
import type { FilesChosenEvent } from '../file-drop/file-drop.component';
import '../file-drop/file-drop';
import type { LoadCancelEvent, LoadDismissEvent } from '../load-list/load-list.component';
import type { MappingApplyEvent } from '../mapping-editor/mapping-editor.component';
import '../mapping-editor/mapping-editor';
import '../notebook/notebook';
import type { NotebookRequestEvent } from '../notebook/notebook.component';
import '../tab-notices/tab-notices';
import '../theme-switch/theme-switch';
import { appStyles } from './app.styles';

const lockIcon = svg`<svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
  <path d="M8 1a4 4 0 0 0-4 4v2H3a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-1V5a4 4 0 0 0-4-4Zm-2.5 4a2.5 2.5 0 0 1 5 0v2h-5V5Z"/>
</svg>`;

/**
 * The application shell: header (name, privacy badge, engine status, theme and language switches),
 * the data panel on the left, the notebook on the right, the mapping editor dialog, and the page-wide
 * drop target (data files load; notebook files open). It does what the notebook asks of the outside
 * world: opening and saving files.
 */
export class AppElement extends LitElement {
  static override styles = appStyles;

  readonly #store = new StoreController(this);
  /** The open notebook. */
  @property({ attribute: false }) notebookStore: NotebookStore | undefined;
  /** This tab's autosave drafts and the other open tabs (for the notices above the notebook). */
  @property({ attribute: false }) tabSession: TabSession | undefined;
  /** The rule library (loaded from the kernel at start). */
  @property({ attribute: false }) ruleLibrary: readonly RuleDefinition[] = [];
  /** Why users' files will be refused on this host, if they will (start-app.ts asks the kernel). */
  @property({ attribute: false }) hostRefusal: AppError | undefined;
  /** How files are saved (tests replace it; the default uses the browser). */
  @property({ attribute: false }) saveHost: SaveHost = browserSaveHost();
  @query('input.attach') private attachInput!: HTMLInputElement;
  /** Where "Save" writes: the file last opened with a handle or saved to. */
  #saveTarget: SaveTarget | undefined;

  readonly #knowledge = new KnowledgeController(
    this,
    () => this.#store.store?.kernel,
    knowledgeChangedIn(() => this.#store.store),
  );
  readonly #workshop = new WorkshopController(
    this,
    () => this.#store.store?.kernel,
    async (tables) => {
      await Promise.all([this.#store.store?.refresh(), this.#knowledge.refresh()]);
      this.#store.store?.dataChanged(tables);
    },
  );
  /** The model library, read again whenever the mapped data or the knowledge changes. */
  readonly #models = new ModelLibraryController(this, () => this.#store.store?.kernel.modelLibrary());
  /** Stops listening to the previous store's data changes and knowledge imports. */
  #unlisten: (() => void) | undefined;
  /** The demo state the knowledge summary was last read for. */
  #knowledgeReadFor: string | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override updated(): void {
    // Read the knowledge summary once the engine is up, and again when the demo's layer arrives.
    const s = this.#store.state;
    const key = s ? `${s.engine.state}:${s.demo}` : undefined;
    if (s?.engine.state === 'ready') this.#models.follow([s.reports, this.#knowledge.summary]);
    if (s?.engine.state === 'ready' && key !== this.#knowledgeReadFor) {
      this.#knowledgeReadFor = key;
      void this.#knowledge.refresh();
    }
  }

  /** The store the shell shows and acts on. */
  get store(): AppStore | undefined {
    return this.#store.store;
  }
  set store(store: AppStore | undefined) {
    this.#unlisten?.();
    this.#store.store = store;
    // Results follow their data: the cells reading changed tables go stale (and re-run with auto-run);
    // a knowledge file opened like a data file reports like the knowledge panel's own import.
    const offData = store?.onDataChange((tables) => void this.notebookStore?.dataChanged(tables));
    const offKnowledge = store?.onKnowledgeImported((report) => void this.#knowledge.show(report));
    this.#unlisten = () => {
      offData?.();
      offKnowledge?.();
    };
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
        <cl-theme-switch></cl-theme-switch>
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
            .hostRefusal=${this.hostRefusal}
            .demoApart=${s?.demoApart ?? { status: 'none' }}
            ?demoNotice=${s?.demoNotice ?? false}
            ?disabled=${!engineReady}
            @cl-files=${this.#onFiles}
            @cl-load-cancel=${(e: LoadCancelEvent) => void store?.cancelLoad(e.detail.jobId)}
            @cl-load-dismiss=${(e: LoadDismissEvent) => store?.dismissLoad(e.detail.jobId)}
            @cl-map-dataset=${(e: MapDatasetEvent) => void store?.openMapping(e.detail.datasetId)}
            @cl-remove-dataset=${(e: RemoveDatasetEvent) => void store?.removeDataset(e.detail.datasetId)}
            @cl-unmap-dataset=${(e: UnmapDatasetEvent) => void store?.unmapDataset(e.detail.datasetId)}
            @cl-demo-request=${this.#onDemoRequest}
          ></cl-data-panel>
          <cl-knowledge-panel
            .summary=${this.#knowledge.summary}
            .reports=${this.#knowledge.reports}
            ?busy=${this.#knowledge.busy}
            ?disabled=${!engineReady}
            @cl-knowledge-import=${(e: KnowledgeImportEvent) => void this.#knowledge.import(e.detail.file)}
            @cl-knowledge-remove=${(e: KnowledgeRemoveEvent) => void this.#knowledge.remove(e.detail.layer)}
            @cl-knowledge-dismiss=${(e: KnowledgeDismissEvent) => this.#knowledge.dismiss(e.detail.index)}
          ></cl-knowledge-panel>
          <cl-workshop-panel
            .state=${this.#workshop.state}
            .actions=${this.#workshop}
            ?disabled=${!engineReady}
          ></cl-workshop-panel>
        </aside>
        <main class="notebook">
          ${
            s?.engine.state === 'failed'
              ? html`<cl-app-error class="engine-error" .error=${s.engine.error}></cl-app-error>`
              : nothing
          }
          <cl-tab-notices
            .shelf=${this.tabSession?.drafts}
            .presence=${this.tabSession?.presence}
            .notebookStore=${this.notebookStore}
          ></cl-tab-notices>
          <cl-notebook
            .store=${this.notebookStore}
            .schema=${s?.schema ?? { tables: [] }}
            .datasets=${s?.datasets ?? []}
            .ruleLibrary=${this.ruleLibrary}
            .findingsSource=${this.#findingsSource()}
            .modelLibrary=${this.#models.library}
            .modelSource=${this.#modelSource()}
            ?engineReady=${engineReady}
            @cl-notebook-request=${this.#onNotebookRequest}
          ></cl-notebook>
          <input class="attach" type="file" hidden multiple @change=${this.#onAttach} />
        </main>
      </div>

      <cl-file-drop @cl-files=${this.#onFiles}></cl-file-drop>
    `;
  }

  #findingsSourceFor: { store: NotebookStore; source: FindingsSource } | undefined;
  /** One findings source per notebook store (a new object would re-render every rule cell). */
  #findingsSource(): FindingsSource | undefined {
    const store = this.notebookStore;
    if (!store) return undefined;
    if (this.#findingsSourceFor?.store !== store)
      this.#findingsSourceFor = { store, source: kernelFindingsSource(store) };
    return this.#findingsSourceFor.source;
  }

  #modelSourceFor: { store: NotebookStore; source: ModelSource } | undefined;
  /** One model source per notebook store (a new object would re-render every Model cell). */
  #modelSource(): ModelSource | undefined {
    const store = this.notebookStore;
    if (!store) return undefined;
    if (this.#modelSourceFor?.store !== store)
      this.#modelSourceFor = { store, source: kernelModelSource(store) };
    return this.#modelSourceFor.source;
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

  #onDemoRequest(event: DemoRequestEvent) {
    const store = this.#store.store;
    const request = event.detail.request;
    switch (request) {
      case 'keep-apart':
        void store?.keepDemoApart();
        return;
      case 'remove-apart':
        void store?.removeDemoApart();
        return;
      case 'dismiss-notice':
        store?.dismissDemoNotice();
        return;
      default:
        assertNever(request, 'demo request');
    }
  }

  #onFiles(event: FilesChosenEvent) {
    this.#takeFiles(event.detail.files);
  }

  #onAttach() {
    const files = [...(this.attachInput.files ?? [])];
    this.attachInput.value = '';
    this.#takeFiles(files);
  }

  /** Notebook files open (the first one); data files load. */
  #takeFiles(files: readonly File[]) {
    const first = files.find((f) => isNotebookFileName(f.name));
    if (first) void this.#openFile(first);
    const data = files.filter((f) => !isNotebookFileName(f.name));
    // Until the engine is up there is nothing to load into; the picker is disabled meanwhile too.
    if (data.length > 0 && this.#store.state?.engine.state === 'ready')
      void this.#store.store?.loadFiles(data);
  }

  async #onNotebookRequest(event: NotebookRequestEvent) {
    const nb = this.notebookStore;
    if (!nb) return;
    const request = event.detail;
    switch (request.kind) {
      case 'new':
        this.#saveTarget = undefined;
        await nb.open(newNotebookText(locale.lang), undefined, 'new');
        await this.updateComplete;
        await this.renderRoot.querySelector('cl-notebook')?.editFirstCell();
        return;
      case 'open-file':
        await this.#openFile(request.file);
        return;
      case 'gallery': {
        const entry = galleryEntry(request.name);
        if (!entry) return;
        this.#saveTarget = undefined;
        await nb.open(entry.text, entry.fileName, 'gallery');
        if (this.#store.state?.engine.state === 'ready') await nb.run({ kind: 'all' });
        return;
      }
      case 'attach':
        this.attachInput.click();
        return;
      case 'save':
        await this.#save(request.saveAs);
        return;
    }
  }

  async #openFile(file: File) {
    const nb = this.notebookStore;
    if (!nb) return;
    const read = await readNotebookFile(file);
    if ('error' in read) {
      nb.markSaveFailed(read.error);
      return;
    }
    this.#saveTarget = { fileName: file.name };
    // A notebook from a file opens without running: its author's SQL runs when the user says so.
    await nb.open(read.text, file.name, 'file');
  }

  async #save(saveAs: boolean) {
    const nb = this.notebookStore;
    if (!nb) return;
    const notebook = notebookForSave(nb.state.notebook, this.#store.state?.datasets ?? []);
    const outcome = await saveNotebookFile(serializeNotebook(notebook), this.#saveTarget, {
      saveAs,
      suggestedName: nb.state.fileName && !saveAs ? nb.state.fileName : notebookFileName(notebook.meta.title),
      host: this.saveHost,
    });
    if (outcome.status === 'saved') {
      this.#saveTarget = outcome.target;
      nb.markSaved(outcome.target.fileName, notebook);
    } else if (outcome.status === 'failed') {
      logger.warn('save failed', outcome.error.detail);
      nb.markSaveFailed(outcome.error);
    }
  }
}

/** Saving through the browser: the file picker where there is one, else a download. */
function browserSaveHost(): SaveHost {
  const picker = (window as { showSaveFilePicker?: SaveHost['showSaveFilePicker'] }).showSaveFilePicker;
  return {
    ...(picker ? { showSaveFilePicker: picker.bind(window) } : {}),
    download(blob, fileName) {
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.rel = 'noopener';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
