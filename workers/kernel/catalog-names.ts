import type { CatalogEntry } from '../../core/notebook/name-registry';
import type { SqlEngine } from '../engine/sql-engine';

/**
 * Every table and view user SQL can see (any database, any schema: `claims.main`, the connection's own
 * `temp`, `memory`), for the name registry's check of a cell's result names. Run where user SQL runs.
 */
export async function catalogEntries(engine: Pick<SqlEngine, 'rows'>): Promise<CatalogEntry[]> {
  return engine.rows<{ name: string; kind: 'table' | 'view' }>(
    `SELECT table_name AS name, 'table' AS kind FROM duckdb_tables() WHERE NOT internal
     UNION ALL SELECT view_name AS name, 'view' AS kind FROM duckdb_views() WHERE NOT internal`,
  );
}

/** Whether `name` is in `names`, ignoring case as DuckDB does. */
export function hasName(names: Iterable<string>, name: string): boolean {
  const lower = name.toLowerCase();
  for (const n of names) if (n.toLowerCase() === lower) return true;
  return false;
}
