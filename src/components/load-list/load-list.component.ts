import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { JobId } from '../../../workers/api';
import { formatBytes } from '../../i18n/format-number';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import type { LoadJob } from '../../state/app-state';
import '../app-error/app-error';
import '../progress-bar/progress-bar';
import { loadListStyles } from './load-list.styles';

/** Asks to cancel a queued or running load. */
export type LoadCancelEvent = CustomEvent<{ readonly jobId: JobId }>;
/** Asks to remove a failed load's message. */
export type LoadDismissEvent = CustomEvent<{ readonly jobId: JobId }>;

/** The loads under way (progress and Cancel) and the ones that failed (error and Dismiss). */
export class LoadListElement extends LitElement {
  static override styles = loadListStyles;

  @property({ attribute: false }) loads: readonly LoadJob[] = [];

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    if (this.loads.length === 0) return nothing;
    return html`<ul>
      ${repeat(
        this.loads,
        (job) => job.jobId,
        (job) => html`<li>${job.status === 'failed' ? this.#failed(job) : this.#running(job)}</li>`,
      )}
    </ul>`;
  }

  #name(job: LoadJob): string {
    return job.kind === 'demo' ? t('demo.name') : job.fileName;
  }

  #running(job: LoadJob) {
    return html`<div class="job" data-testid="load-progress" data-job=${job.jobId} data-status=${job.status}>
      <div class="bar">
        ${
          job.status === 'queued'
            ? html`<div class="queued">
                <span class="name">${this.#name(job)}</span>
                ${job.fileSize > 0 ? html`<span class="muted num">${formatBytes(job.fileSize)}</span>` : nothing}
                <span class="muted">${t('load.queued')}</span>
              </div>`
            : html`<cl-progress-bar .label=${this.#name(job)} .progress=${job.progress}></cl-progress-bar>`
        }
      </div>
      <button
        class="btn btn-small"
        data-testid="load-cancel"
        @click=${() => this.#emit('cl-load-cancel', job.jobId)}
      >
        ${t('common.cancel')}
      </button>
    </div>`;
  }

  #failed(job: LoadJob) {
    return html`<div class="failed" data-testid="load-error" data-job=${job.jobId}>
      <div class="failed-title">${t('load.failed', { file: this.#name(job) })}</div>
      <cl-app-error
        .error=${job.error}
        .fileName=${job.fileName}
        dismissable
        @cl-dismiss=${() => this.#emit('cl-load-dismiss', job.jobId)}
      ></cl-app-error>
    </div>`;
  }

  #emit(type: 'cl-load-cancel' | 'cl-load-dismiss', jobId: JobId) {
    this.dispatchEvent(new CustomEvent(type, { detail: { jobId }, bubbles: true, composed: true }));
  }
}
