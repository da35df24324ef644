import { writeFile } from 'node:fs/promises';
import { msg } from '../core/shared/msg';
import { checkInputs } from './check-inputs';
import { claimOutputs } from './claim-outputs';
import type { CliEngine } from './cli-engine';
import { formatError, type CliIo, type CliProblem } from './cli-io';
import { createCliEngine } from './create-engine';
import { EXIT, type ExitCode } from './exit-codes';
import { openNotebook } from './open-notebook';
import { FINDINGS_CSV, FINDINGS_LINES_CSV, SUMMARY_JSON, SUMMARY_MD, planOutputs } from './output-plan';
import type { RunOptions } from './parse-args';
import { createReporter } from './reporter';
import type { CellReport, RunReport } from './run-report';
import { runSession, type SessionResult } from './run-session';
import { renderSummaryMarkdown } from './summary-markdown';
import { createTempFolder } from './temp-folder';
import { packageVersion } from './version';
import { writeRuleCellCsv } from './write-findings';

/**
 * `claimlens run`: checks the inputs, opens the notebook, starts the engine, runs the session and
 * writes findings CSVs, summary.json and summary.md into the output folder. Every file it will write
 * is planned from the notebook and checked before anything is written (claim-outputs.ts): an input or
 * a file claimlens did not write there refuses the run. Returns the exit code.
 */
export async function runCommand(options: RunOptions, io: CliIo): Promise<ExitCode> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const reporter = createReporter(io, options.quiet);
  const inputs = [
    { path: options.notebook, role: 'notebook' as const },
    ...options.data.map((p) => ({ path: p, role: 'data' as const })),
    ...options.kb.map((p) => ({ path: p, role: 'kb' as const })),
  ];
  const unreadable = await checkInputs(inputs);
  if (unreadable) return stop(io, unreadable);
  const opened = await openNotebook(options.notebook);
  if (!opened.ok) return stop(io, opened.problem);
  const { notebook } = opened.value;
  for (const p of opened.value.problems) {
    reporter.warning({
      code: `notebook.${p.code}`,
      file: options.notebook,
      message: msg(`第 ${p.line} 行：${p.message.zh}`, `line ${p.line}: ${p.message.en}`),
    });
  }
  const plan = planOutputs(notebook.cells);
  const claimed = await claimOutputs(
    options.out,
    plan.files,
    inputs.map((i) => i.path),
  ).catch((e: unknown) => ({ ok: false as const, problem: outDirProblem(options.out, e) }));
  if (!claimed.ok) return stop(io, claimed.problem);
  const { outputs } = claimed;
  const temp = createTempFolder();
  const tempDir = temp.path;
  let engine: CliEngine | undefined;
  try {
    try {
      engine = await createCliEngine(
        options,
        inputs.map((i) => i.path).filter((p) => p !== options.notebook),
        tempDir,
      );
    } catch (e) {
      return stop(io, engineProblem(options.engine, e));
    }
    const cliEngine = engine;
    const { firstRuleCell } = plan;
    reporter.line(
      `引擎 ${engine.kind}（DuckDB ${engine.duckdbVersion}，${engine.threads} 线程）`,
      `engine ${engine.kind} (DuckDB ${engine.duckdbVersion}, ${engine.threads} thread${engine.threads === 1 ? '' : 's'})`,
    );
    const session = await runSession(
      engine,
      {
        notebook,
        dataFiles: options.data,
        kbFiles: options.kb,
        tempDir,
        onRuleCellDone: (r) =>
          writeRuleCellCsv(cliEngine, outputs, r, plan.stems.get(r.id) ?? r.id, r.id === firstRuleCell),
      },
      reporter,
    );
    if (session.error) io.err(formatError(session.error));
    const report: RunReport = {
      tool: { name: 'claimlens', version: packageVersion() },
      startedAt,
      elapsedMs: Math.round(performance.now() - started),
      exitCode: exitCodeOf(session),
      ...(session.error ? { error: session.error } : {}),
      notebook: {
        path: options.notebook,
        title: notebook.meta.title,
        sha256: opened.value.sha256,
        problems: opened.value.problems,
      },
      engine: { kind: engine.kind, duckdbVersion: engine.duckdbVersion, threads: engine.threads },
      ...session,
      parameters: notebook.cells.flatMap((c) =>
        c.type === 'parameter' ? [{ name: c.name, spec: c.spec }] : [],
      ),
      findingsCsv: hasFirstFindings(session.cells, firstRuleCell) ? FINDINGS_CSV : null,
      findingsLinesCsv: hasFirstFindings(session.cells, firstRuleCell) ? FINDINGS_LINES_CSV : null,
    };
    await writeFile(outputs.path(SUMMARY_JSON), `${JSON.stringify(report, null, 2)}\n`, { flag: 'wx' });
    await outputs.written(SUMMARY_JSON);
    await writeFile(outputs.path(SUMMARY_MD), renderSummaryMarkdown(report), { flag: 'wx' });
    await outputs.written(SUMMARY_MD);
    io.out(finalLine(report, outputs.path(SUMMARY_MD)));
    return report.exitCode;
  } finally {
    await engine?.close().catch(() => undefined);
    // If this fails, entries stay pending: the next run may still replace these outputs.
    await outputs.seal().catch(() => undefined);
    await temp.remove();
  }
}

function exitCodeOf(session: SessionResult): ExitCode {
  if (session.error) return EXIT.usage;
  const failed = session.cells.some((c) => c.status === 'failed' || c.status === 'blocked');
  return failed ? EXIT.failed : EXIT.ok;
}

function hasFirstFindings(cells: readonly CellReport[], firstRuleCell: string | undefined): boolean {
  return cells.some((c) => c.id === firstRuleCell && c.files !== undefined);
}

function stop(io: CliIo, problem: CliProblem): ExitCode {
  io.err(formatError(problem));
  return EXIT.usage;
}

function finalLine(report: RunReport, where: string): string {
  if (report.error) return `未运行，原因见上；摘要见 ${where}\nNot run, see above; summary in ${where}\n`;
  const failed = report.cells.filter((c) => c.status === 'failed' || c.status === 'blocked').length;
  const findings = report.cells.reduce((n, c) => n + (c.findings?.findings ?? 0), 0);
  const [zh, en] =
    report.exitCode === EXIT.ok ? ['完成', 'Done'] : ['结束（有失败）', 'Finished with failures'];
  return (
    `${zh}：${report.cells.length} 个单元（${failed} 个失败），${findings} 条发现；摘要见 ${where}\n` +
    `${en}: ${report.cells.length} cells (${failed} failed), ${findings} findings; summary in ${where}\n`
  );
}

const detailOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

const outDirProblem = (dir: string, e: unknown): CliProblem => ({
  code: 'out.unwritable',
  file: dir,
  message: msg(
    `无法写入输出目录“${dir}”：${detailOf(e)}`,
    `The output folder "${dir}" cannot be written: ${detailOf(e)}`,
  ),
});

const engineProblem = (kind: string, e: unknown): CliProblem => ({
  code: 'engine.start',
  message:
    kind === 'native'
      ? msg(
          `本机 DuckDB 未能安装或启动：${detailOf(e)}。请检查网络与 npm 配置，或改用 --engine wasm。`,
          `Native DuckDB could not be installed or started: ${detailOf(e)}. Check the network and npm settings, or use --engine wasm.`,
        )
      : msg(`分析引擎未能启动：${detailOf(e)}`, `The analysis engine did not start: ${detailOf(e)}`),
});
