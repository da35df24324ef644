import type { DatasetInfo, KernelApi } from '../workers/api';
import type { MappingProposal, TableMapping } from '../core/mapping/mapping-types';
import { fail, ok, type Result } from '../core/shared/errors';
import type { NotebookMeta } from '../core/notebook/notebook-types';
import type { MappingOrigin } from './applied-mapping';
import { checkEntryFits, type MappingFile } from './mapping-file';

/** The mapping a data file gets, and where it came from. */
export interface ChosenMapping {
  readonly mapping: TableMapping;
  /**
   * `mapping-file`: the `--mapping` file's entry for this file name; `notebook`: the mapping the notebook
   * recorded for this file; `proposal`: the mapper's proposal.
   */
  readonly from: MappingOrigin;
  /** The mapper's proposal with its reasons and confidence (when `from` is `proposal`). */
  readonly proposal?: MappingProposal;
}

/**
 * The CLI's mapping policy for a loaded dataset: the `--mapping` file's entry whose `source` is the
 * file's name (refused, naming the mapping file, line and field, when a column it names is not in the
 * file); else the notebook's recorded mapping for it (its `source` is the raw table the app made from
 * the same file name; else the one mapping recorded for the canonical table the notebook binds this file
 * name to); otherwise the kernel's proposal, as the app's demo load applies it.
 */
export async function chooseMapping(
  kernel: Pick<KernelApi, 'proposeMapping'>,
  meta: NotebookMeta,
  dataset: DatasetInfo,
  mappingFile?: MappingFile,
): Promise<Result<ChosenMapping>> {
  const entry = mappingFile?.entries.find((e) => e.mapping.source === dataset.fileName);
  if (mappingFile && entry) {
    const problem = checkEntryFits(
      mappingFile,
      entry,
      dataset.columns.map((c) => c.name),
    );
    if (problem) return fail({ kind: 'mapping', ...problem });
    return ok({ mapping: { ...entry.mapping, source: dataset.table }, from: 'mapping-file' });
  }
  const recorded = recordedMapping(meta, dataset.fileName, dataset.table);
  if (recorded) return ok({ mapping: recorded, from: 'notebook' });
  const proposal = await kernel.proposeMapping(dataset.id);
  return proposal.ok
    ? ok({ mapping: proposal.value.mapping, from: 'proposal', proposal: proposal.value })
    : fail(proposal.error);
}

function recordedMapping(meta: NotebookMeta, fileName: string, table: string): TableMapping | undefined {
  const bySource = meta.mappings.find((m) => m.source === table);
  if (bySource) return bySource;
  const binding = meta.datasets.find((d) => d.file === fileName);
  if (!binding) return undefined;
  const forTable = meta.mappings.filter((m) => m.target === binding.table);
  const only = forTable.length === 1 ? forTable[0] : undefined;
  return only ? { ...only, source: table } : undefined;
}
