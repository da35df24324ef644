import { quoteIdent, quoteLiteral } from '../engine/sql-quote';

/** Exactly how to read a delimited file: nothing is left to DuckDB's auto-detection. */
export interface CsvReadSpec {
  /** The registered path (under CLAIMS_DIR). */
  readonly path: string;
  readonly delimiter: string;
  readonly hasHeader: boolean;
  /** Column names, in file order; every column is read as VARCHAR. */
  readonly columns: readonly string[];
}

/**
 * The `CREATE TABLE … AS SELECT * FROM read_csv(…)` statement for a delimited file. Every column is
 * VARCHAR so nothing is coerced on the way in (codes keep their leading zeros; typing happens in the
 * mapping step); strict mode with no `ignore_errors` and no `null_padding`, so a malformed row fails
 * the load instead of being dropped or padded. Empty cells become NULL (DuckDB's default).
 */
export function createTableFromCsvSql(table: string, spec: CsvReadSpec): string {
  const columns = spec.columns.map((c) => `${quoteLiteral(c)}: 'VARCHAR'`).join(', ');
  const options = [
    'auto_detect = false',
    `delim = ${quoteLiteral(spec.delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    `header = ${spec.hasHeader}`,
    'strict_mode = true',
    'null_padding = false',
    'ignore_errors = false',
    `columns = {${columns}}`,
  ];
  return `CREATE TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv(${quoteLiteral(spec.path)}, ${options.join(', ')})`;
}
