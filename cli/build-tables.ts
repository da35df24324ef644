import { buildCanonical } from '../workers/mapping/build-canonical';
import { CANONICAL_TABLES, type TableMapping, type ValidationReport } from '../core/mapping/mapping-types';
import { fail, ok, toAppError, type Result } from '../core/shared/errors';
import { msg } from '../core/shared/msg';
import type { NotebookMeta } from '../core/notebook/notebook-types';
import type { CliEngine } from './cli-engine';
import { chooseMapping, type ChosenMapping } from './choose-mapping';
import type { LoadedData } from './load-data';
import type { Reporter } from './reporter';

/** The canonical tables built, with the mapping each file got. */
export interface BuiltTables {
  /** Per data file (knowledge files excluded), in load order. */
  readonly mappings: readonly (ChosenMapping & { readonly fileName: string })[];
  readonly reports: readonly ValidationReport[];
}

/**
 * Maps each loaded data file (knowledge files aside) onto its canonical table and builds the tables:
 * several files mapped to one table (monthly extracts) are combined, as in the app. A mapping that does
 * not fit its file comes back as the mapper's AppError.
 */
export async function buildTables(
  engine: CliEngine,
  meta: NotebookMeta,
  data: readonly LoadedData[],
  reporter: Reporter,
): Promise<Result<BuiltTables>> {
  const mappings: (ChosenMapping & { fileName: string })[] = [];
  for (const file of data) {
    if (file.knowledge) continue;
    const { table, columns } = file.loaded;
    if (file.answerKey) {
      reporter.line(
        `${file.fileName} 是培训答案表：保留为表 ${table}，不映射`,
        `${file.fileName} is a workshop answer key: kept as the table ${table}, not mapped`,
      );
      continue;
    }
    const chosen = await chooseMapping(engine, meta, file.fileName, table, columns);
    mappings.push({ ...chosen, fileName: file.fileName });
    reporter.line(
      `映射 ${file.fileName} → ${chosen.mapping.target}（${chosen.from === 'notebook' ? '笔记本记录的映射' : '自动建议的映射'}）`,
      `mapping ${file.fileName} → ${chosen.mapping.target} (${chosen.from === 'notebook' ? "the notebook's recorded mapping" : 'the proposed mapping'})`,
    );
  }
  const reports: ValidationReport[] = [];
  for (const target of CANONICAL_TABLES) {
    const forTarget: TableMapping[] = mappings.map((m) => m.mapping).filter((m) => m.target === target);
    if (forTarget.length === 0) continue;
    try {
      reports.push(await buildCanonical(engine, target, forTarget));
    } catch (e) {
      const files = mappings.filter((m) => m.mapping.target === target).map((m) => m.fileName);
      const detail = e instanceof Error ? e.message : String(e);
      const error = toAppError(e, {
        kind: 'mapping',
        code: 'mapping.failed',
        message: msg(
          `构建标准表 ${target} 失败（${files.join('、')}）：${detail}`,
          `Building the canonical table ${target} failed (${files.join(', ')}): ${detail}`,
        ),
      });
      return fail({ ...error, file: error.file ?? files.join(', ') });
    }
  }
  return ok({ mappings, reports });
}
