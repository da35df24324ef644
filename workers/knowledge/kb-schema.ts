import type { KnowledgeTable } from '../../core/knowledge/kb-types';

/** Each knowledge table's SQL columns (what rules read), in order. */
export const KNOWLEDGE_SQL_COLUMNS: Readonly<Record<KnowledgeTable, readonly (readonly [string, string])[]>> =
  {
    kb_restriction: [
      ['code', 'VARCHAR'],
      ['kind', 'VARCHAR'],
      ['param', 'VARCHAR'],
      ['source', 'VARCHAR'],
    ],
    kb_exclusive_pair: [
      ['code_a', 'VARCHAR'],
      ['code_b', 'VARCHAR'],
      ['window', 'VARCHAR'],
      ['source', 'VARCHAR'],
    ],
    kb_price_cap: [
      ['code', 'VARCHAR'],
      ['medins_lv', 'VARCHAR'],
      ['max_pric', 'DECIMAL(18,4)'],
      ['source', 'VARCHAR'],
    ],
    kb_frequency: [
      ['code', 'VARCHAR'],
      ['period', 'VARCHAR'],
      ['max_cnt', 'DECIMAL(18,4)'],
      ['source', 'VARCHAR'],
    ],
  };

/** `CREATE OR REPLACE TABLE` for an empty knowledge table. */
export function createKnowledgeTableSql(table: KnowledgeTable): string {
  const columns = KNOWLEDGE_SQL_COLUMNS[table].map(([name, type]) => `"${name}" ${type}`).join(', ');
  return `CREATE OR REPLACE TABLE ${table} (${columns})`;
}
