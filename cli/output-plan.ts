import { isValidName, type Cell } from '../core/notebook/cell-types';

/** The fixed name of the first Rule cell's findings, and of its lines. */
export const FINDINGS_CSV = 'findings.csv';
export const FINDINGS_LINES_CSV = 'findings_lines.csv';

/** The run's summaries, for a program and for a person. */
export const SUMMARY_JSON = 'summary.json';
export const SUMMARY_MD = 'summary.md';

/** Every file a run may write into `--out`, known before anything runs. */
export interface OutputPlan {
  /** Each Rule cell's file stem (`<stem>.csv`, `<stem>_lines.csv`), by cell id. */
  readonly stems: ReadonlyMap<string, string>;
  /** Each Model cell's file stem (`<stem>.csv`), by cell id. */
  readonly modelStems: ReadonlyMap<string, string>;
  /** The first Rule cell, whose findings are also copied to findings.csv / findings_lines.csv. */
  readonly firstRuleCell?: string;
  /** The names of all files the run may write (plain file names, no folders), in writing order. */
  readonly files: readonly string[];
}

/**
 * Plans the run's output files from the notebook alone, so they can be checked before anything is
 * written. A Rule cell's CSVs are `<name>.csv` and `<name>_lines.csv`; when those would clash (ignoring
 * case, as Windows and macOS do) with findings.csv, findings_lines.csv, the summaries or another Rule
 * cell's files, the stem becomes `<name>.<cell id>`. The first Rule cell named `findings` writes
 * findings.csv itself. A Model cell writes `<name>.csv`, or `<name>.<cell id>.csv` when that clashes
 * with any file planned before it.
 */
export function planOutputs(cells: readonly Cell[]): OutputPlan {
  const rules = cells.flatMap((c) => (c.type === 'rule' ? [c] : []));
  const firstRuleCell = rules[0]?.id;
  const taken = new Set([SUMMARY_JSON, SUMMARY_MD]);
  if (firstRuleCell !== undefined) for (const f of [FINDINGS_CSV, FINDINGS_LINES_CSV]) taken.add(f);
  const stems = new Map<string, string>();
  const files: string[] = [];
  for (const cell of rules) {
    const base = isValidName(cell.name) ? cell.name : cell.id;
    const own = cell.id === firstRuleCell && base.toLowerCase() === 'findings';
    const clashes = !own && ruleFiles(base).some((f) => taken.has(f.toLowerCase()));
    const stem = own ? 'findings' : clashes ? `${base}.${cell.id}` : base;
    for (const f of ruleFiles(stem)) taken.add(f.toLowerCase());
    stems.set(cell.id, stem);
    if (!own) files.push(...ruleFiles(stem));
  }
  if (firstRuleCell !== undefined) files.push(FINDINGS_CSV, FINDINGS_LINES_CSV);
  const modelStems = new Map<string, string>();
  for (const cell of cells) {
    if (cell.type !== 'model') continue;
    const base = isValidName(cell.name) ? cell.name : cell.id;
    const stem = taken.has(modelFile(base).toLowerCase()) ? `${base}.${cell.id}` : base;
    taken.add(modelFile(stem).toLowerCase());
    modelStems.set(cell.id, stem);
    files.push(modelFile(stem));
  }
  files.push(SUMMARY_JSON, SUMMARY_MD);
  return { stems, modelStems, ...(firstRuleCell !== undefined ? { firstRuleCell } : {}), files };
}

/** A Model cell's CSV file for a stem. */
export function modelFile(stem: string): string {
  return `${stem}.csv`;
}

/** A Rule cell's two CSV files for a stem. */
export function ruleFiles(stem: string): [findings: string, lines: string] {
  return [`${stem}.csv`, `${stem}_lines.csv`];
}
