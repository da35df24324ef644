import type { DatasetInfo, KernelApi } from '../workers/api';
import { CANONICAL_TABLES, type ValidationReport } from '../core/mapping/mapping-types';
import { fail, ok, type Result } from '../core/shared/errors';
import { newJobId } from '../core/shared/ids';
import { msg } from '../core/shared/msg';
import type { NotebookMeta } from '../core/notebook/notebook-types';
import { appliedColumns, derivedColumns, type AppliedColumn, type MappingOrigin } from './applied-mapping';
import { chooseMapping, type ChosenMapping } from './choose-mapping';
import type { LoadedData } from './load-data';
import type { MappingFile } from './mapping-file';
import type { Reporter } from './reporter';

/** The canonical tables built, with the mapping each file got. */
export interface BuiltTables {
  /** Per mapped data file, in load order. */
  readonly mappings: readonly (ChosenMapping & { readonly dataset: DatasetInfo })[];
  /** The validation report of each canonical table built, in canonical order. */
  readonly reports: readonly ValidationReport[];
  /** The mapping applied, field by field, then the keys the build derived (applied-mapping.ts). */
  readonly applied: readonly AppliedColumn[];
}

const ORIGIN_LABEL: Record<MappingOrigin, [zh: string, en: string]> = {
  'mapping-file': ['映射文件', 'the mapping file'],
  notebook: ['笔记本记录的映射', "the notebook's recorded mapping"],
  proposal: ['自动建议的映射', 'the proposed mapping'],
};

/**
 * Maps each loaded dataset (answer keys aside) onto its canonical table through the kernel
 * (`applyMapping`), which builds the table: several files mapped to one table (monthly extracts) are
 * combined, as in the app. The mapping is the `--mapping` file's entry for the file, else the notebook's,
 * else the proposal (choose-mapping.ts); a proposed field below the confirmation threshold is applied
 * and warned about. A mapping that does not fit its file comes back as an AppError naming the file.
 */
export async function buildTables(
  kernel: Pick<KernelApi, 'proposeMapping' | 'applyMapping' | 'validationReports'>,
  meta: NotebookMeta,
  data: readonly LoadedData[],
  reporter: Reporter,
  mappingFile?: MappingFile,
): Promise<Result<BuiltTables>> {
  const mappings: (ChosenMapping & { dataset: DatasetInfo })[] = [];
  const applied: AppliedColumn[] = [];
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
    const chosen = await chooseMapping(kernel, meta, file.info, mappingFile);
    if (!chosen.ok) return chosen;
    const { mapping, from, proposal } = chosen.value;
    const [zh, en] = ORIGIN_LABEL[from];
    reporter.line(
      `映射 ${fileName} → ${mapping.target}（${zh}）`,
      `mapping ${fileName} → ${mapping.target} (${en})`,
    );
    const columns = appliedColumns(fileName, mapping, from, proposal);
    for (const c of columns) if (c.confirm) reporter.warning(lowConfidence(c));
    const applyResult = await kernel.applyMapping(mapping, newJobId());
    if (!applyResult.ok) return fail({ ...applyResult.error, file: applyResult.error.file ?? fileName });
    mappings.push({ ...chosen.value, dataset: file.info });
    applied.push(...columns);
  }
  const order = (r: ValidationReport) => CANONICAL_TABLES.indexOf(r.target);
  const reports = [...(await kernel.validationReports())].sort((a, b) => order(a) - order(b));
  return ok({ mappings, reports, applied: [...applied, ...derivedColumns(reports)] });
}

const lowConfidence = (c: AppliedColumn) => ({
  code: 'mapping.low-confidence',
  file: c.file,
  message: msg(
    `${c.column ? `列“${c.column}”` : `常量“${c.constant ?? ''}”`} → ${c.table}.${c.field} 置信度 ${(c.confidence ?? 0).toFixed(2)}，需确认：已按建议应用；如不对，请用 claimlens map 写出映射文件、改正后以 --mapping 运行。`,
    `${c.column ? `column "${c.column}"` : `constant "${c.constant ?? ''}"`} → ${c.table}.${c.field} has confidence ${(c.confidence ?? 0).toFixed(2)}, confirm it: applied as proposed; if it is wrong, write a mapping file with claimlens map, correct it and run with --mapping.`,
  ),
});
