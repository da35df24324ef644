import { checkBindings, type BindingCheck } from '../core/notebook/dataset-bindings';
import type { Notebook } from '../core/notebook/notebook-types';
import type { AppError } from '../core/shared/errors';
import type { KernelApi, ValidationReport } from '../workers/api';
import { sha256Blob } from '../workers/loaders/sha256-blob';
import { buildTables } from './build-tables';
import type { CliEngine } from './cli-engine';
import { createCliKernel } from './cli-kernel';
import { loadDataFiles, type LoadedData } from './load-data';
import { prepareKnowledge, type PreparedKnowledge } from './prepare-knowledge';
import type { Reporter } from './reporter';
import { runCells, type ModelCellDone, type RuleCellDone } from './run-cells';
import type { CellReport, DataFileReport } from './run-report';
import type { AppliedColumn } from './applied-mapping';
import type { MappingFile } from './mapping-file';
import type { Readiness } from '../core/rules/readiness-types';
import { msg } from '../core/shared/msg';

/** What a session produced; `error` is what stopped it before the cells (exit code 2). */
export interface SessionResult {
  readonly data: DataFileReport[];
  readonly canonical: readonly ValidationReport[];
  readonly bindings: readonly BindingCheck[];
  readonly knowledge: { readonly rows: Record<string, number>; readonly warnings: readonly AppError[] };
  readonly cells: readonly CellReport[];
  /** The mapping applied, field by field (applied-mapping.ts). */
  readonly mapping: readonly AppliedColumn[];
  /** Which library rules the mapped data can run (null when the session stopped before mapping). */
  readonly readiness: Readiness | null;
  /** Wall time of each stage, in ms (a stage that did not run is absent). */
  readonly phases: Readonly<Partial<Record<'load' | 'knowledge' | 'map' | 'cells', number>>>;
  readonly error?: AppError;
}

/** Inputs of a session. */
export interface SessionInputs {
  readonly notebook: Notebook;
  readonly dataFiles: readonly string[];
  readonly kbFiles: readonly string[];
  readonly tempDir: string;
  readonly onRuleCellDone: RuleCellDone;
  /** Writes each Model cell's output once it ran. */
  readonly onModelCellDone?: ModelCellDone;
  /** The `--mapping` file, read and checked against the canonical model. */
  readonly mappingFile?: MappingFile;
}

/**
 * One headless run: the same kernel as the app's worker (`createKernel`), over the run's engine. The CLI
 * only adapts files and output: it loads the data files through the kernel, imports the knowledge files
 * (`--kb` files and data files named after a knowledge table) through the kernel's knowledge importer,
 * maps each dataset (the notebook's recorded mapping when it fits, else the kernel's proposal) and runs
 * the cells through the kernel's calls. A load, knowledge or mapping failure stops it with the error
 * (nothing ran); cell failures do not.
 */
export async function runSession(
  engine: CliEngine,
  inputs: SessionInputs,
  reporter: Reporter,
): Promise<SessionResult> {
  const kernel = createCliKernel(engine, inputs.tempDir);
  const phases: Partial<Record<'load' | 'knowledge' | 'map' | 'cells', number>> = {};
  let mark = performance.now();
  const lap = (phase: keyof typeof phases) => {
    const now = performance.now();
    phases[phase] = Math.round(now - mark);
    mark = now;
  };
  const result: SessionResult = {
    data: [],
    canonical: [],
    bindings: [],
    knowledge: { rows: {}, warnings: [] },
    cells: [],
    mapping: [],
    readiness: null,
    phases,
  };
  const loaded = await loadDataFiles(kernel, inputs.dataFiles, reporter);
  lap('load');
  if (!loaded.ok) return { ...result, error: loaded.error };
  const prepared = await prepareKnowledge(
    kernel,
    [
      ...inputs.kbFiles.map((path) => ({ path })),
      ...loaded.value.flatMap((d) => (d.kind === 'knowledge' ? [{ path: d.path, file: d.file }] : [])),
    ],
    reporter,
  );
  if (!prepared.ok) return { ...result, data: await dataReports(loaded.value), error: prepared.error };
  for (const warning of prepared.value.warnings) reporter.warning(warning);
  const knowledge = { rows: await knowledgeRows(kernel), warnings: prepared.value.warnings };
  const data = await dataReports(loaded.value, prepared.value);
  lap('knowledge');
  warnUnusedEntries(inputs.mappingFile, loaded.value, reporter);
  const built = await buildTables(kernel, inputs.notebook.meta, loaded.value, reporter, inputs.mappingFile);
  lap('map');
  if (!built.ok) return { ...result, data, knowledge, error: built.error };
  const bySource = new Map(built.value.mappings.map((m) => [m.mapping.source, m]));
  const mapped = data.map((d) => {
    const m = d.rawTable === undefined ? undefined : bySource.get(d.rawTable);
    return m ? { ...d, target: m.mapping.target, mapping: m.from } : d;
  });
  const bindings = checkBindings(
    inputs.notebook.meta.datasets,
    mapped.flatMap((d) =>
      d.target && d.mapping !== 'knowledge' ? [{ table: d.target, fileName: d.file, sha256: d.sha256 }] : [],
    ),
  );
  for (const b of bindings) if (b.status !== 'ok') reporter.line(b.message.zh, b.message.en);
  const readiness = await kernel.readiness();
  reporter.line(
    `数据就绪：将运行 ${readiness.ready} 条规则，跳过 ${readiness.skipped} 条`,
    `readiness: ${readiness.ready} rules will run, ${readiness.skipped} will be skipped`,
  );
  const cells = await runCells(kernel, inputs.notebook, reporter, {
    onRuleCellDone: inputs.onRuleCellDone,
    ...(inputs.onModelCellDone ? { onModelCellDone: inputs.onModelCellDone } : {}),
    // Native DuckDB gives no Arrow bytes to hash.
    hashResults: engine.kind === 'wasm',
  });
  lap('cells');
  return {
    data: mapped,
    canonical: built.value.reports,
    bindings,
    knowledge,
    cells,
    mapping: built.value.applied,
    readiness,
    phases,
  };
}

/** Warns about each `--mapping` entry that names no data file of the run (it is not applied). */
function warnUnusedEntries(
  file: MappingFile | undefined,
  loaded: readonly LoadedData[],
  reporter: Reporter,
): void {
  const names = new Set(loaded.flatMap((d) => (d.kind === 'dataset' ? [d.info.fileName] : [])));
  for (const entry of file?.entries ?? []) {
    if (names.has(entry.mapping.source)) continue;
    reporter.warning({
      code: 'mapping.unused-entry',
      file: file?.path,
      message: msg(
        `映射文件 ${file?.path ?? ''} 第 ${entry.line} 行：没有名为“${entry.mapping.source}”的数据文件，该项未应用。`,
        `mapping file ${file?.path ?? ''} line ${entry.line}: no data file is named "${entry.mapping.source}"; the entry was not applied.`,
      ),
    });
  }
}

/** Each data file as summary.json records it, in command-line order. */
async function dataReports(loaded: readonly LoadedData[], knowledge?: PreparedKnowledge) {
  const imports = new Map(knowledge?.imports.map((i) => [i.path, i.report]));
  const reports: DataFileReport[] = [];
  for (const d of loaded) {
    if (d.kind === 'dataset') {
      const info = d.info;
      reports.push({
        file: info.fileName,
        path: d.path,
        bytes: info.fileSize,
        sha256: info.sha256,
        format: info.format,
        ...(info.encoding ? { encoding: info.encoding } : {}),
        ...(info.delimiter ? { delimiter: info.delimiter } : {}),
        rawTable: info.table,
        rows: info.rowCount,
        columns: info.columns.length,
        ...(d.answerKey ? { mapping: 'answer-key' as const } : {}),
        loadMs: Math.round(info.loadMs),
        warnings: info.warnings,
      });
      continue;
    }
    const report = imports.get(d.path);
    reports.push({
      file: d.file.name,
      path: d.path,
      bytes: d.file.size,
      sha256: await sha256Blob(d.file),
      format: report?.format ?? 'csv',
      ...(report?.encoding ? { encoding: report.encoding } : {}),
      rows: report?.rowsRead ?? 0,
      ...(report?.table ? { target: report.table } : {}),
      mapping: 'knowledge',
      loadMs: 0,
      warnings: report?.errors ?? [],
    });
  }
  return reports;
}

async function knowledgeRows(kernel: Pick<KernelApi, 'knowledgeSummary'>): Promise<Record<string, number>> {
  return { ...(await kernel.knowledgeSummary()).tables };
}
