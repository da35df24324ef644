import { open } from 'node:fs/promises';
import { quoteIdent } from '../workers/engine/sql-quote';
import type { SqlEngine } from '../workers/engine/sql-engine';
import { csvField } from '../workers/generator/csv-writer';
import { describeTable } from '../workers/loaders/table-info';

/** Rows read from the engine per query while writing. */
const PAGE = 20_000;

/** A CSV field: NULL as an empty field, an empty string as `""` (so the two stay apart), else RFC 4180. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return text === '' ? '""' : csvField(text);
}

/**
 * Writes a table to `file` as CSV that Excel opens correctly in China: UTF-8 with a BOM (without it,
 * Excel reads UTF-8 as the local GBK code page), CRLF line ends, RFC 4180 quoting. Values are DuckDB's
 * own text form (`CAST … AS VARCHAR`), so both engines write the same bytes for the same table. Rows
 * are written in the table's stored order (findings tables are stored ORDER BY'd), a page at a time.
 * Returns the number of rows written.
 */
export async function writeTableCsv(engine: SqlEngine, table: string, file: string): Promise<number> {
  const { rowCount, columns } = await describeTable(engine, table);
  const handle = await open(file, 'w');
  try {
    await handle.write(`\uFEFF${columns.map((c) => field(c.name)).join(',')}\r\n`);
    const select = columns.map((c, i) => `CAST(${quoteIdent(c.name)} AS VARCHAR) AS c${i}`).join(', ');
    for (let low = 0; low < rowCount; low += PAGE) {
      const rows = await engine.rows<Record<string, unknown>>(
        `SELECT ${select} FROM ${quoteIdent(table)} WHERE rowid >= ${low} AND rowid < ${low + PAGE} ORDER BY rowid`,
      );
      const text = rows.map((r) => columns.map((_, i) => field(r[`c${i}`])).join(',')).join('\r\n');
      if (rows.length > 0) await handle.write(`${text}\r\n`);
    }
  } finally {
    await handle.close();
  }
  return rowCount;
}
