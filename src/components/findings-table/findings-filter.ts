import type { FindingsQuery } from '../../../workers/api';
import type { FindingSortColumn } from '../../../core/rules/rule-run-types';
import type { Severity } from '../../../core/rules/rule-types';

/** Rows per page of the findings table. */
export const FINDINGS_PAGE_SIZE = 50;

/** What the user chose in the findings table: filters (empty = any), sort and page. */
export interface FindingsView {
  readonly ruleId: string;
  readonly fixmedinsCode: string;
  readonly drCode: string;
  readonly severity: Severity | '';
  readonly search: string;
  readonly sort: FindingSortColumn;
  readonly descending: boolean;
  readonly offset: number;
}

/** The first view of a findings table: every finding, largest amount first. */
export const INITIAL_FINDINGS_VIEW: FindingsView = {
  ruleId: '',
  fixmedinsCode: '',
  drCode: '',
  severity: '',
  search: '',
  sort: 'vola_amt',
  descending: true,
  offset: 0,
};

/** The kernel query for a view of `table`: empty filters are left out, text filters trimmed. */
export function findingsQuery(table: string, view: FindingsView): FindingsQuery {
  const text = (value: string) => value.trim() || undefined;
  const filters = {
    ruleId: text(view.ruleId),
    fixmedinsCode: text(view.fixmedinsCode),
    drCode: text(view.drCode),
    severity: view.severity || undefined,
    search: text(view.search),
  };
  const set = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
  return {
    table,
    ...set,
    sort: view.sort,
    descending: view.descending,
    offset: view.offset,
    limit: FINDINGS_PAGE_SIZE,
  };
}

/**
 * The view sorted by `column`: the same column again flips the order; a new one starts with the largest
 * first for amounts and line counts, A→Z for codes. Back to the first page either way.
 */
export function withSort(view: FindingsView, column: FindingSortColumn): FindingsView {
  const descending = view.sort === column ? !view.descending : column === 'vola_amt' || column === 'lines';
  return { ...view, sort: column, descending, offset: 0 };
}

/** The view with a filter changed, back on the first page. */
export function withFilter(
  view: FindingsView,
  change: Partial<Pick<FindingsView, 'ruleId' | 'fixmedinsCode' | 'drCode' | 'severity' | 'search'>>,
): FindingsView {
  return { ...view, ...change, offset: 0 };
}
