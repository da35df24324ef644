import type { CellParameter, KernelApi } from '../workers/api';
import { msg } from '../core/shared/msg';
import { buildDependencyGraph } from '../core/notebook/dependency-graph';
import type { Notebook } from '../core/notebook/notebook-types';
import { planRun } from '../core/notebook/run-plan';
import { notebookCustomRules } from './notebook-custom-rules';
import type { Reporter } from './reporter';
import type { CellReport } from './run-report';
import { runRuleCell } from './run-rule-cell';
import { runSqlCell } from './run-sql-cell';

/** Called after each Rule cell has written its findings tables (to export them at once). */
export type RuleCellDone = (report: CellReport) => Promise<CellReport>;

/** How the CLI runs cells. */
export interface RunCellsOptions {
  /** Called after each Rule cell has written its findings tables. */
  readonly onRuleCellDone: RuleCellDone;
  /** Whether SQL cells' reports carry their result's SHA-256 (where the engine gives Arrow bytes). */
  readonly hashResults: boolean;
}

/**
 * Runs every runnable cell in dependency order (ties in notebook order), as "run all" does: SQL cells
 * become views, Rule cells write their findings tables; chart, evidence and model cells are skipped
 * (nothing to draw here); cells in a reference cycle or naming a missing parameter are blocked.
 * Parameter cells feed the SQL cells' `${name}` references. Returns one report per cell that runs or
 * could have run (and per unreadable custom-rule cell), in notebook order.
 */
export async function runCells(
  kernel: Pick<KernelApi, 'runCell' | 'runRules' | 'resultDigest'>,
  notebook: Notebook,
  reporter: Reporter,
  options: RunCellsOptions,
): Promise<CellReport[]> {
  const graph = buildDependencyGraph(notebook.cells);
  const plan = planRun(notebook, graph, { kind: 'all' });
  const parameters = notebook.cells.flatMap((c): CellParameter[] =>
    c.type === 'parameter' ? [{ name: c.name, spec: c.spec }] : [],
  );
  const custom = notebookCustomRules(notebook.cells);
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
  for (const id of plan.run) {
    const cell = notebook.cells.find((c) => c.id === id);
    if (!cell) continue;
    // The one dispatch over cell kinds in the CLI: each kind runs through the kernel's calls.
    switch (cell.type) {
      case 'sql': {
        reporter.line(`SQL 单元 ${cell.name} …`, `SQL cell ${cell.name} …`);
        const report = await runSqlCell(kernel, cell, parameters, options.hashResults);
        reports.set(id, report);
        if (report.status === 'done')
          reporter.line(`  ${report.rows} 行，${report.ms} 毫秒`, `  ${report.rows} rows, ${report.ms} ms`);
        break;
      }
      case 'rule': {
        reporter.line(`规则单元 ${cell.name} …`, `Rule cell ${cell.name} …`);
        const report = await runRuleCell(kernel, notebook, cell, (p, name) => {
          if (p.status === 'running') {
            ruleStarted = performance.now();
            return;
          }
          const ms = Math.round(performance.now() - ruleStarted);
          const label = name ? ` ${name.zh} / ${name.en}` : '';
          reporter.line(
            `  [${p.index + 1}/${p.total}] ${p.ruleId}${label}: ${STATUS_ZH[p.status]}`,
            `${STATUS_EN[p.status]} (${ms} ms)`,
          );
        });
        reports.set(id, report.findings ? await options.onRuleCellDone(report) : report);
        break;
      }
      default:
        reports.set(id, { id, type: cell.type, status: 'skipped', ms: 0, reason: NOT_RUN });
    }
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

const NOT_RUN = msg(
  '命令行不绘制图表，也不运行证据和模型单元。',
  'The CLI draws no charts and runs no evidence or model cells.',
);
