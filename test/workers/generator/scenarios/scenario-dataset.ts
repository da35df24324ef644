/**
 * A generated dataset with planted scenarios loaded into the real engine under Node as the app loads
 * files: settlement, fee, person and institution CSVs into raw tables, mapped by the proposed mapping,
 * built into canonical tables; the generated knowledge tables created with the app's schema and filled
 * from their CSVs; the answer key as a plain `answers` table (all text).
 */
import type { NodeEngine } from '../../../../node/engine/duckdb-node-engine';
import { CLAIMS_DIR } from '../../../../workers/engine/engine-settings';
import {
  generateCsv,
  generatedTables,
  type GenerateOptions,
} from '../../../../workers/generator/generate-dataset';
import { createKnowledgeTableSql, KNOWLEDGE_SQL_COLUMNS } from '../../../../workers/knowledge/kb-schema';
import type { KnowledgeTable } from '../../../../core/knowledge/kb-types';
import { loadFile } from '../../../../workers/loaders/load-file';
import { nodeParquet } from '../../../../workers/loaders/parquet-node';
import { buildCanonical } from '../../../../workers/mapping/build-canonical';
import type { TableMapping } from '../../../../core/mapping/mapping-types';
import { proposeMapping } from '../../../../workers/mapping/propose-mapping';
import { sampleColumns } from '../../../../workers/mapping/sample-columns';

/** Every table of a dataset as CSV text, by table name. */
export function generateFiles(options: GenerateOptions): Map<string, string> {
  return new Map(generatedTables(options).map((t) => [t, [...generateCsv(t, options)].join('')]));
}

const KNOWLEDGE = new Set<string>(['kb_restriction', 'kb_price_cap']);

/** Loads the files into the engine; returns the canonical tables' mappings. */
export async function loadScenarioDataset(
  engine: NodeEngine,
  files: ReadonlyMap<string, string>,
): Promise<TableMapping[]> {
  const mappings: TableMapping[] = [];
  for (const [table, text] of files) {
    if (KNOWLEDGE.has(table) || table === 'answers') {
      const path = `${CLAIMS_DIR}generated_${table}.csv`;
      await engine.registerBuffer(path, new TextEncoder().encode(text));
      const source = `read_csv('${path}', header = true, all_varchar = true)`;
      if (table === 'answers') {
        await engine.exec(`CREATE OR REPLACE TABLE answers AS SELECT * FROM ${source}`);
        continue;
      }
      const kb = table as KnowledgeTable;
      await engine.exec(createKnowledgeTableSql(kb));
      const columns = KNOWLEDGE_SQL_COLUMNS[kb].map(([name, type]) => `CAST("${name}" AS ${type})`);
      await engine.exec(`INSERT INTO ${kb} SELECT ${columns.join(', ')} FROM ${source}`);
      continue;
    }
    const raw = `raw_${table}`;
    const loaded = await loadFile(engine, new Blob([text]), `${table}.csv`, raw, { parquet: nodeParquet });
    if (!loaded.ok) throw new Error(`${table}: ${loaded.error.message.en}`);
    const samples = await sampleColumns(engine, raw, loaded.value.columns);
    const { mapping } = proposeMapping(raw, loaded.value.columns, samples);
    await buildCanonical(engine, mapping.target, [mapping]);
    mappings.push(mapping);
  }
  return mappings;
}
