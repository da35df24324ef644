import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { WORKSHOP_LINES, type ScenarioId, type WorkshopProgress } from '../../../workers/api';
import { SCENARIO_CATALOG } from '../../../workers/generator/scenarios/scenario-catalog';
import { LEVEL_LABELS, SCORE_LEVELS, isScoreLevel } from '../../../workers/workshop/score-level';
import { formatCount } from '../../i18n/format-number';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import type { WorkshopController, WorkshopState } from '../../state/workshop-controller';
import '../app-error/app-error';
import { recallChart, scoreView } from './workshop-score-view';
import { workshopPanelStyles } from './workshop-panel.styles';

/** What the panel asks of its controller. */
export type WorkshopActions = Pick<
  WorkshopController,
  'set' | 'setScenario' | 'generate' | 'cancel' | 'askReveal' | 'keepHidden' | 'confirmReveal' | 'score'
>;

/**
 * Workshop mode (培训模式): the generator's form (seed, fee lines, scenarios with rates), progress with
 * cancel, the answer key's reveal control (two steps, inside the panel; shown from the start, since the
 * demo data carries a hidden key too), and the scoring form with a table per scenario and a recall
 * chart. State lives in the controller; the panel only shows it.
 */
export class WorkshopPanelElement extends LitElement {
  static override styles = workshopPanelStyles;

  @property({ attribute: false }) state: WorkshopState | undefined;
  @property({ attribute: false }) actions: WorkshopActions | undefined;
  /** Disables generating until the engine is up. */
  @property({ type: Boolean }) disabled = false;

  #chartFor: { score: unknown; lang: string; chart: Element | undefined } | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const s = this.state;
    if (!s) return nothing;
    const running = s.generation.status === 'running';
    return html`<section data-testid="workshop-panel">
      <h2>${t('workshop.title')}</h2>
      <p class="hint muted">${t('workshop.hint')}</p>
      <div class="row">
        <label
          >${t('workshop.seed')}
          <input
            type="number"
            step="1"
            data-testid="workshop-seed"
            .value=${String(s.seed)}
            ?disabled=${running}
            @change=${(e: Event) => this.actions?.set({ seed: Number((e.target as HTMLInputElement).value) })}
        /></label>
        <label
          >${t('workshop.lines')}
          <input
            type="number"
            step="1000"
            min=${WORKSHOP_LINES.min}
            max=${WORKSHOP_LINES.max}
            data-testid="workshop-lines"
            title=${t('workshop.linesHint', { min: WORKSHOP_LINES.min, max: WORKSHOP_LINES.max })}
            .value=${String(s.lines)}
            ?disabled=${running}
            @change=${(e: Event) => this.actions?.set({ lines: Number((e.target as HTMLInputElement).value) })}
        /></label>
      </div>
      <fieldset ?disabled=${running}>
        <legend>${t('workshop.scenarios')}</legend>
        ${Object.values(SCENARIO_CATALOG).map((info) => this.#scenario(info.id))}
      </fieldset>
      ${this.#generation()} ${this.#answers()} ${this.#scoring()}
    </section>`;
  }

  #scenario(id: ScenarioId) {
    const info = SCENARIO_CATALOG[id];
    const setting = this.state!.scenarios[id] ?? { on: false, rate: info.defaultRate };
    return html`<div class="scenario" data-scenario=${id}>
      <label title=${msgText(info.rateOf)}>
        <input
          type="checkbox"
          .checked=${setting.on}
          @change=${(e: Event) => this.actions?.setScenario(id, { on: (e.target as HTMLInputElement).checked })}
        />
        <span>${info.name.zh}</span> <span class="muted">${info.name.en}</span>
      </label>
      <input
        class="rate"
        type="number"
        min="0"
        max="1"
        step="0.01"
        aria-label=${`${t('workshop.rate')} · ${msgText(info.name)}`}
        .value=${String(setting.rate)}
        ?disabled=${!setting.on}
        @change=${(e: Event) => this.actions?.setScenario(id, { rate: Number((e.target as HTMLInputElement).value) })}
      />
    </div>`;
  }

  #generation() {
    const g = this.state!.generation;
    const running = g.status === 'running';
    return html`<div class="actions">
        <button
          class="btn btn-primary"
          data-testid="workshop-generate"
          ?disabled=${this.disabled || running}
          @click=${() => void this.actions?.generate()}
        >
          ${running ? t('workshop.generating') : t('workshop.generate')}
        </button>
        ${
          running
            ? html`<button
                class="btn"
                data-testid="workshop-cancel"
                @click=${() => void this.actions?.cancel()}
              >
                ${t('common.cancel')}
              </button>`
            : nothing
        }
      </div>
      ${
        running && g.progress
          ? html`<p class="small muted" data-testid="workshop-progress" role="status">
              ${progressText(g.progress)}
            </p>`
          : nothing
      }
      ${
        g.status === 'done'
          ? html`<p class="small" data-testid="workshop-done" role="status">
              ${t('workshop.done', { tables: g.tables })}
            </p>`
          : nothing
      }
      ${g.status === 'failed' ? html`<cl-app-error .error=${g.error}></cl-app-error>` : nothing}`;
  }

  #answers() {
    const s = this.state!;
    const body = (() => {
      switch (s.reveal) {
        case 'hidden':
          return html`<p class="small muted">${t('workshop.hidden')}</p>
            <button class="btn" data-testid="workshop-reveal" @click=${() => this.actions?.askReveal()}>
              ${t('workshop.reveal')}
            </button>`;
        case 'confirming':
        case 'revealing':
          return html`<div class="confirm" role="alertdialog" aria-label=${t('workshop.reveal')}>
            <p class="small">${t('workshop.revealConfirm')}</p>
            <div class="actions">
              <button
                class="btn btn-danger"
                data-testid="workshop-reveal-confirm"
                ?disabled=${s.reveal === 'revealing'}
                @click=${() => void this.actions?.confirmReveal()}
              >
                ${s.reveal === 'revealing' ? t('workshop.revealing') : t('workshop.revealYes')}
              </button>
              <button
                class="btn"
                data-testid="workshop-reveal-cancel"
                @click=${() => this.actions?.keepHidden()}
              >
                ${t('workshop.revealNo')}
              </button>
            </div>
          </div>`;
        case 'revealed':
          return html`<p class="small" data-testid="workshop-revealed" role="status">
            ${t('workshop.revealed', { rows: formatCount(s.revealedRows ?? 0) })}
          </p>`;
      }
    })();
    return html`<h3>${t('workshop.answers')}</h3>
      ${body} ${s.revealError ? html`<cl-app-error .error=${s.revealError}></cl-app-error>` : nothing}`;
  }

  #scoring() {
    const s = this.state!;
    return html`<h3>${t('workshop.scoreTitle')}</h3>
      <div class="row">
        <label
          >${t('workshop.flags')}
          <input
            type="text"
            data-testid="workshop-flags"
            spellcheck="false"
            title=${t('workshop.flagsHint')}
            .value=${s.flags}
            @change=${(e: Event) => this.actions?.set({ flags: (e.target as HTMLInputElement).value })}
        /></label>
        <label
          >${t('workshop.level')}
          <select
            data-testid="workshop-level"
            @change=${(e: Event) => {
              const level = (e.target as HTMLSelectElement).value;
              if (isScoreLevel(level)) this.actions?.set({ level });
            }}
          >
            ${SCORE_LEVELS.map(
              (level) =>
                html`<option value=${level} ?selected=${level === s.level}>
                  ${msgText(LEVEL_LABELS[level])}
                </option>`,
            )}
          </select></label
        >
      </div>
      <p class="small muted">${t('workshop.flagsHint')}</p>
      <div class="actions">
        <button
          class="btn btn-primary"
          data-testid="workshop-score-button"
          ?disabled=${this.disabled || s.scoring}
          @click=${() => void this.actions?.score()}
        >
          ${s.scoring ? t('workshop.scoring') : t('workshop.score')}
        </button>
      </div>
      ${s.scoreError ? html`<cl-app-error .error=${s.scoreError}></cl-app-error>` : nothing}
      ${s.score ? scoreView(s.score, locale.lang, this.#chart()) : nothing}`;
  }

  /** The recall chart, drawn once per score and language. */
  #chart(): Element | undefined {
    const score = this.state?.score;
    if (!score) return undefined;
    if (this.#chartFor?.score !== score || this.#chartFor.lang !== locale.lang) {
      this.#chartFor = { score, lang: locale.lang, chart: recallChart(score, locale.lang) };
    }
    return this.#chartFor.chart;
  }
}

function progressText(p: WorkshopProgress): string {
  const params = { table: p.table, index: p.index + 1, tables: p.tables, rows: formatCount(p.rows) };
  switch (p.stage) {
    case 'generate':
      return t('workshop.stage.generate', params);
    case 'load':
      return t('workshop.stage.load', params);
  }
}
