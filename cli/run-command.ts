import { realpath, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { msg, type Msg } from '../core/shared/msg';
import { checkInputs } from './check-inputs';
import { claimOutputs, type ClaimResult, type ClaimedOutputs } from './claim-outputs';
import { readMappingFile, type MappingFile } from './mapping-file';
import { planResults, writeSqlResults, type ResultsPlan } from './sql-results';
import { ensureDir } from './ensure-dir';
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
import { writeModelCellCsv } from './write-model';

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
    ...(options.mapping !== undefined ? [{ path: options.mapping, role: 'mapping' as const }] : []),
  ];
  const unreadable = await checkInputs(inputs);
  if (unreadable) return stop(io, unreadable);
  let mappingFile: MappingFile | undefined;
  if (options.mapping !== undefined) {
    const read = readMappingFile(await readFile(options.mapping, 'utf8'), options.mapping);
    if (!read.ok) return stop(io, read.problem);
    mappingFile = read.file;
  }
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
  const resultsPlan = planResults(notebook.cells);
  let results: ClaimedOutputs | undefined;
  if (options.results !== undefined) {
    const claimedResults = await claimResults(options.results, outputs.dir, resultsPlan, inputs);
    if (!claimedResults.ok) {
      await outputs.seal().catch(() => undefined);
      return stop(io, claimedResults.problem);
    }
    results = claimedResults.outputs;
  }
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
        ...(mappingFile ? { mappingFile } : {}),
        onRuleCellDone: (r) =>
          writeRuleCellCsv(cliEngine, outputs, r, plan.stems.get(r.id) ?? r.id, r.id === firstRuleCell),
        onModelCellDone: (r) => writeModelCellCsv(cliEngine, outputs, r, plan.modelStems.get(r.id) ?? r.id),
      },
      reporter,
    );
    if (session.error) io.err(formatError(session.error));
    const cells = results
      ? await writeSqlResults(cliEngine, results, resultsPlan, session.cells)
      : session.cells;
    const nothing = nothingRan({ ...session, cells });
    const report: RunReport = {
      tool: { name: 'claimlens', version: packageVersion() },
      startedAt,
      elapsedMs: Math.round(performance.now() - started),
      exitCode: exitCodeOf(session, nothing),
      ...(session.error ? { error: session.error } : {}),
      ...(nothing ? { nothingRan: nothing } : {}),
      notebook: {
        path: options.notebook,
        title: notebook.meta.title,
        sha256: opened.value.sha256,
        problems: opened.value.problems,
      },
      engine: { kind: engine.kind, duckdbVersion: engine.duckdbVersion, threads: engine.threads },
      ...session,
      ...(options.mapping !== undefined ? { mappingFile: options.mapping } : {}),
      cells,
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
    await results?.seal().catch(() => undefined);
    await temp.remove();
  }
}

/**
 * 2 when the session stopped before the cells; 3 when no cell could run; 1 when a cell or rule failed;
 * 3 when every rule of every Rule cell was skipped; else 0 (exit-codes.ts).
 */
function exitCodeOf(session: SessionResult, nothing: Msg | undefined): ExitCode {
  if (session.error) return EXIT.usage;
  const ran = session.cells.some((c) => c.status === 'done' || c.status === 'failed');
  if (!ran) return EXIT.nothingRan;
  const failed = session.cells.some((c) => c.status === 'failed' || c.status === 'blocked');
  if (failed) return EXIT.failed;
  return nothing ? EXIT.nothingRan : EXIT.ok;
}

/**
 * Why nothing could run, or undefined: no cell ran (none, or all blocked), or every rule of the Rule
 * cells was skipped — with the needs that would unlock most rules (readiness).
 */
function nothingRan(session: SessionResult): Msg | undefined {
  if (session.error) return undefined;
  const ran = session.cells.some((c) => c.status === 'done' || c.status === 'failed');
  const skippedModels = session.cells.filter((c) => c.type === 'model' && c.status === 'skipped');
  if (!ran && skippedModels.length > 0)
    return msg(
      `没有单元运行：${skippedModels.length} 个模型单元因数据缺少所需字段或表被跳过（原因见 summary.md 的“模型单元”）。请映射或加载这些数据。`,
      `No cell ran: ${skippedModels.length} Model cell(s) were skipped because the data lacks fields or tables they need (see the Model cells section of summary.md). Map or load them.`,
    );
  if (!ran)
    return session.cells.length === 0
      ? msg('笔记本中没有可运行的单元。', 'The notebook has no cell that can run.')
      : msg(
          '没有单元能运行：全部单元都因引用问题无法运行（见上方错误）。',
          'No cell could run: every cell was blocked (see the errors above).',
        );
  const ruleCells = session.cells.filter((c) => c.findings !== undefined);
  const allSkipped =
    ruleCells.length > 0 &&
    ruleCells.every((c) => (c.findings?.rules ?? []).every((r) => r.status === 'skipped'));
  if (!allSkipped) return undefined;
  const total = ruleCells.reduce((n, c) => n + (c.findings?.rules.length ?? 0), 0);
  const top = (session.readiness?.needs ?? []).slice(0, 3);
  const zhTop = top.map((n) => `${n.label.zh}（单独解锁 ${n.unlocks} 条，阻塞 ${n.blocks} 条）`).join('；');
  const enTop = top.map((n) => `${n.label.en} (unlocks ${n.unlocks} alone, blocks ${n.blocks})`).join('; ');
  return msg(
    `全部 ${total} 条规则都被跳过：数据缺少规则所需的字段、表或知识库。${zhTop ? `最需要的是：${zhTop}。` : ''}请映射或加载这些数据（claimlens map 可写出可编辑的映射文件），详见 summary.md 的“数据就绪”。`,
    `All ${total} rules were skipped: the data lacks the fields, tables or knowledge they need. ${enTop ? `Most needed: ${enTop}. ` : ''}Map or load them (claimlens map writes an editable mapping file); see the readiness section of summary.md.`,
  );
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
  if (report.exitCode === EXIT.nothingRan && report.nothingRan)
    return (
      `没有可运行的内容：${report.nothingRan.zh}摘要见 ${where}\n` +
      `Nothing could run: ${report.nothingRan.en} Summary in ${where}\n`
    );
  const failed = report.cells.filter((c) => c.status === 'failed' || c.status === 'blocked').length;
  const findings = report.cells.reduce((n, c) => n + (c.findings?.findings ?? 0), 0);
  const [zh, en] =
    report.exitCode === EXIT.ok ? ['完成', 'Done'] : ['结束（有失败）', 'Finished with failures'];
  return (
    `${zh}：${report.cells.length} 个单元（${failed} 个失败），${findings} 条发现；摘要见 ${where}\n` +
    `${en}: ${report.cells.length} cells (${failed} failed), ${findings} findings; summary in ${where}\n`
  );
}

/**
 * Claims the `--results` folder for the SQL cells' CSV files, as `--out` is claimed (claim-outputs.ts);
 * refused when it is the `--out` folder itself (each folder keeps one manifest).
 */
async function claimResults(
  dir: string,
  outDir: string,
  plan: ResultsPlan,
  inputs: readonly { readonly path: string }[],
): Promise<ClaimResult> {
  try {
    await ensureDir(path.resolve(dir));
    if ((await realpath(path.resolve(dir))) === outDir)
      return {
        ok: false,
        problem: {
          code: 'results.same-as-out',
          file: dir,
          message: msg(
            `--results 的目录“${dir}”就是 --out 的目录：请为 SQL 结果指定另一个目录。`,
            `The --results folder "${dir}" is the --out folder: choose another folder for the SQL results.`,
          ),
        },
      };
    return await claimOutputs(
      dir,
      [...plan.files.values()],
      inputs.map((i) => i.path),
    );
  } catch (e) {
    return { ok: false, problem: outDirProblem(dir, e) };
  }
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
