import type { CellParameter } from './cell-host';
import { scanSql } from '../notebook/sql-scan';

/**
 * What a run's audit entry fingerprints for a cell run from its text: the text as run and the values of
 * the parameters it references (`${name}`), so a changed value is a different run.
 */
export function sourceLogSummary(
  source: string,
  parameters: readonly CellParameter[],
): { source: string; parameters: CellParameter[] } {
  const referenced = new Set(scanSql(source).flatMap((t) => (t.kind === 'parameter' ? [t.name] : [])));
  return { source, parameters: parameters.filter((p) => referenced.has(p.name)) };
}
