import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RULE_SCENES, RULE_TIERS, type RuleDefinition } from '../../../core/rules/rule-types';
import { formatCount } from '../../i18n/format-number';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { DEFAULT_RULE_SETTINGS, type RuleCellSettings } from '../../../core/notebook/rule-settings';
import { packRules } from '../rule-cell/rule-entries';
import { sceneLabel, severityBadge, severityLabel, tierLabel } from '../rule-cell/rule-labels';
import { PACK_MODES, isRuleChecked, listedRules, withMode, withRulesChecked } from './pack-edit';
import { groupRules, type RuleGroup } from './rule-groups';
import { rulePackPickerStyles } from './rule-pack-picker.styles';

/** The pack or its exclusions changed; `settings` is the cell's whole new settings. */
export type RulePackChangeEvent = CustomEvent<{ readonly settings: RuleCellSettings }>;

/**
 * Chooses a Rule cell's pack: the whole library, a first-tier class, a care setting, or a hand-picked
 * list; with the number of rules it runs and a searchable checklist grouped by tier and subclass, where
 * unticking a rule of a pack excludes it. The notebook's custom rules are listed with the library's.
 */
export class RulePackPickerElement extends LitElement {
  static override styles = rulePackPickerStyles;

  /** Every rule that can be picked (library and custom rules). */
  @property({ attribute: false }) rules: readonly RuleDefinition[] = [];
  @property({ attribute: false }) settings: RuleCellSettings = DEFAULT_RULE_SETTINGS;
  @property({ type: Boolean }) disabled = false;
  @state() private search = '';

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const { settings } = this;
    const listed = listedRules(this.rules, settings);
    const count = packRules(this.rules, settings).length;
    const excluded = settings.pack.kind === 'custom' ? 0 : listed.length - count;
    return html`<fieldset class="picker" ?disabled=${this.disabled}>
      <legend>${t('rules.pack.legend')}</legend>
      <div class="modes" role="radiogroup" aria-label=${t('rules.pack.mode')}>
        ${PACK_MODES.map(
          (mode) =>
            html`<label class="mode"
              ><input
                type="radio"
                name="pack-mode"
                value=${mode}
                data-testid=${`pack-${mode}`}
                .checked=${settings.pack.kind === mode}
                @change=${() => this.#emit(withMode(settings, mode, this.rules))}
              />${t(`rules.pack.${mode}`)}</label
            >`,
        )}
        ${this.#packChoice()}
      </div>
      <p class="count" data-testid="pack-count" aria-live="polite">
        ${t('rules.pack.count', { n: formatCount(count) })}
        ${excluded > 0 ? t('rules.pack.excluded', { n: formatCount(excluded) }) : nothing}
      </p>
      <details class="list" ?open=${settings.pack.kind === 'custom'}>
        <summary>${t(settings.pack.kind === 'custom' ? 'rules.pack.choose' : 'rules.pack.review')}</summary>
        <label class="search"
          >${t('rules.pack.search')}
          <input
            type="search"
            data-testid="pack-search"
            .value=${this.search}
            placeholder=${t('rules.pack.searchHint')}
            @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)}
        /></label>
        <div class="scroll">${this.#groups(groupRules(listed, this.search))}</div>
      </details>
    </fieldset>`;
  }

  #packChoice() {
    const { pack } = this.settings;
    if (pack.kind === 'tier')
      return html`<label class="choice"
        >${t('rules.pack.tierLabel')}
        <select data-testid="pack-tier-select" @change=${this.#onTier}>
          ${RULE_TIERS.map((tier) => html`<option value=${tier} ?selected=${tier === pack.tier}>${tierLabel(tier)}</option>`)}
        </select></label
      >`;
    if (pack.kind === 'scene')
      return html`<label class="choice"
        >${t('rules.pack.sceneLabel')}
        <select data-testid="pack-scene-select" @change=${this.#onScene}>
          ${RULE_SCENES.map(
            (scene) =>
              html`<option value=${scene} ?selected=${scene === pack.scene}>${sceneLabel(scene)}</option>`,
          )}
        </select></label
      >`;
    return nothing;
  }

  #groups(groups: readonly RuleGroup[]) {
    if (groups.length === 0) return html`<p class="muted">${t('rules.pack.noMatch')}</p>`;
    return groups.map((group) => {
      const ids = group.rules.map((rule) => rule.id as string);
      const title = `${tierLabel(group.tier)} · ${msgText(group.subclass)}`;
      return html`<fieldset class="group">
        <legend>${title}</legend>
        <div class="bulk">
          <button type="button" class="btn-link" @click=${() => this.#check(ids, true)}>
            ${t('rules.pack.checkAll')}
          </button>
          <button type="button" class="btn-link" @click=${() => this.#check(ids, false)}>
            ${t('rules.pack.uncheckAll')}
          </button>
        </div>
        <ul>
          ${group.rules.map(
            (rule) =>
              html`<li>
                <label
                  ><input
                    type="checkbox"
                    data-testid="pack-rule"
                    data-rule-id=${rule.id}
                    .checked=${isRuleChecked(this.settings, rule.id)}
                    @change=${(e: Event) => this.#check([rule.id], (e.target as HTMLInputElement).checked)}
                  />
                  <span class="name" title=${msgText(rule.name)}>${msgText(rule.name)}</span>
                  <code class="id">${rule.id}</code>
                  <span class=${severityBadge(rule.severity)}>${severityLabel(rule.severity)}</span></label
                >
              </li>`,
          )}
        </ul>
      </fieldset>`;
    });
  }

  #onTier = (e: Event) => {
    const tier = RULE_TIERS.find((x) => x === (e.target as HTMLSelectElement).value);
    if (tier) this.#emit({ ...this.settings, pack: { kind: 'tier', tier } });
  };

  #onScene = (e: Event) => {
    const scene = RULE_SCENES.find((x) => x === (e.target as HTMLSelectElement).value);
    if (scene) this.#emit({ ...this.settings, pack: { kind: 'scene', scene } });
  };

  #check(ids: readonly string[], isChecked: boolean) {
    this.#emit(withRulesChecked(this.settings, ids, isChecked));
  }

  #emit(settings: RuleCellSettings) {
    this.settings = settings;
    this.dispatchEvent(
      new CustomEvent('cl-rule-pack-change', { detail: { settings }, bubbles: true, composed: true }),
    );
  }
}
