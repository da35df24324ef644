import { isValidName, type Cell } from '../core/notebook/cell-types';
import { quoteIdent } from '../workers/engine/sql-quote';
import type { ClaimedOutputs } from './claim-outputs';
import type { CliEngine } from './cli-engine';
import type { CellReport } from './run-report';
import { writeTableCsv } from './table-csv';

/** The `--results` files: each SQL cell's CSV file name, by cell id, in notebook order. */
export interface ResultsPlan {
  readonly files: ReadonlyMap<string, string>;
}

/**
 * Plans `--results` from the notebook alone: each SQL cell's result is `<name>.csv` (`<id>.csv` when
 * the name is not a valid name); a name clashing with another's (ignoring case, as Windows and macOS
 * do) becomes `<name>.<cell id>.csv`.
 */
export function planResults(cells: readonly Cell[]): ResultsPlan {
  const taken = new Set<string>();
  const files = new Map<string, string>();
  for (const cell of cells) {
    if (cell.type !== 'sql') continue;
    const base = isValidName(cell.name) ? cell.name : cell.id;
    const file = taken.has(`${base}.csv`.toLowerCase()) ? `${base}.${cell.id}.csv` : `${base}.csv`;
    taken.add(file.toLowerCase());
    files.set(cell.id, file);
  }
  return { files };
}

/** The table a result is copied into while it is written (dropped at once). */
const SCRATCH = '__claimlens_result_csv';

/**
 * Writes each SQL cell that ran (its view) as CSV into the claimed results folder, through the same
 * writer as the findings (table-csv.ts: UTF-8 with a BOM, CRLF, formula-looking text neutralised), rows
 * in the view's own order. Returns the reports with each cell's file.
 */
export async function writeSqlResults(
  engine: CliEngine,
  outputs: ClaimedOutputs,
  plan: ResultsPlan,
  cells: readonly CellReport[],
): Promise<CellReport[]> {
  const written: CellReport[] = [];
  for (const cell of cells) {
    const file = plan.files.get(cell.id);
    if (cell.type !== 'sql' || cell.status !== 'done' || !cell.name || !file) {
      written.push(cell);
      continue;
    }
    await engine.exec(
      `CREATE OR REPLACE TABLE ${quoteIdent(SCRATCH)} AS SELECT * FROM ${quoteIdent(cell.name)}`,
    );
    try {
      await writeTableCsv(engine, SCRATCH, outputs.path(file));
    } finally {
      await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(SCRATCH)}`);
    }
    await outputs.written(file);
    written.push({ ...cell, resultCsv: file });
  }
  return written;
}
