import type { KernelApi, KnowledgeImportReport } from '../workers/api';
import { fail, ok, type AppError, type Result } from '../core/shared/errors';
import { msg } from '../core/shared/msg';
import { openLocalFile } from './local-files';
import type { Reporter } from './reporter';

/** A knowledge file to import: a `--kb` file, or a data file named after a knowledge table. */
export interface KnowledgeInput {
  /** The path as given on the command line. */
  readonly path: string;
  /** The file, when the host has opened it already. */
  readonly file?: File;
}

/** What preparing the knowledge tables did. */
export interface PreparedKnowledge {
  /** Each file's import report, in the order imported. */
  readonly imports: readonly { readonly path: string; readonly report: KnowledgeImportReport }[];
  /** Things the user should know that did not stop the run: each rejected row of a file. */
  readonly warnings: readonly AppError[];
}

/**
 * Builds the knowledge tables through the kernel, as the app does: the shipped NHSA layer (every parsed
 * record of NHSA's published knowledge points), then each file through the knowledge importer as a layer
 * on top, in the order given: a `kb_*` table (CSV, JSON or Excel; row checks) or a file in NHSA's
 * knowledge-point layout (JSON, CSV or Excel, read by the same parsers; format in
 * workers/knowledge/README.md). A file's bad rows and unparsed records are warnings (its good rows are
 * kept); a file with no usable row (wrong columns, unreadable, nothing parsed) stops the run with its
 * message.
 */
export async function prepareKnowledge(
  kernel: Pick<KernelApi, 'importKnowledge' | 'knowledgeSummary'>,
  files: readonly KnowledgeInput[],
  reporter: Reporter,
): Promise<Result<PreparedKnowledge>> {
  // The shipped NHSA layer is the bottom layer even when no file is imported.
  await kernel.knowledgeSummary();
  const imports: { path: string; report: KnowledgeImportReport }[] = [];
  const warnings: AppError[] = [];
  for (const input of files) {
    let file: File;
    try {
      file = input.file ?? (await openLocalFile(input.path));
    } catch (e) {
      return fail(unreadable(input.path, e));
    }
    reporter.line(`导入知识库 ${file.name} …`, `importing knowledge ${file.name} …`);
    const imported = await kernel.importKnowledge(file);
    if (!imported.ok) return fail(imported.error);
    const report = imported.value;
    if (report.accepted === 0 && report.errors.length > 0) return fail(report.errors[0] as AppError);
    imports.push({ path: input.path, report });
    warnings.push(...report.errors);
  }
  return ok({ imports, warnings });
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
