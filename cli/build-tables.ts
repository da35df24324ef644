import type { DatasetInfo, KernelApi } from '../workers/api';
import { CANONICAL_TABLES, type ValidationReport } from '../core/mapping/mapping-types';
import { fail, ok, type Result } from '../core/shared/errors';
import { newJobId } from '../core/shared/ids';
import type { NotebookMeta } from '../core/notebook/notebook-types';
import { chooseMapping, type ChosenMapping } from './choose-mapping';
import type { LoadedData } from './load-data';
import type { Reporter } from './reporter';

/** The canonical tables built, with the mapping each file got. */
export interface BuiltTables {
  /** Per mapped data file, in load order. */
  readonly mappings: readonly (ChosenMapping & { readonly dataset: DatasetInfo })[];
  /** The validation report of each canonical table built, in canonical order. */
  readonly reports: readonly ValidationReport[];
}

/**
 * Maps each loaded dataset (answer keys aside) onto its canonical table through the kernel
 * (`applyMapping`), which builds the table: several files mapped to one table (monthly extracts) are
 * combined, as in the app. A mapping that does not fit its file comes back as the mapper's AppError,
 * naming the file.
 */
export async function buildTables(
  kernel: Pick<KernelApi, 'proposeMapping' | 'applyMapping' | 'validationReports'>,
  meta: NotebookMeta,
  data: readonly LoadedData[],
  reporter: Reporter,
): Promise<Result<BuiltTables>> {
  const mappings: (ChosenMapping & { dataset: DatasetInfo })[] = [];
  for (const file of data) {
    if (file.kind !== 'dataset') continue;
    const { fileName, table } = file.info;
    if (file.answerKey) {
      reporter.line(
        `${fileName} 是培训答案表：保留为表 ${table}，不映射`,
        `${fileName} is a workshop answer key: kept as the table ${table}, not mapped`,
      );
      continue;
    }
    const chosen = await chooseMapping(kernel, meta, file.info);
    if (!chosen.ok) return chosen;
    const { mapping, from } = chosen.value;
    reporter.line(
      `映射 ${fileName} → ${mapping.target}（${from === 'notebook' ? '笔记本记录的映射' : '自动建议的映射'}）`,
      `mapping ${fileName} → ${mapping.target} (${from === 'notebook' ? "the notebook's recorded mapping" : 'the proposed mapping'})`,
    );
    const applied = await kernel.applyMapping(mapping, newJobId());
    if (!applied.ok) return fail({ ...applied.error, file: applied.error.file ?? fileName });
    mappings.push({ ...chosen.value, dataset: file.info });
  }
  const order = (r: ValidationReport) => CANONICAL_TABLES.indexOf(r.target);
  const reports = [...(await kernel.validationReports())].sort((a, b) => order(a) - order(b));
  return ok({ mappings, reports });
}
