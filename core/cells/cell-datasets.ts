import type { AuditDataset } from '../notebook/audit-log';
import type { Cell, CellId } from '../notebook/cell-types';
import type { DependencyGraph } from '../notebook/dependency-graph';
import { scanSql } from '../notebook/sql-scan';
import { CANONICAL_TABLES } from '../mapping/mapping-types';
import { assertNever } from '../shared/invariant';

/**
 * A loaded file as the audit log sees it: the table it feeds, mapped or not, and its fingerprint. A
 * knowledge layer is one too (`KnowledgeBase.fingerprints`, workers/knowledge): `table` names the layer and
 * `feeds` lists the `kb_*` tables it has rows in.
 */
export interface DatasetFingerprint {
  /** The raw table name in the engine (a knowledge layer: its id, which is no table). */
  readonly table: string;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  /** The canonical table it is mapped to, if any, and the canonical tables derived from it (`also`). */
  readonly mapping?: { readonly target: string; readonly also?: readonly { readonly target: string }[] };
  /** The tables it feeds instead of a raw table of its own (a knowledge layer: its `kb_*` tables). */
  readonly feeds?: readonly string[];
}

/**
 * The tables one source feeds: a file its raw table, its canonical table and the tables derived from
 * it; a source with `feeds` (a knowledge layer) exactly those.
 */
export function tablesFedBy(dataset: DatasetFingerprint): string[] {
  const { mapping, feeds } = dataset;
  if (feeds) return [...feeds];
  return [dataset.table, ...(mapping ? [mapping.target, ...(mapping.also ?? []).map((d) => d.target)] : [])];
}

/**
 * Whether `cell` itself reads `table` (case-insensitive, as in DuckDB): a SQL or custom-rule cell that
 * names it outside strings and comments, a Rule cell (and a custom rule, run by a pack) when it is a
 * canonical table or a knowledge table (`kb_*`), and a Model cell likewise (its model reads them). Charts and parameters read through the cells they
 * depend on; markdown reads nothing.
 */
export function cellReadsTable(cell: Cell, table: string): boolean {
  const name = table.toLowerCase();
  const isRuleInput = (CANONICAL_TABLES as readonly string[]).includes(name) || name.startsWith('kb_');
  switch (cell.type) {
    case 'rule':
    case 'model':
      return isRuleInput;
    case 'custom-rule':
    case 'sql':
      return (
        (cell.type === 'custom-rule' && isRuleInput) ||
        scanSql(cell.source).some((t) => t.kind === 'identifier' && t.name.toLowerCase() === name)
      );
    case 'chart':
    case 'parameter':
    case 'markdown':
    case 'unavailable':
    case 'unknown':
      return false;
    default:
      return assertNever(cell, 'cell type');
  }
}

/**
 * The loaded files (and knowledge layers) a cell's result comes from, as fingerprints for the audit log: every table the cell
 * or the cells it reads (transitively: a chart's source, a SQL view's views, a Rule cell's custom rules)
 * read that a loaded file feeds, directly (its raw table) or through a mapping (the canonical table, or
 * a table derived from it, logged with the source file's fingerprint), or a knowledge layer feeds (each
 * `kb_*` table logged with every layer's fingerprint that has rows in it).
 */
export function cellDatasets(
  cells: readonly Cell[],
  graph: DependencyGraph,
  id: CellId,
  datasets: readonly DatasetFingerprint[],
): AuditDataset[] {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const readers: Cell[] = [];
  const seen = new Set<CellId>();
  const pending: CellId[] = [id];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const cell = byId.get(next);
    if (cell) readers.push(cell);
    pending.push(...(graph.cells.get(next)?.dependsOn ?? []));
  }
  const found = new Map<string, AuditDataset>();
  for (const d of datasets) {
    for (const table of tablesFedBy(d)) {
      if (!readers.some((cell) => cellReadsTable(cell, table))) continue;
      found.set(`${table}:${d.sha256}`, { table, sha256: d.sha256.toLowerCase() });
    }
  }
  return [...found.values()].sort(
    (a, b) => a.table.localeCompare(b.table) || a.sha256.localeCompare(b.sha256),
  );
}
