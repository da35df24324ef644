/**
 * The embedded demo dataset's base data — the demo's seed and size with no scenario planted, so the
 * rule tests know every true positive is one they planted — loaded into the real engine under Node
 * exactly as the app loads it: each CSV into a raw table, mapped by the proposed mapping, built into the
 * canonical tables. The synthetic knowledge file is left out (tests choose their knowledge).
 */
import type { NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { DEMO_OPTIONS } from '../../../workers/generator/demo-dataset';
import { GENERATED_TABLES, generateCsv } from '../../../workers/generator/generate-dataset';
import { loadFile } from '../../../workers/loaders/load-file';
import { nodeParquet } from '../../../workers/loaders/parquet-node';
import { buildCanonical } from '../../../workers/mapping/build-canonical';
import type { TableMapping } from '../../../core/mapping/mapping-types';
import { proposeMapping } from '../../../workers/mapping/propose-mapping';
import { sampleColumns } from '../../../workers/mapping/sample-columns';

/** Loads and maps the base data's settlement, fee, person and institution files; returns the mappings. */
export async function loadDemoCanonical(engine: NodeEngine): Promise<TableMapping[]> {
  const mappings: TableMapping[] = [];
  const { scenarios: _planted, ...base } = DEMO_OPTIONS;
  for (const name of GENERATED_TABLES) {
    if (name.startsWith('kb_')) continue;
    const file = { name: `${name}.csv`, text: [...generateCsv(name, base)].join('') };
    const table = `raw_${file.name.replace(/\.csv$/, '')}`;
    const loaded = await loadFile(engine, new Blob([file.text]), file.name, table, {
      parquet: nodeParquet,
    });
    if (!loaded.ok) throw new Error(`${file.name}: ${loaded.error.message.en}`);
    const samples = await sampleColumns(engine, table, loaded.value.columns);
    const { mapping } = proposeMapping(table, loaded.value.columns, samples);
    await buildCanonical(engine, mapping.target, [mapping]);
    mappings.push(mapping);
  }
  return mappings;
}
