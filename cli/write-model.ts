import type { ClaimedOutputs } from './claim-outputs';
import type { CliEngine } from './cli-engine';
import { modelFile } from './output-plan';
import type { CellReport } from './run-report';
import { writeTableCsv } from './table-csv';

/**
 * Writes a Model cell's ranked output table (`entity_type, entity_id, score, rank`, its indicators,
 * `explain_zh`, `explain_en`, by rank) as `<stem>.csv` into the claimed output folder, as the findings
 * are written (table-csv.ts: UTF-8 with BOM, formula-like text made safe). A cell that did not run (skipped,
 * failed) writes nothing. Returns the report with its file.
 */
export async function writeModelCellCsv(
  engine: CliEngine,
  outputs: ClaimedOutputs,
  report: CellReport,
  stem: string,
): Promise<CellReport> {
  if (report.status !== 'done' || report.model === undefined || report.name === undefined) return report;
  const file = modelFile(stem);
  await writeTableCsv(engine, report.name, outputs.path(file));
  await outputs.written(file);
  return { ...report, modelCsv: file };
}
