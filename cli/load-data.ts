import path from 'node:path';
import { loadFile, type LoadedFile } from '../workers/loaders/load-file';
import { nodeParquet } from '../workers/loaders/parquet-node';
import { rawTableName } from '../workers/loaders/table-name';
import { KNOWLEDGE_TABLES, type KnowledgeTable } from '../core/knowledge/kb-types';
import { fail, ok, type Result } from '../core/shared/errors';
import { ANSWER_COLUMNS } from '../workers/workshop/score-level';
import type { CliEngine } from './cli-engine';
import { createFileSinkFactory, openLocalFile } from './local-files';
import type { Reporter } from './reporter';

/** A data file loaded into its raw table. */
export interface LoadedData {
  /** The path as given on the command line. */
  readonly path: string;
  readonly fileName: string;
  readonly bytes: number;
  readonly loaded: LoadedFile;
  /** The knowledge table the file fills, when it is named after one (`kb_restriction.csv`). */
  readonly knowledge?: KnowledgeTable;
  /**
   * The file is a workshop answer key (答案表: exactly the columns the generator writes to `answers.csv`):
   * it stays a plain table, never mapped (it would pass for fee lines: it has `feedetl_sn`, `setl_id`…).
   */
  readonly answerKey?: true;
  readonly loadMs: number;
}

/**
 * Loads each data file into a raw table (`raw_<stem>`) with the app's own loaders: format, encoding,
 * delimiter and header detected as in the browser; GB18030 files transcoded to the run's temporary
 * folder. The first failure stops the load (its AppError names the file, and the row when known).
 */
export async function loadDataFiles(
  engine: CliEngine,
  paths: readonly string[],
  tempDir: string,
  reporter: Reporter,
): Promise<Result<LoadedData[]>> {
  const loaded: LoadedData[] = [];
  const createSink = createFileSinkFactory(tempDir);
  for (const filePath of paths) {
    const fileName = path.basename(filePath);
    const started = performance.now();
    const blob = await openLocalFile(filePath);
    const table = rawTableName(fileName, new Set(loaded.map((d) => d.loaded.table)));
    reporter.line(`加载 ${fileName} …`, `loading ${fileName} …`);
    const result = await loadFile(engine, blob, fileName, table, { parquet: nodeParquet, createSink });
    if (!result.ok) return fail(result.error);
    const loadMs = performance.now() - started;
    const knowledge = knowledgeTableOf(fileName);
    const answerKey = isAnswerKey(result.value.columns.map((c) => c.name));
    loaded.push({
      path: filePath,
      fileName,
      bytes: blob.size,
      loaded: result.value,
      ...(knowledge ? { knowledge } : {}),
      ...(answerKey && !knowledge ? { answerKey: true as const } : {}),
      loadMs,
    });
    reporter.line(
      `  ${result.value.rowCount} 行，${(loadMs / 1000).toFixed(1)} 秒`,
      `  ${result.value.rowCount} rows, ${(loadMs / 1000).toFixed(1)} s`,
    );
    for (const warning of result.value.warnings) reporter.warning(warning);
  }
  return ok(loaded);
}

/** Whether a file's columns are exactly a workshop answer key's (in any order and case). */
export function isAnswerKey(columns: readonly string[]): boolean {
  const names = new Set(columns.map((c) => c.trim().toLowerCase()));
  return names.size === ANSWER_COLUMNS.length && ANSWER_COLUMNS.every((c) => names.has(c));
}

/** The knowledge table a file is named after (`kb_restriction.csv` → `kb_restriction`), if any. */
export function knowledgeTableOf(fileName: string): KnowledgeTable | undefined {
  const stem = fileName.replace(/\.[^.]*$/, '').toLowerCase();
  return KNOWLEDGE_TABLES.find((t) => t === stem);
}
