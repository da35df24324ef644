import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { EditorState } from '@codemirror/state';
import { EditorView, placeholder } from '@codemirror/view';
import type { AppError, JobId, KernelApi, QueryResult, SchemaInfo } from '../../../workers/api';
import { toAppError } from '../../../workers/shared/errors';
import { newJobId } from '../../../workers/shared/ids';
import { logger } from '../../../workers/shared/logger';
import { formatCount, formatDuration } from '../../i18n/format-number';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import '../app-error/app-error';
import '../result-table/result-table';
import {
  languageCompartment,
  placeholderCompartment,
  sqlEditorExtensions,
  sqlLanguage,
} from './sql-editor-setup';
import { sqlCellStyles } from './sql-cell.styles';

/** Where a cell is: not run yet, running, finished with a result, or failed. */
export type CellState = 'idle' | 'running' | 'done' | 'error';

/** A run finished (done, failed or cancelled). */
export type CellSettledEvent = CustomEvent<{ readonly cellId: string; readonly state: CellState }>;
/** Asks to delete the cell. */
export type CellRemoveEvent = CustomEvent<{ readonly cellId: string }>;

/** How often the elapsed time of a running query is refreshed, in ms. */
const TICK_MS = 100;

/**
 * One SQL cell: a CodeMirror editor (highlighting, brackets, completion of the loaded tables and
 * columns; Ctrl/Cmd+Enter runs), Run and Cancel, the status (elapsed while running, then rows and
 * time), the DuckDB error beside the cell, and the result as a virtualised table.
 */
export class SqlCellElement extends LitElement {
  static override styles = sqlCellStyles;

  @property({ attribute: false }) kernel: KernelApi | undefined;
  @property({ attribute: false }) schema: SchemaInfo = { tables: [] };
  @property() cellId = '';
  /** 1-based position, shown in the cell's label. */
  @property({ type: Number }) position = 1;
  /** The SQL the editor starts with (read once). */
  @property() initialSql = '';
  /** Runs the cell once as soon as this is true (the first cell's starter query, after the demo). */
  @property({ type: Boolean }) autoRun = false;
  @property({ type: Boolean }) removable = false;

  @state() private runState: CellState = 'idle';
  @state() private result: QueryResult | undefined;
  @state() private error: AppError | undefined;
  @state() private elapsedMs = 0;
  @query('.editor') private editorHost!: HTMLElement;

  #view: EditorView | undefined;
  #jobId: JobId | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #hasAutoRun = false;
  #unsubscribeLocale: (() => void) | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The editor's current SQL. */
  get sql(): string {
    return this.#view?.state.doc.toString() ?? this.initialSql;
  }

  protected override firstUpdated(): void {
    this.#view = new EditorView({
      parent: this.editorHost,
      // Inside a shadow root CodeMirror must mount its styles there, not in the document.
      root: this.shadowRoot ?? document,
      state: EditorState.create({
        doc: this.initialSql,
        extensions: sqlEditorExtensions(this.schema, {
          onRun: () => void this.run(),
          placeholder: t('cell.placeholder'),
        }),
      }),
    });
  }

  protected override willUpdate(): void {
    // Started here rather than in `updated` so the run's first state change joins this render.
    if (this.autoRun && !this.#hasAutoRun && this.kernel) {
      this.#hasAutoRun = true;
      void this.run();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('schema') && this.#view && changed.get('schema') !== undefined) {
      this.#view.dispatch({ effects: languageCompartment.reconfigure(sqlLanguage(this.schema)) });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLocale = locale.subscribe(() =>
      this.#view?.dispatch({
        effects: placeholderCompartment.reconfigure(placeholder(t('cell.placeholder'))),
      }),
    );
  }

  override disconnectedCallback(): void {
    this.#unsubscribeLocale?.();
    this.#stopTimer();
    if (this.#jobId) void this.kernel?.cancel(this.#jobId);
    super.disconnectedCallback();
  }

  /** Runs the editor's SQL (a no-op while already running). */
  async run(): Promise<void> {
    const kernel = this.kernel;
    const sql = this.sql.trim();
    if (!kernel || this.runState === 'running' || sql === '') return;
    const jobId = newJobId();
    this.#jobId = jobId;
    this.runState = 'running';
    this.error = undefined;
    const started = performance.now();
    this.elapsedMs = 0;
    this.#timer = setInterval(() => (this.elapsedMs = performance.now() - started), TICK_MS);
    let outcome: CellState;
    try {
      const result = await kernel.query(sql, jobId);
      if (result.ok) {
        this.result = result.value;
        this.elapsedMs = result.value.elapsedMs;
        outcome = 'done';
      } else {
        // A cancelled run is an unfinished one: it shows as an error ("cancelled") like any other.
        this.error = result.error;
        this.result = undefined;
        outcome = 'error';
      }
    } catch (e) {
      logger.error('query call failed', e);
      this.error = toAppError(e);
      this.result = undefined;
      outcome = 'error';
    } finally {
      this.#stopTimer();
      this.#jobId = undefined;
    }
    this.runState = outcome;
    this.dispatchEvent(
      new CustomEvent('cl-cell-settled', {
        detail: { cellId: this.cellId, state: outcome },
        bubbles: true,
        composed: true,
      }) satisfies CellSettledEvent,
    );
  }

  /** Scrolls the cell into view and puts the cursor in its editor. */
  focusEditor(): void {
    this.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    this.#view?.focus();
  }

  /** Cancels the running query. */
  async cancel(): Promise<void> {
    if (this.#jobId) await this.kernel?.cancel(this.#jobId);
  }

  override render() {
    const running = this.runState === 'running';
    return html`<section class="cell ${this.runState}" data-testid="sql-cell" data-cell=${this.cellId}>
      <div class="toolbar">
        <span class="label">${t('cell.label', { n: this.position })}</span>
        <button
          class="btn btn-primary btn-small"
          data-testid="run"
          ?disabled=${running || !this.kernel}
          @click=${() => this.run()}
        >
          ${t('cell.run')}
        </button>
        <button
          class="btn btn-small"
          data-testid="cancel"
          ?disabled=${!running}
          @click=${() => this.cancel()}
        >
          ${t('common.cancel')}
        </button>
        <span class="hint muted">${t('cell.runHint')}</span>
        ${this.#status()}
        ${
          this.removable
            ? html`<button
                class="btn btn-small remove"
                title=${t('cell.remove')}
                aria-label=${t('cell.remove')}
                @click=${this.#remove}
              >
                ×
              </button>`
            : nothing
        }
      </div>
      <div class="editor"></div>
      ${
        this.error
          ? html`<div class="error" data-testid="cell-error">
              <cl-app-error .error=${this.error}></cl-app-error>
            </div>`
          : nothing
      }
      ${this.result ? html`<cl-result-table class=${running ? 'stale' : ''} .result=${this.result}></cl-result-table>` : nothing}
    </section>`;
  }

  #status() {
    const rows = this.result?.rowCount;
    let text: string;
    switch (this.runState) {
      case 'running':
        text = t('cell.running', { elapsed: formatDuration(this.elapsedMs) });
        break;
      case 'done':
        text = t('cell.done', { rows: formatCount(rows ?? 0), elapsed: formatDuration(this.elapsedMs) });
        break;
      case 'error':
        text = this.error?.kind === 'cancelled' ? t('cell.cancelled') : t('cell.failed');
        break;
      case 'idle':
        text = t('cell.idle');
        break;
    }
    return html`<span
      class="status ${this.runState}"
      data-testid="cell-status"
      data-state=${this.runState}
      data-rows=${this.runState === 'done' && rows !== undefined ? String(rows) : nothing}
      role="status"
      >${this.runState === 'running' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${text}</span
    >`;
  }

  #stopTimer() {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #remove() {
    this.dispatchEvent(
      new CustomEvent('cl-cell-remove', {
        detail: { cellId: this.cellId },
        bubbles: true,
        composed: true,
      }) satisfies CellRemoveEvent,
    );
  }
}
