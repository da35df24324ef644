import { KNOWLEDGE_TABLES } from '../../core/knowledge/kb-types';
import { KNOWLEDGE_SQL_COLUMNS } from './kb-schema';
import type { KnowledgeRows } from './knowledge-rows';

/** Hex SHA-256 of some bytes (WebCrypto: the same digest in the browser's worker and under Node). */
export async function sha256Bytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Hex SHA-256 of a layer's rows when it has no file of its own (the demo's synthetic layer): of their
 * canonical serialisation, the UTF-8 JSON of `[[table, [[value, …], …]], …]` with the tables in
 * `KNOWLEDGE_TABLES` order, the rows in their order and each row's values as the text the engine stores
 * (`KNOWLEDGE_SQL_COLUMNS` order, a missing value as ''). Equal rows give an equal hash on every host.
 */
export function knowledgeRowsSha256(rows: KnowledgeRows): Promise<string> {
  const canonical = KNOWLEDGE_TABLES.map((table) => [
    table,
    (rows[table] ?? ([] as readonly object[])).map((row: object) =>
      KNOWLEDGE_SQL_COLUMNS[table].map(([name]) => String((row as Record<string, unknown>)[name] ?? '')),
    ),
  ]);
  return sha256Bytes(new TextEncoder().encode(JSON.stringify(canonical)));
}
