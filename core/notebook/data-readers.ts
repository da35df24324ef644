import { CANONICAL_TABLES } from '../mapping/mapping-types';
import type { Cell, CellId } from './cell-types';
import { scanSql } from './sql-scan';

/** Whether a Rule cell reads `table`: its pack reads canonical tables and the knowledge tables (kb_*). */
function isRuleInput(table: string): boolean {
  return (CANONICAL_TABLES as readonly string[]).includes(table) || table.startsWith('kb_');
}

/**
 * The cells that read one of `tables` (loaded, removed, remapped or regenerated data) directly: a SQL
 * cell that names one of them outside strings and comments (a qualified `demo.setl` names the schema
 * `demo`, not `setl`), a Rule or Model cell when one of them is a canonical or knowledge table. Cells that read
 * those cells are found through the dependency graph (`markStale`). Case-insensitive, as in DuckDB.
 */
export function cellsReadingTables(cells: readonly Cell[], tables: readonly string[]): CellId[] {
  const changed = new Set(tables.map((t) => t.toLowerCase()));
  const readsRules = [...changed].some(isRuleInput);
  return cells
    .filter((cell) => {
      switch (cell.type) {
        case 'sql':
          return scanSql(cell.source).some(
            (t) => t.kind === 'identifier' && changed.has(t.name.toLowerCase()),
          );
        case 'rule':
        case 'model':
          return readsRules;
        default:
          return false;
      }
    })
    .map((cell) => cell.id);
}
