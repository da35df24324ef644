import type { ColumnInfo } from '../workers/api';
import type { TableMapping } from '../core/mapping/mapping-types';
import { proposeMapping } from '../workers/mapping/propose-mapping';
import { sampleColumns } from '../workers/mapping/sample-columns';
import type { SqlEngine } from '../workers/engine/sql-engine';
import type { NotebookMeta } from '../core/notebook/notebook-types';

/** The mapping a data file gets, and where it came from. */
export interface ChosenMapping {
  readonly mapping: TableMapping;
  /** `notebook`: the mapping the notebook recorded for this file; `proposal`: the mapper's proposal. */
  readonly from: 'notebook' | 'proposal';
}

/**
 * The mapping for a loaded raw table: the notebook's recorded mapping for it (its `source` is the raw
 * table the app made from the same file name; else the one mapping recorded for the canonical table the
 * notebook binds this file name to), otherwise the proposal, as the app's demo load applies it.
 */
export async function chooseMapping(
  engine: SqlEngine,
  meta: NotebookMeta,
  fileName: string,
  table: string,
  columns: readonly ColumnInfo[],
): Promise<ChosenMapping> {
  const recorded = recordedMapping(meta, fileName, table);
  if (recorded) return { mapping: recorded, from: 'notebook' };
  const samples = await sampleColumns(engine, table, columns);
  return { mapping: proposeMapping(table, columns, samples).mapping, from: 'proposal' };
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
