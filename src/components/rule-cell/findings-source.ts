import type { FindingDrill, FindingsPage, FindingsQuery, Result } from '../../../workers/api';
import type { RuleCellSettings } from '../../../core/notebook/rule-settings';

/**
 * Where a Rule cell reads its findings from and exports its pack: the shell implements it over the
 * kernel (`findingsPage`, `findingDrill`, `exportRulePack`); tests pass a fake. Failures are values.
 */
export interface FindingsSource {
  /** A page of a findings table, filtered and sorted (filter values are bound by the kernel). */
  page(query: FindingsQuery): Promise<Result<FindingsPage>>;
  /** One finding with its basis and fee lines. */
  drill(table: string, findingId: string): Promise<Result<FindingDrill>>;
  /** The cell's pack as a plain SQL script. */
  exportSql(settings: RuleCellSettings): Promise<Result<string>>;
}
