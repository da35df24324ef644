import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Readiness, ReadinessUnlock, ValidationReport } from '../../../workers/api';
import { getKernel } from '../../kernel-client';
import { LocaleController } from '../../i18n/locale-controller';
import { formatCount } from '../../i18n/format-number';
import { msgText, t } from '../../i18n/translate';
import { logger } from '../../../core/shared/logger';
import { readinessPanelStyles } from './readiness-panel.styles';

/**
 * Data readiness after mapping: how many rules of the library will run and how many will be skipped,
 * and each missing field (`表.字段` with its label), table or knowledge kind with the rules it alone
 * would unlock and the rules it blocks, sorted by unlocks; each need's rules expand to a list. Read
 * from the kernel (`readiness()`) again whenever the canonical tables' reports change (every catalog
 * refresh that changed them); hidden while no canonical table is built.
 */
export class ReadinessPanelElement extends LitElement {
  static override styles = readinessPanelStyles;

  /** The canonical tables' validation reports: a change means the mapped data changed. */
  @property({ attribute: false }) reports: readonly ValidationReport[] = [];
  /** Where the readiness is read from (the page's kernel; a test passes its own). */
  @property({ attribute: false }) load: () => Promise<Readiness> = () => getKernel().readiness();

  @state() private readiness: Readiness | undefined;
  /** Counts reads so a slow earlier answer never replaces a later one. */
  #asked = 0;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('reports')) return;
    const asked = ++this.#asked;
    if (this.reports.length === 0) {
      this.readiness = undefined;
      return;
    }
    this.load().then(
      (readiness) => {
        if (asked === this.#asked) this.readiness = readiness;
      },
      (e: unknown) => logger.warn('readiness failed', e),
    );
  }

  override render() {
    const r = this.readiness;
    if (!r) return nothing;
    const titles = new Map(r.rules.map((rule) => [rule.ruleId, rule.title]));
    return html`<section data-testid="readiness-panel">
      <h2>${t('readiness.title')}</h2>
      <p class="counts" data-testid="readiness-counts">
        ${t('readiness.counts', { ready: formatCount(r.ready), skipped: formatCount(r.skipped) })}
      </p>
      ${
        r.needs.length === 0
          ? nothing
          : html`<table>
              <thead>
                <tr>
                  <th>${t('readiness.need')}</th>
                  <th class="num" title=${t('readiness.unlocksHint')}>${t('readiness.unlocks')}</th>
                  <th class="num">${t('readiness.blocks')}</th>
                </tr>
              </thead>
              <tbody>
                ${r.needs.map((n) => this.#need(n, titles))}
              </tbody>
            </table>`
      }
    </section>`;
  }

  #need(need: ReadinessUnlock, titles: ReadonlyMap<string, { zh: string; en: string }>) {
    return html`<tr data-testid="readiness-need">
      <td>
        <details>
          <summary>${msgText(need.label)}</summary>
          <ul>
            ${need.ruleIds.map((id) => {
              const title = titles.get(id);
              return html`<li><code>${id}</code> ${title ? msgText(title) : ''}</li>`;
            })}
          </ul>
        </details>
      </td>
      <td class="num" data-testid="readiness-unlocks">${need.unlocks}</td>
      <td class="num" data-testid="readiness-blocks">${need.blocks}</td>
    </tr>`;
  }
}
