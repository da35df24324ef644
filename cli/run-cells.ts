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
import type { CellReport, ModelCellReport } from './run-report';
import type { ModelCellResult } from '../core/models/model-api-types';
import type { ModelCell } from '../core/notebook/cell-types';
import { parseModelParameters } from '../core/cells/model/model-parameters-text';

/** Called after each Rule cell has written its findings tables (to export them at once). */
export type RuleCellDone = (report: CellReport) => Promise<CellReport>;

/** Called after each Model cell has run or been skipped (to export its output at once). */
export type ModelCellDone = (report: CellReport) => Promise<CellReport>;

/** How the CLI runs cells. */
export interface RunCellsOptions {
  /** Called after each Rule cell has written its findings tables. */
  readonly onRuleCellDone: RuleCellDone;
  /** Called after each Model cell has run or been skipped (default: nothing is written). */
  readonly onModelCellDone?: ModelCellDone;
  /** Whether SQL cells' reports carry their result's digest (`resultDigest`). */
  readonly hashResults: boolean;
}

/**
 * Runs every runnable cell in dependency order (ties in notebook order), as "run all" does, with the
 * app's own code for each kind (`runCellKind`, `core/cells/`): SQL cells become views, Rule cells write
 * their findings tables, Model cells write their ranked output (or are skipped with the reason), charts read the rows they would draw from their source's kept result (nothing
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
  // The same fingerprints the app's run log records: every loaded file, raw, mapped or derived, and
  // every knowledge layer in force (the kb_* tables it feeds).
  const { datasets: files, knowledge } = await kernel.catalog();
  const datasets = [...files, ...knowledge];
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
      const model = cell.type === 'model' ? { model: failedModel(cell) } : {};
      reports.set(id, { ...base, ...model, status: 'failed', ms: ms(), error: run.error });
      continue;
    }
    if (run.model) {
      const report = modelReport(base, run.model);
      reports.set(id, options.onModelCellDone ? await options.onModelCellDone(report) : report);
      if (run.model.outcome.status === 'skipped') {
        const { reason } = run.model.outcome;
        reporter.line(`  跳过：${reason.zh}`, `  skipped: ${reason.en}`);
      } else
        reporter.line(
          `  ${formatCount(run.model.outcome.entities, 'zh')} 个对象，${report.ms} 毫秒`,
          `  ${formatCount(run.model.outcome.entities, 'zh')} entities, ${report.ms} ms`,
        );
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

/** A Model cell's report from its run: ran (done) or skipped with the reason, with the kernel's timing. */
function modelReport(base: Omit<CellReport, 'status' | 'ms'>, result: ModelCellResult): CellReport {
  const { outcome } = result;
  const ms = Math.round(result.elapsedMs);
  const model = { id: outcome.model, parameters: outcome.parameters };
  if (outcome.status === 'skipped') return { ...base, status: 'skipped', ms, reason: outcome.reason, model };
  return {
    ...base,
    status: 'done',
    ms,
    rows: outcome.entities,
    model: { ...model, entities: outcome.entities, tables: outcome.tables },
  };
}

/** A Model cell that failed before its model ran: its model and the values its body sets, if it reads. */
function failedModel(cell: ModelCell): ModelCellReport {
  const parsed = parseModelParameters(cell.source);
  return { id: cell.model, parameters: parsed.ok ? parsed.value : {} };
}

function warnCell(reporter: Reporter, report: CellReport): void {
  const errors = report.ruleErrors ?? (report.error ? [report.error] : []);
  for (const error of errors) reporter.error(error);
}

const STATUS_ZH = { ok: '完成', skipped: '跳过', failed: '失败' } as const;
const STATUS_EN = { ok: 'ok', skipped: 'skipped', failed: 'failed' } as const;
