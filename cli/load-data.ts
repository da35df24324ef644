import { formatCount } from '../core/format/number-format';
import type { DatasetInfo, KernelApi } from '../workers/api';
import { fail, ok, type Result } from '../core/shared/errors';
import { newJobId } from '../core/shared/ids';
import { isKnowledgeFile } from '../workers/kernel/open-file';
import { ANSWER_COLUMNS } from '../workers/workshop/score-level';
import { openLocalFile } from './local-files';
import type { Reporter } from './reporter';

/** A data file, as given on the command line: loaded into its raw table, or a knowledge file to import. */
export type LoadedData =
  | {
      readonly kind: 'dataset';
      /** The path as given on the command line. */
      readonly path: string;
      readonly info: DatasetInfo;
      /**
       * The file is a workshop answer key (答案表: exactly the columns the generator writes to
       * `answers.csv`): it stays a plain table, never mapped (it would pass for fee lines).
       */
      readonly answerKey?: true;
    }
  | {
      readonly kind: 'knowledge';
      readonly path: string;
      readonly file: File;
    };

/**
 * Loads each data file through the kernel (`loadFile`: the app's own loaders; format, encoding,
 * delimiter and header detected as in the browser), read in place from disk. A knowledge file — as the
 * app recognises one when it is dropped (workers/kernel/open-file.ts: JSON, a `kb_*` name, or a header
 * naming a knowledge table's columns or NHSA's knowledge-point layout) — is not loaded as data: the
 * knowledge phase imports it, as a `--kb` file is. The first failure stops the load (its AppError names
 * the file, and the row when known).
 */
export async function loadDataFiles(
  kernel: Pick<KernelApi, 'loadFile'>,
  paths: readonly string[],
  reporter: Reporter,
): Promise<Result<LoadedData[]>> {
  const loaded: LoadedData[] = [];
  for (const filePath of paths) {
    const file = await openLocalFile(filePath);
    if (await isKnowledgeFile(file)) {
      loaded.push({ kind: 'knowledge', path: filePath, file });
      continue;
    }
    reporter.line(`加载 ${file.name} …`, `loading ${file.name} …`);
    const result = await kernel.loadFile(file, { jobId: newJobId() });
    if (!result.ok) return fail(result.error);
    const info = result.value;
    const answerKey = isAnswerKey(info.columns.map((c) => c.name));
    loaded.push({
      kind: 'dataset',
      path: filePath,
      info,
      ...(answerKey ? { answerKey: true as const } : {}),
    });
    reporter.line(
      `  ${formatCount(info.rowCount, 'zh')} 行，${(info.loadMs / 1000).toFixed(1)} 秒`,
      `  ${formatCount(info.rowCount, 'zh')} rows, ${(info.loadMs / 1000).toFixed(1)} s`,
    );
    for (const warning of info.warnings) reporter.warning(warning);
  }
  return ok(loaded);
}

/** Whether a file's columns are exactly a workshop answer key's (in any order and case). */
export function isAnswerKey(columns: readonly string[]): boolean {
  const names = new Set(columns.map((c) => c.trim().toLowerCase()));
  return names.size === ANSWER_COLUMNS.length && ANSWER_COLUMNS.every((c) => names.has(c));
}
