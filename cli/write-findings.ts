import { constants } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import type { ClaimedOutputs } from './claim-outputs';
import type { CliEngine } from './cli-engine';
import { FINDINGS_CSV, FINDINGS_LINES_CSV, ruleFiles } from './output-plan';
import type { CellReport } from './run-report';
import { writeTableCsv } from './table-csv';

/**
 * Writes a Rule cell's findings and lines tables as CSV under its planned stem (output-plan.ts) into
 * the claimed output folder; the first Rule cell's are copied to findings.csv / findings_lines.csv too.
 * Returns the report with its files.
 */
export async function writeRuleCellCsv(
  engine: CliEngine,
  outputs: ClaimedOutputs,
  report: CellReport,
  stem: string,
  isFirstRuleCell: boolean,
): Promise<CellReport> {
  if (!report.findings || !report.name) return report;
  const [findings, lines] = ruleFiles(stem);
  await writeTableCsv(engine, report.findings.table, outputs.path(findings));
  await outputs.written(findings);
  await writeTableCsv(engine, report.findings.linesTable, outputs.path(lines));
  await outputs.written(lines);
  if (isFirstRuleCell) {
    for (const [from, to] of [
      [findings, FINDINGS_CSV],
      [lines, FINDINGS_LINES_CSV],
    ] as const) {
      if (from === to) continue;
      await copyFile(outputs.path(from), outputs.path(to), constants.COPYFILE_EXCL);
      await outputs.written(to);
    }
  }
  return { ...report, files: { findings, lines } };
}
