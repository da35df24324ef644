import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliEngine } from './cli-engine';
import type { CellReport } from './run-report';
import { writeTableCsv } from './table-csv';

/** The fixed name of the first Rule cell's findings, and of its lines. */
export const FINDINGS_CSV = 'findings.csv';
export const FINDINGS_LINES_CSV = 'findings_lines.csv';

/**
 * The file stem of a Rule cell's CSVs: its name (`<name>.csv`, `<name>_lines.csv`), except when those
 * would overwrite findings.csv / findings_lines.csv, which belong to the first Rule cell: then
 * `<name>.<cell id>`.
 */
export function ruleCellStem(name: string, id: string, isFirstRuleCell: boolean): string {
  const lower = name.toLowerCase();
  if (isFirstRuleCell && lower === 'findings') return name;
  const reserved = [FINDINGS_CSV, FINDINGS_LINES_CSV];
  const clashes = [`${lower}.csv`, `${lower}_lines.csv`].some((f) => reserved.includes(f));
  return clashes ? `${name}.${id}` : name;
}

/** Writes a Rule cell's findings and lines tables as CSV into `outDir`; returns the report with their files. */
export async function writeRuleCellCsv(
  engine: CliEngine,
  outDir: string,
  report: CellReport,
  isFirstRuleCell: boolean,
): Promise<CellReport> {
  if (!report.findings || !report.name) return report;
  const stem = ruleCellStem(report.name, report.id, isFirstRuleCell);
  const files = { findings: `${stem}.csv`, lines: `${stem}_lines.csv` };
  await writeTableCsv(engine, report.findings.table, path.join(outDir, files.findings));
  await writeTableCsv(engine, report.findings.linesTable, path.join(outDir, files.lines));
  if (isFirstRuleCell) {
    for (const [from, to] of [
      [files.findings, FINDINGS_CSV],
      [files.lines, FINDINGS_LINES_CSV],
    ] as const) {
      if (from !== to) await copyFile(path.join(outDir, from), path.join(outDir, to));
    }
  }
  return { ...report, files };
}
