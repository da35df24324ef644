import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AppError, DatasetInfo, ValidationReport } from '../../../workers/api';
import { CANONICAL_TABLE_LABELS } from '../../../core/mapping/canonical-model';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import type { DemoApart, LoadJob } from '../../state/app-state';
import { FILE_ACCEPT } from '../../state/supported-files';
import '../app-error/app-error';
import '../dataset-item/dataset-item';
import { filesChosenEvent } from '../file-drop/file-drop.component';
import '../load-list/load-list';
import '../readiness-panel/readiness-panel';
import '../validation-report/validation-report';
import { dataPanelStyles } from './data-panel.styles';
import { demoApartCard, demoRemovedNotice, demoRequestEvent, type DemoRequest } from './demo-apart-view';

/**
 * The left panel: load files (picker; the page also takes dropped files), loads in progress and
 * failed, the notice that the demo was taken out, every loaded dataset (the user's above the demo's),
 * the demo kept apart, and the canonical tables built with their validation reports.
 */
export class DataPanelElement extends LitElement {
  static override styles = dataPanelStyles;

  @property({ attribute: false }) datasets: readonly DatasetInfo[] = [];
  @property({ attribute: false }) reports: readonly ValidationReport[] = [];
  @property({ attribute: false }) loads: readonly LoadJob[] = [];
  /** Disables loading until the engine is up. */
  @property({ type: Boolean }) disabled = false;
  /**
   * Why users' files will be refused (the host serves the app without its security headers), shown
   * above the picker before any file is chosen; each refused file also says so.
   */
  @property({ attribute: false }) hostRefusal: AppError | undefined;
  /** Whether to say that the user's first file took the demo out (with "Keep the demo apart"). */
  @property({ type: Boolean }) demoNotice = false;
  /** The demo kept apart in schema `demo`. */
  @property({ attribute: false }) demoApart: DemoApart = { status: 'none' };

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    return html`
      <section class="load">
        ${
          this.hostRefusal
            ? html`<cl-app-error data-testid="host-refusal" .error=${this.hostRefusal}></cl-app-error>`
            : nothing
        }
        <label class="btn btn-primary picker ${this.disabled ? 'disabled' : ''}">
          <input
            type="file"
            data-testid="file-input"
            multiple
            accept=${FILE_ACCEPT}
            ?disabled=${this.disabled}
            @change=${this.#onPick}
          />
          ${t('load.pick')}
        </label>
        <p class="hint muted">${t('load.hint')}</p>
        <cl-load-list .loads=${this.loads}></cl-load-list>
        ${this.demoNotice ? demoRemovedNotice(this.#emitDemo) : nothing}
      </section>

      <section>
        <h2>${t('panel.datasets')} <span class="count">${this.datasets.length}</span></h2>
        ${
          this.datasets.length === 0
            ? html`<p class="empty muted">${t('panel.noDatasets')}</p>`
            : html`<div class="list">
                ${repeat(
                  usersFirst(this.datasets),
                  (d) => d.id,
                  (d) => html`<cl-dataset-item .info=${d}></cl-dataset-item>`,
                )}
              </div>`
        }
        ${demoApartCard(this.demoApart, this.#emitDemo)}
      </section>

      <section>
        <h2>${t('panel.canonical')} <span class="count">${this.reports.length}</span></h2>
        ${
          this.reports.length === 0
            ? html`<p class="empty muted">${t('panel.noCanonical')}</p>`
            : html`<div class="list">${this.reports.map((r) => this.#canonical(r))}</div>`
        }
      </section>
      <cl-readiness-panel .reports=${this.reports}></cl-readiness-panel>
    `;
  }

  #canonical(report: ValidationReport) {
    return html`<article class="canonical" data-testid="canonical-table" data-target=${report.target}>
      <div class="canonical-title">
        <code>${report.target}</code>
        <span>${msgText(CANONICAL_TABLE_LABELS[report.target])}</span>
      </div>
      ${
        report.sources.length > 0
          ? html`<div class="sources muted" title=${report.sources.join(', ')}>
              ${t('panel.sources', { sources: report.sources.join(', ') })}
            </div>`
          : nothing
      }
      <cl-validation-report compact .report=${report}></cl-validation-report>
    </article>`;
  }

  readonly #emitDemo = (request: DemoRequest) => this.dispatchEvent(demoRequestEvent(request));

  #onPick(event: Event) {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    // Cleared so that choosing the same file again fires `change` again.
    input.value = '';
    if (files.length === 0) return;
    this.dispatchEvent(filesChosenEvent(files));
  }
}

/** The user's files first, then generated data (the demo, a workshop dataset), each in load order. */
function usersFirst(datasets: readonly DatasetInfo[]): DatasetInfo[] {
  const generated = (d: DatasetInfo) => d.format === 'demo';
  return [...datasets.filter((d) => !generated(d)), ...datasets.filter(generated)];
}
