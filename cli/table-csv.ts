import { open } from 'node:fs/promises';
import { quoteIdent } from '../workers/engine/sql-quote';
import type { SqlEngine } from '../workers/engine/sql-engine';
import { describeTable } from '../workers/loaders/table-info';
import { csvKindOf, safeCsvField } from '../core/shared/safe-csv';

/** Rows read from the engine per query while writing. */
const PAGE = 20_000;

/**
 * Writes a table to `file` as CSV that Excel opens correctly in China: UTF-8 with a BOM (without it,
 * Excel reads UTF-8 as the local GBK code page), CRLF line ends, RFC 4180 quoting, and text that could
 * start a formula written with a leading `'` (safe-csv.ts; numbers in numeric columns stay plain, NULL
 * stays an empty field, an empty string `""`). Values are DuckDB's
 * own text form (`CAST … AS VARCHAR`), so both engines write the same bytes for the same table. Rows
 * are written in the table's stored order (findings tables are stored ORDER BY'd), a page at a time.
 * The file must not exist yet (`wx`: never through a symlink or over a file put there meanwhile).
 * Returns the number of rows written.
 */
export async function writeTableCsv(engine: SqlEngine, table: string, file: string): Promise<number> {
  const { rowCount, columns } = await describeTable(engine, table);
  const handle = await open(file, 'wx');
  try {
    await handle.write(`\uFEFF${columns.map((c) => safeCsvField(c.name)).join(',')}\r\n`);
    const kinds = columns.map((c) => csvKindOf(c.type));
    const select = columns.map((c, i) => `CAST(${quoteIdent(c.name)} AS VARCHAR) AS c${i}`).join(', ');
    for (let low = 0; low < rowCount; low += PAGE) {
      const rows = await engine.rows<Record<string, unknown>>(
        `SELECT ${select} FROM ${quoteIdent(table)} WHERE rowid >= ${low} AND rowid < ${low + PAGE} ORDER BY rowid`,
      );
      const text = rows
        .map((r) => kinds.map((kind, i) => safeCsvField(textOf(r[`c${i}`]), kind)).join(','))
        .join('\r\n');
      if (rows.length > 0) await handle.write(`${text}\r\n`);
    }
  } finally {
    await handle.close();
  }
  return rowCount;
}

/** A value read back as VARCHAR: text, or null for NULL. */
const textOf = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);
