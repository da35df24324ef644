import { CANONICAL_MODEL } from '../core/mapping/canonical-model';
import { CANONICAL_TABLES, type CanonicalTable } from '../core/mapping/mapping-types';
import { KNOWLEDGE_TABLES, type KnowledgeTable } from '../core/knowledge/kb-types';
import type { SqlEngine } from '../workers/engine/sql-engine';
import { findModel } from '../workers/models/model-library';
import { runModel } from '../workers/models/run-model';
import type { DataAvailability } from '../workers/rules/rule-availability';
import type { NativeConnection } from '../node/native/native-duckdb';
import { benchModelTable } from './page/model-bench';

/** Native timings of the models that ran in the browser. */
export interface NativeModelTimes {
  readonly perModel: Record<string, { readonly ms: number; readonly entities: number }>;
}

/**
 * Runs the models that ran in the browser on the native connection (after the replay of the browser's
 * loading and mapping, so over the same canonical and knowledge tables) through the same `runModel`
 * code, hence the very same SQL. The browser already decided that their needs are met: every field
 * counts as available here.
 */
export async function runModelsNative(
  conn: NativeConnection,
  ran: readonly string[],
): Promise<NativeModelTimes> {
  const engine = nativeSqlEngine(conn);
  const data: DataAvailability = {
    fields: new Map(
      CANONICAL_TABLES.map((t: CanonicalTable) => [t, new Set(CANONICAL_MODEL[t].map((f) => f.name))]),
    ),
    knowledge: new Map(KNOWLEDGE_TABLES.map((t: KnowledgeTable) => [t, 1])),
    restrictionKinds: new Set<string>(),
  };
  const perModel: Record<string, { ms: number; entities: number }> = {};
  for (const id of ran) {
    const model = findModel(id);
    if (!model) throw new Error(`model ${id} is not in the library`);
    const started = performance.now();
    const outcome = await runModel(engine, data, { model, table: benchModelTable(id) });
    const ms = performance.now() - started;
    perModel[id] = { ms, entities: outcome.status === 'ran' ? outcome.entities : 0 };
  }
  return { perModel };
}

/** The `SqlEngine` surface over a native connection (rows as plain objects, BIGINT as number). */
function nativeSqlEngine(conn: NativeConnection): SqlEngine {
  return {
    async exec(sql) {
      await conn.run(sql);
    },
    async rows<T extends Record<string, unknown>>(sql: string) {
      const reader = (await conn.runAndReadAll(sql)) as { getRowObjects(): Record<string, unknown>[] };
      return reader
        .getRowObjects()
        .map((r) =>
          Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
        ) as T[];
    },
  };
}
