import type { KnowledgeTable } from '../../core/knowledge/kb-types';
import { rowKey, type KnowledgeRowOf } from './knowledge-rows';

/**
 * The rows in force: for each key the LAST row given wins (pass rows oldest first). The result is
 * sorted by key, so the same rows in any order give the same output.
 */
export function newestPerKey<T extends KnowledgeTable>(
  table: T,
  rowsOldestFirst: Iterable<KnowledgeRowOf[T]>,
): KnowledgeRowOf[T][] {
  const byKey = new Map<string, KnowledgeRowOf[T]>();
  for (const row of rowsOldestFirst) {
    const key = rowKey(table, row);
    byKey.delete(key);
    byKey.set(key, row);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}
