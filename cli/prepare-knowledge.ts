import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileEngine } from '../workers/engine/sql-engine';
import { KnowledgeBase } from '../workers/knowledge/knowledge-base';
import { nhsaSampleRows } from '../workers/knowledge/nhsa-sample';
import { fail, ok, type AppError, type Result } from '../core/shared/errors';
import { msg } from '../core/shared/msg';

/** What preparing the knowledge tables reports. */
export interface PreparedKnowledge {
  /** Things the user should know that did not stop the run: each rejected row of a `--kb` file. */
  readonly warnings: readonly AppError[];
}

/**
 * Builds the knowledge tables as the app does: the shipped NHSA sample, then each `--kb` file (CSV or
 * JSON, format in workers/knowledge/README.md) as a layer on top, in the order given. A file's bad rows
 * are warnings (its good rows are kept); a file with no usable row (wrong columns, unreadable) stops the
 * run with its message.
 */
export async function prepareKnowledge(
  engine: FileEngine,
  kbFiles: readonly string[],
): Promise<Result<PreparedKnowledge>> {
  const kb = new KnowledgeBase(engine);
  await kb.loadSample(nhsaSampleRows());
  const warnings: AppError[] = [];
  for (const file of kbFiles) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      return fail(unreadable(file, e));
    }
    const report = await kb.importFile(path.basename(file), bytes);
    if (report.accepted === 0 && report.errors.length > 0) return fail(report.errors[0] as AppError);
    warnings.push(...report.errors);
  }
  return ok({ warnings });
}

const unreadable = (file: string, e: unknown): AppError => {
  const detail = e instanceof Error ? e.message : String(e);
  return {
    kind: 'load',
    code: 'kb.unreadable',
    file,
    message: msg(`无法读取知识库文件“${file}”：${detail}`, `Cannot read knowledge file "${file}": ${detail}`),
    detail,
  };
};
