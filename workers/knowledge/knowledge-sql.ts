import { quoteIdent } from '../engine/sql-quote';
import { KNOWLEDGE_SQL_COLUMNS, createKnowledgeTableSql } from './kb-schema';
import type { KnowledgeTable } from '../../core/knowledge/kb-types';
import { KNOWLEDGE_KEYS } from './knowledge-rows';

/**
 * SQL of the layered knowledge store. Only table and column names the app defines appear in it; user
 * values reach the engine as Arrow data (kb-arrow.ts), never inside SQL text.
 */

/** The table holding every layer's rows of `table`, with `layer_rank` and `row_no` in front. */
export const layersTable = (table: KnowledgeTable): string => `_${table}_layers`;

/** The staging table an Arrow batch lands in before it joins its layers table. */
export const INCOMING_TABLE = '_kb_incoming';

/** Creates (or empties) the layers table of `table` (every value kept as text). */
export function createLayersSql(table: KnowledgeTable): string {
  const columns = KNOWLEDGE_SQL_COLUMNS[table].map(([name]) => `${quoteIdent(name)} VARCHAR`).join(', ');
  return `CREATE OR REPLACE TABLE ${layersTable(table)} (layer_rank INTEGER, row_no INTEGER, ${columns})`;
}

/** The rows of the layers table in force: the last row of the highest-ranked layer per key. */
function newestSql(table: KnowledgeTable, select: string): string {
  const keys = KNOWLEDGE_KEYS[table].map((k) => quoteIdent(String(k))).join(', ');
  return `SELECT ${select} FROM ${layersTable(table)}
QUALIFY row_number() OVER (PARTITION BY ${keys} ORDER BY layer_rank DESC, row_no DESC) = 1`;
}

/** Statements that rebuild `table` (typed as kb-schema says) from its layers. */
export function rebuildSql(table: KnowledgeTable): string[] {
  const columns = KNOWLEDGE_SQL_COLUMNS[table];
  const names = columns.map(([name]) => quoteIdent(name)).join(', ');
  const casts = columns
    .map(([name, type]) => `CAST(${quoteIdent(name)} AS ${type}) AS ${quoteIdent(name)}`)
    .join(', ');
  const order = KNOWLEDGE_KEYS[table].map((k) => quoteIdent(String(k))).join(', ');
  return [
    createKnowledgeTableSql(table),
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM (${newestSql(table, casts)}) ORDER BY ${order}`,
  ];
}

/** Per layer rank: rows held and rows in force. */
export function layerCountsSql(table: KnowledgeTable): string {
  return `SELECT layer_rank, count(*) AS n, 0 AS in_force FROM ${layersTable(table)} GROUP BY layer_rank
UNION ALL
SELECT layer_rank, 0 AS n, count(*) AS in_force FROM (${newestSql(table, 'layer_rank')}) GROUP BY layer_rank`;
}
