import { html, nothing } from 'lit';
import type { RuleOutcome } from '../../../workers/api';
import type { FindingGroup } from '../../../core/rules/rule-run-types';
import { formatCount } from '../../i18n/format-number';
import { msgText, t } from '../../i18n/translate';
import { SEVERITIES, severityLabel } from '../rule-cell/rule-labels';
import type { FindingsView } from './findings-filter';

/** The filter fields of a findings view. */
export type FilterChange = Partial<Pick<FindingsView, 'ruleId' | 'fixmedinsCode' | 'drCode' | 'severity'>>;

/** What the filter row reports: a filter committed, search text typed (the table debounces it), all cleared. */
export interface FilterHandlers {
  change(change: FilterChange): void;
  search(text: string): void;
  clear(): void;
}

/**
 * The findings table's filter row: rule and severity choices, institution and doctor codes (suggesting
 * the top ones of the run), free-text search, and a button that clears them all.
 */
export function findingsFilters(
  view: FindingsView,
  rules: readonly RuleOutcome[],
  institutions: readonly FindingGroup[],
  doctors: readonly FindingGroup[],
  on: FilterHandlers,
): ReturnType<typeof html> {
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const isFiltered =
    view.ruleId || view.fixmedinsCode || view.drCode || view.severity || view.search ? true : false;
  return html`<form class="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
    <label
      >${t('rules.filter.rule')}
      <select data-testid="filter-rule" @change=${(e: Event) => on.change({ ruleId: value(e) })}>
        <option value="" ?selected=${view.ruleId === ''}>${t('rules.filter.any')}</option>
        ${rules
          .filter((r) => r.findings > 0)
          .map(
            (r) =>
              html`<option value=${r.ruleId} ?selected=${r.ruleId === view.ruleId}>
                ${msgText(r.name)} (${formatCount(r.findings)})
              </option>`,
          )}
      </select></label
    >
    <label
      >${t('rules.filter.severity')}
      <select
        data-testid="filter-severity"
        @change=${(e: Event) => on.change({ severity: SEVERITIES.find((s) => s === value(e)) ?? '' })}
      >
        <option value="" ?selected=${view.severity === ''}>${t('rules.filter.any')}</option>
        ${SEVERITIES.map((s) => html`<option value=${s} ?selected=${s === view.severity}>${severityLabel(s)}</option>`)}
      </select></label
    >
    <label
      >${t('rules.filter.institution')}
      <input
        data-testid="filter-institution"
        list="institution-codes"
        size="12"
        .value=${view.fixmedinsCode}
        @change=${(e: Event) => on.change({ fixmedinsCode: value(e) })}
    /></label>
    ${codeList('institution-codes', institutions)}
    <label
      >${t('rules.filter.doctor')}
      <input
        data-testid="filter-doctor"
        list="doctor-codes"
        size="10"
        .value=${view.drCode}
        @change=${(e: Event) => on.change({ drCode: value(e) })}
    /></label>
    ${codeList('doctor-codes', doctors)}
    <label class="search"
      >${t('rules.filter.search')}
      <input
        type="search"
        data-testid="filter-search"
        placeholder=${t('rules.filter.searchHint')}
        .value=${view.search}
        @input=${(e: Event) => on.search(value(e))}
    /></label>
    ${
      isFiltered
        ? html`<button
            type="button"
            class="btn btn-small"
            data-testid="filter-clear"
            @click=${(e: Event) => {
              // Empties typed text too, even search text still waiting for its debounce.
              (e.target as HTMLElement).closest('form')?.reset();
              on.clear();
            }}
          >
            ${t('rules.filter.clear')}
          </button>`
        : nothing
    }
  </form>`;
}

function codeList(id: string, groups: readonly FindingGroup[]) {
  return html`<datalist id=${id}>
    ${groups.map((g) => html`<option value=${g.code}>${g.name}</option>`)}
  </datalist>`;
}
