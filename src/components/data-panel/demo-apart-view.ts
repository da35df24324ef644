import { html, nothing } from 'lit';
import { assertNever } from '../../../core/shared/invariant';
import type { DemoApart } from '../../state/app-state';
import { t } from '../../i18n/translate';
import '../app-error/app-error';

/** What the demo views ask of the shell. */
export type DemoRequest = 'keep-apart' | 'remove-apart' | 'dismiss-notice';

/** Asks the shell to keep the demo apart, remove that copy, or hide the notice. */
export type DemoRequestEvent = CustomEvent<{ readonly request: DemoRequest }>;

/** The event a demo view sends. */
export function demoRequestEvent(request: DemoRequest): DemoRequestEvent {
  return new CustomEvent('cl-demo-request', { detail: { request }, bubbles: true, composed: true });
}

/**
 * The notice shown once the user's first data file took the demo out of the canonical tables: what
 * happened, and a button that keeps the demo apart in schema `demo`.
 */
export function demoRemovedNotice(emit: (request: DemoRequest) => void) {
  return html`<aside class="notice" role="status" data-testid="demo-notice">
    <p>${t('demo.removed')}</p>
    <div class="notice-actions">
      <button
        class="btn btn-small"
        data-testid="keep-demo-apart"
        title=${t('demo.keepApartHint')}
        @click=${() => emit('keep-apart')}
      >
        ${t('demo.keepApart')}
      </button>
      <button
        class="btn btn-small btn-link"
        data-testid="dismiss-demo-notice"
        @click=${() => emit('dismiss-notice')}
      >
        ${t('demo.dismiss')}
      </button>
    </div>
  </aside>`;
}

/** The separate demo copy, clearly labelled, with its tables and a remove button (or its progress). */
export function demoApartCard(apart: DemoApart, emit: (request: DemoRequest) => void) {
  switch (apart.status) {
    case 'none':
      return nothing;
    case 'working':
      return html`<article class="demo-apart" data-testid="demo-apart" data-status="working">
        <div class="demo-apart-title">${t('demo.apart')}</div>
        <p class="muted">${t('demo.apartWorking')}</p>
      </article>`;
    case 'failed':
      return html`<article class="demo-apart" data-testid="demo-apart" data-status="failed">
        <div class="demo-apart-title">${t('demo.apart')}</div>
        <cl-app-error .error=${apart.error}></cl-app-error>
      </article>`;
    case 'kept':
      return html`<article class="demo-apart" data-testid="demo-apart" data-status="kept">
        <div class="demo-apart-title">
          <span>${t('demo.apart')}</span>
          <button
            class="btn btn-small btn-danger"
            data-testid="remove-demo-apart"
            @click=${() => emit('remove-apart')}
          >
            ${t('demo.apartRemove')}
          </button>
        </div>
        <div class="tables">${apart.tables.map((name) => html`<code>${name}</code> `)}</div>
        <p class="muted">${t('demo.apartHint')}</p>
      </article>`;
    default:
      return assertNever(apart, 'demo apart status');
  }
}
