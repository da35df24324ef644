import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { RuleProgress } from '../../../workers/api';
import type { Msg } from '../../../core/shared/msg';
import { formatCount } from '../../i18n/format-number';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { ruleProgressStyles } from './rule-progress.styles';

const BADGES: Readonly<Record<RuleProgress['status'], string>> = {
  running: 'badge',
  ok: 'badge badge-ok',
  skipped: 'badge badge-warn',
  failed: 'badge badge-danger',
};

/**
 * A running Rule cell's progress: how many rules have finished out of how many ("12 / 49"), and each
 * rule that has started with its state (running, done, skipped, failed).
 */
export class RuleProgressElement extends LitElement {
  static override styles = ruleProgressStyles;

  /** The latest state per rule, in run order. */
  @property({ attribute: false }) progress: readonly RuleProgress[] = [];
  /** Rule names by id (an unknown id shows as itself). */
  @property({ attribute: false }) names: ReadonlyMap<string, Msg> = new Map();

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const total = Math.max(this.progress[0]?.total ?? 0, this.progress.length);
    const done = this.progress.filter((p) => p.status !== 'running').length;
    return html`<section class="progress" aria-label=${t('rules.progress.label')} data-testid="rule-progress">
      <div class="head">
        <span>${t('rules.progress.label')}</span>
        <progress max=${Math.max(total, 1)} .value=${done} aria-hidden="true"></progress>
        <span class="count" role="status" data-testid="rule-progress-count"
          >${formatCount(done)} / ${formatCount(total)}</span
        >
      </div>
      <ol>
        ${this.progress.map((p) => {
          const name = this.names.get(p.ruleId);
          return html`<li data-status=${p.status}>
            <span class="name" title=${name ? msgText(name) : p.ruleId}
              >${name ? msgText(name) : p.ruleId}</span
            >
            <code>${p.ruleId}</code>
            <span class=${BADGES[p.status]}>${t(`rules.status.${p.status}`)}</span>
          </li>`;
        })}
      </ol>
    </section>`;
  }
}
