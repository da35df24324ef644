import { formatCount } from '../core/format/number-format';
import type { KernelApi } from '../workers/api';
import type { Msg } from '../core/shared/msg';
import { kindOf } from '../core/cells/cell-kinds';
import { runCellKind } from '../core/cells/run-cell-kind';
import { buildDependencyGraph } from '../core/notebook/dependency-graph';
import type { Notebook } from '../core/notebook/notebook-types';
import { planRun } from '../core/notebook/run-plan';
import { RULE_LIBRARY } from '../workers/rules/rule-library';
import { notebookCustomRules } from './notebook-custom-rules';
import type { Reporter } from './reporter';
import type { CellReport } from './run-report';

/** Called after each Rule cell has written its findings tables (to export them at once). */
export type RuleCellDone = (report: CellReport) => Promise<CellReport>;

/** How the CLI runs cells. */
export interface RunCellsOptions {
  /** Called after each Rule cell has written its findings tables. */
  readonly onRuleCellDone: RuleCellDone;
  /** Whether SQL cells' reports carry their result's digest (`resultDigest`). */
  readonly hashResults: boolean;
}

/**
 * Runs every runnable cell in dependency order (ties in notebook order), as "run all" does, with the
 * app's own code for each kind (`runCellKind`, `core/cells/`): SQL cells become views, Rule cells write
 * their findings tables, charts read the rows they would draw from their source's kept result (nothing
 * is drawn here); cells in a reference cycle or naming a missing parameter are blocked. Returns one
 * report per cell that runs or could have run (and per unreadable custom-rule cell), in notebook order.
 */
export async function runCells(
  kernel: KernelApi,
  notebook: Notebook,
  reporter: Reporter,
  options: RunCellsOptions,
): Promise<CellReport[]> {
  const graph = buildDependencyGraph(notebook.cells);
  const plan = planRun(notebook, graph, { kind: 'all' });
  const custom = notebookCustomRules(notebook.cells);
  const ruleNames = new Map<string, Msg>([
    ...RULE_LIBRARY.map((r) => [r.id as string, r.name] as const),
    ...custom.specs.map((r) => [r.id, r.name] as const),
  ]);
  const reports = new Map<string, CellReport>();
  for (const { cell, error } of custom.problems) {
    reports.set(cell.id, { id: cell.id, type: cell.type, name: cell.rule, status: 'failed', ms: 0, error });
  }
  for (const blocked of plan.blocked) {
    const cell = notebook.cells.find((c) => c.id === blocked.id);
    const error = { kind: 'notebook' as const, code: 'cell.blocked', message: blocked.reason };
    reports.set(blocked.id, {
      id: blocked.id,
      type: cell?.type ?? 'unknown',
      status: 'blocked',
      ms: 0,
      error,
    });
  }
  let ruleStarted = 0;
  // The same fingerprints the app's run log records: every loaded file, raw, mapped or derived.
  const { datasets } = await kernel.catalog();
  for (const id of plan.run) {
    const cell = notebook.cells.find((c) => c.id === id);
    if (!cell) continue;
    const label = kindOf(cell).label(cell);
    const name = 'name' in cell ? cell.name : cell.type === 'chart' ? cell.from : '';
    reporter.line(`${label.zh}单元 ${name} …`, `${label.en} cell ${name} …`);
    const started = performance.now();
    const run = await runCellKind(kernel, notebook, graph, cell, {
      datasets,
      // The CLI writes no SQL result: no page crosses, the rows are counted.
      pageSize: 0,
      onRuleProgress: (p) => {
        if (p.status === 'running') {
          ruleStarted = performance.now();
          return;
        }
        const ms = Math.round(performance.now() - ruleStarted);
        const rule = ruleNames.get(p.ruleId);
        const ruleLabel = rule ? ` ${rule.zh} / ${rule.en}` : '';
        reporter.line(
          `  [${p.index + 1}/${p.total}] ${p.ruleId}${ruleLabel}: ${STATUS_ZH[p.status]}`,
          `${STATUS_EN[p.status]} (${ms} ms)`,
        );
      },
    });
    const base = {
      id,
      type: cell.type,
      ...(name ? { name } : {}),
      ...(run.entry ? { datasets: run.entry.datasets } : {}),
    };
    const ms = () => Math.round(performance.now() - started);
    if (run.error && !run.findings) {
      reports.set(id, { ...base, status: 'failed', ms: ms(), error: run.error });
      continue;
    }
    if (run.findings) {
      const ruleErrors = run.findings.rules.flatMap((r) =>
        r.status === 'failed' && r.error ? [r.error] : [],
      );
      const hasFailure = run.findings.rules.some((r) => r.status === 'failed');
      const report: CellReport = {
        ...base,
        status: hasFailure ? 'failed' : 'done',
        ms: ms(),
        findings: run.findings,
        ...(ruleErrors.length > 0 ? { ruleErrors, error: ruleErrors[0] } : {}),
      };
      reports.set(id, await options.onRuleCellDone(report));
      continue;
    }
    const rows = run.result
      ? 'firstPage' in run.result
        ? run.result.totalRows
        : run.result.rowCount
      : undefined;
    let digest: string | undefined;
    if (options.hashResults && run.result && 'firstPage' in run.result) {
      const hashed = await kernel.resultDigest(run.result.view);
      if (!hashed.ok) {
        reports.set(id, { ...base, status: 'failed', ms: ms(), error: hashed.error });
        continue;
      }
      digest = hashed.value;
    }
    const elapsed = run.result && 'firstPage' in run.result ? Math.round(run.result.elapsedMs) : ms();
    reports.set(id, {
      ...base,
      status: 'done',
      ms: elapsed,
      ...(rows !== undefined ? { rows } : {}),
      ...(digest ? { resultSha256: digest } : {}),
    });
    if (rows !== undefined)
      reporter.line(
        `  ${formatCount(rows, 'zh')} 行，${elapsed} 毫秒`,
        `  ${formatCount(rows, 'zh')} rows, ${elapsed} ms`,
      );
  }
  const ordered = notebook.cells.flatMap((c) => {
    const report = reports.get(c.id);
    return report ? [report] : [];
  });
  for (const report of ordered)
    if (report.status === 'failed' || report.status === 'blocked') warnCell(reporter, report);
  return ordered;
}

function warnCell(reporter: Reporter, report: CellReport): void {
  const errors = report.ruleErrors ?? (report.error ? [report.error] : []);
  for (const error of errors) reporter.error(error);
}

const STATUS_ZH = { ok: '完成', skipped: '跳过', failed: '失败' } as const;
const STATUS_EN = { ok: 'ok', skipped: 'skipped', failed: 'failed' } as const;
