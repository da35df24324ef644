import type { CanonicalTable, TableMapping } from '../api';
import { CLAIMS_DIR } from '../engine/engine-settings';
import type { FileEngine, SqlEngine } from '../engine/sql-engine';
import { quoteIdent } from '../engine/sql-quote';
import { loadFile, type LoadFileOptions } from '../loaders/load-file';
import { buildCanonical } from '../mapping/build-canonical';
import { proposeMapping } from '../mapping/propose-mapping';
import { sampleColumns } from '../mapping/sample-columns';
import { problemsTable } from '../mapping/validate-mapping';
import { CANONICAL_TABLES } from '../../core/mapping/mapping-types';
import { AppErrorException } from '../../core/shared/errors';
import type { GeneratedFile } from './generated-parts';

/** The schema the demo is kept in, apart from the user's canonical tables. */
export const DEMO_SCHEMA = 'demo';

/** Where the demo's raw tables are loaded while its separate tables are built (the `_cl_` names are internal). */
const STAGING_PREFIX = '_cl_demo_';

/**
 * Builds the demo's canonical tables in schema `demo` (`demo.setl`, `demo.fee`, …) from its generated
 * data files, never touching the canonical tables of schema `main` that rules and models read. The raw
 * tables are staged under internal names and dropped afterwards. Returns the qualified table names.
 * Replaces an earlier copy (idempotent).
 */
export async function keepDemoApart(
  engine: FileEngine,
  files: readonly GeneratedFile[],
  options: Pick<LoadFileOptions, 'signal' | 'createSink' | 'parquet'>,
): Promise<string[]> {
  const staged: string[] = [];
  try {
    const mappings: TableMapping[] = [];
    for (const file of files) {
      const table = `${STAGING_PREFIX}${file.name.replace(/\.[^.]*$/, '')}`;
      await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
      const loaded = await loadFile(engine, file.blob, file.name, table, options);
      if (!loaded.ok) throw new AppErrorException(loaded.error);
      staged.push(table);
      const samples = await sampleColumns(engine, table, loaded.value.columns);
      mappings.push(proposeMapping(table, loaded.value.columns, samples).mapping);
    }
    await engine.exec(`CREATE SCHEMA IF NOT EXISTS ${DEMO_SCHEMA}`);
    const built: string[] = [];
    for (const target of CANONICAL_TABLES) {
      const feeding = mappings.filter((m) => m.target === target);
      if (feeding.length === 0) continue;
      options.signal?.throwIfAborted();
      await buildCanonical(inDemoSchema(engine, target), target, feeding, { signal: options.signal });
      built.push(`${DEMO_SCHEMA}.${target}`);
    }
    return built;
  } finally {
    for (const table of staged) {
      await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`).catch(() => undefined);
      await engine.dropFile(`${CLAIMS_DIR}${table}`).catch(() => undefined);
    }
  }
}

/** Drops the separate demo schema; false when there was none. */
export async function removeDemoApart(engine: SqlEngine): Promise<boolean> {
  const [row] = await engine.rows<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM duckdb_schemas()
     WHERE database_name = current_database() AND schema_name = '${DEMO_SCHEMA}'`,
  );
  if (Number(row?.n ?? 0) === 0) return false;
  await engine.exec(`DROP SCHEMA ${DEMO_SCHEMA} CASCADE`);
  return true;
}

/**
 * The engine as `buildCanonical` sees it while building the demo's copy of `target`: every reference to
 * the canonical table and its problems table (always written quoted, as `quoteIdent` writes them) is
 * qualified with schema `demo`. The build itself is the one the user's tables get, unchanged.
 */
function inDemoSchema(engine: SqlEngine, target: CanonicalTable): SqlEngine {
  const names = [quoteIdent(target), quoteIdent(problemsTable(target))];
  const qualify = (sql: string) =>
    names.reduce((text, name) => text.replaceAll(name, `${DEMO_SCHEMA}.${name}`), sql);
  return {
    exec: (sql, options) => engine.exec(qualify(sql), options),
    rows: (sql) => engine.rows(qualify(sql)),
  };
}
