import { tableFromIPC } from 'apache-arrow';
import type { ColumnInfo, KernelApi } from '../../workers/api';
import { quoteIdent } from '../../workers/engine/sql-quote';
import { newJobId } from '../../core/shared/ids';
import { columnFormatter } from '../arrow/format-cell';

/** A few distinct, non-empty example values per column name, as the result table would show them. */
export type ColumnSamples = Readonly<Record<string, readonly string[]>>;

/**
 * Reads the first `rows` rows of `table` and keeps up to `perColumn` distinct non-null values of each
 * column: what the mapping editor shows beside a chosen column. Empty when the query fails (the
 * editor then simply shows no samples).
 */
export async function columnSamples(
  kernel: Pick<KernelApi, 'query'>,
  table: string,
  columns: readonly ColumnInfo[],
  options: { rows?: number; perColumn?: number } = {},
): Promise<ColumnSamples> {
  const { rows = 50, perColumn = 3 } = options;
  if (columns.length === 0) return {};
  // Positional aliases: source column names can be anything, even duplicates after case folding.
  const select = columns.map((c, i) => `${quoteIdent(c.name)} AS c${i}`).join(', ');
  const result = await kernel.query(`SELECT ${select} FROM ${quoteIdent(table)} LIMIT ${rows}`, newJobId());
  if (!result.ok) return {};
  const arrow = tableFromIPC(result.value.ipc);
  const out: Record<string, string[]> = {};
  columns.forEach((c, i) => {
    const vector = arrow.getChildAt(i);
    if (!vector) return;
    const format = columnFormatter(vector);
    const seen = new Set<string>();
    for (let row = 0; row < arrow.numRows && seen.size < perColumn; row++) {
      const text = format(row);
      if (text !== null && text.trim() !== '') seen.add(text);
    }
    out[c.name] = [...seen];
  });
  return out;
}
