import { checkBindings, type BindingCheck } from '../core/notebook/dataset-bindings';
import type { Notebook } from '../core/notebook/notebook-types';
import { KNOWLEDGE_TABLES } from '../core/knowledge/kb-types';
import { toAppError, type AppError } from '../core/shared/errors';
import { msg } from '../core/shared/msg';
import type { ValidationReport } from '../workers/api';
import { buildTables } from './build-tables';
import type { CliEngine } from './cli-engine';
import { fillKnowledgeFromData } from './knowledge-data';
import { loadDataFiles } from './load-data';
import { prepareKnowledge } from './prepare-knowledge';
import type { Reporter } from './reporter';
import { runCells, type RuleCellDone } from './run-cells';
import type { CellReport, DataFileReport } from './run-report';

/** What a session produced; `error` is what stopped it before the cells (exit code 2). */
export interface SessionResult {
  readonly data: DataFileReport[];
  readonly canonical: readonly ValidationReport[];
  readonly bindings: readonly BindingCheck[];
  readonly knowledge: { readonly rows: Record<string, number>; readonly warnings: readonly AppError[] };
  readonly cells: readonly CellReport[];
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
}

/**
 * One headless run on a started engine: load the data files into raw tables, prepare the knowledge
 * tables, map and build the canonical tables, then run the cells. A load or mapping failure stops it
 * with the error (nothing ran); cell failures do not.
 */
export async function runSession(
  engine: CliEngine,
  inputs: SessionInputs,
  reporter: Reporter,
): Promise<SessionResult> {
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
    phases,
  };
  const loaded = await loadDataFiles(engine, inputs.dataFiles, inputs.tempDir, reporter);
  lap('load');
  if (!loaded.ok) return { ...result, error: loaded.error };
  const data: DataFileReport[] = loaded.value.map((d) => ({
    file: d.fileName,
    path: d.path,
    bytes: d.bytes,
    sha256: d.loaded.sha256,
    format: d.loaded.format,
    ...(d.loaded.encoding ? { encoding: d.loaded.encoding } : {}),
    ...(d.loaded.delimiter ? { delimiter: d.loaded.delimiter } : {}),
    rawTable: d.loaded.table,
    rows: d.loaded.rowCount,
    columns: d.loaded.columns.length,
    ...(d.knowledge ? { target: d.knowledge, mapping: 'knowledge' as const } : {}),
    ...(d.answerKey ? { mapping: 'answer-key' as const } : {}),
    loadMs: Math.round(d.loadMs),
    warnings: d.loaded.warnings,
  }));
  let knowledgeWarnings: AppError[];
  try {
    const prepared = await prepareKnowledge(engine, inputs.kbFiles);
    if (!prepared.ok) return { ...result, data, error: prepared.error };
    knowledgeWarnings = [...prepared.value.warnings, ...(await fillKnowledgeFromData(engine, loaded.value))];
  } catch (e) {
    return {
      ...result,
      data,
      error: toAppError(e, { kind: 'load', code: 'kb.failed', message: kbFailed(e) }),
    };
  }
  for (const warning of knowledgeWarnings) reporter.warning(warning);
  const knowledge = { rows: await knowledgeRows(engine), warnings: knowledgeWarnings };
  lap('knowledge');
  const built = await buildTables(engine, inputs.notebook.meta, loaded.value, reporter);
  lap('map');
  if (!built.ok) return { ...result, data, knowledge, error: built.error };
  const bySource = new Map(built.value.mappings.map((m) => [m.mapping.source, m]));
  const mapped = data.map((d) => {
    const m = bySource.get(d.rawTable);
    return m ? { ...d, target: m.mapping.target, mapping: m.from } : d;
  });
  const bindings = checkBindings(
    inputs.notebook.meta.datasets,
    mapped.flatMap((d) =>
      d.target && d.mapping !== 'knowledge' ? [{ table: d.target, fileName: d.file, sha256: d.sha256 }] : [],
    ),
  );
  for (const b of bindings) if (b.status !== 'ok') reporter.line(b.message.zh, b.message.en);
  const mappings = built.value.mappings.map((m) => m.mapping);
  const cells = await runCells(engine, inputs.notebook, mappings, reporter, inputs.onRuleCellDone);
  lap('cells');
  return { data: mapped, canonical: built.value.reports, bindings, knowledge, cells, phases };
}

async function knowledgeRows(engine: CliEngine): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const table of KNOWLEDGE_TABLES) {
    const [row] = await engine.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`);
    rows[table] = row?.n ?? 0;
  }
  return rows;
}

const kbFailed = (e: unknown) => {
  const detail = e instanceof Error ? e.message : String(e);
  return msg(`导入知识库失败：${detail}`, `Importing the knowledge base failed: ${detail}`);
};
