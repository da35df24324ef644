import type { AuditDataset } from '../notebook/audit-log';
import type { Cell, CellId } from '../notebook/cell-types';
import type { DependencyGraph } from '../notebook/dependency-graph';
import { scanSql } from '../notebook/sql-scan';

/** A loaded file as the audit log sees it: the table it feeds, mapped or not, and its fingerprint. */
export interface DatasetFingerprint {
  /** The raw table name in the engine. */
  readonly table: string;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  /** The canonical table it is mapped to, if any. */
  readonly mapping?: { readonly target: string };
}

/**
 * The loaded files a cell's result comes from, as fingerprints for the audit log: every table named in
 * the cell's SQL or in the SQL of the cells it reads (transitively) that a loaded file feeds, directly
 * (its raw table) or through a mapping (the canonical table).
 */
export function cellDatasets(
  cells: readonly Cell[],
  graph: DependencyGraph,
  id: CellId,
  datasets: readonly DatasetFingerprint[],
): AuditDataset[] {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const names = new Set<string>();
  const seen = new Set<CellId>();
  const pending: CellId[] = [id];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const cell = byId.get(next);
    if (cell?.type === 'sql') {
      for (const token of scanSql(cell.source))
        if (token.kind === 'identifier') names.add(token.name.toLowerCase());
    }
    pending.push(...(graph.cells.get(next)?.dependsOn ?? []));
  }
  const found = new Map<string, AuditDataset>();
  for (const d of datasets) {
    for (const table of [d.table, d.mapping?.target]) {
      if (table === undefined || !names.has(table.toLowerCase())) continue;
      found.set(`${table}:${d.sha256}`, { table, sha256: d.sha256 });
    }
  }
  return [...found.values()].sort(
    (a, b) => a.table.localeCompare(b.table) || a.sha256.localeCompare(b.sha256),
  );
}
