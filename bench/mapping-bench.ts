/**
 * `npx tsx bench/mapping-bench.ts [--dir DATA_DIR] [--runs R] [--limit FEE_LINES]`
 *
 * Times mapping a bench dataset's fee lines into the canonical `fee` table on DuckDB-WASM under Node
 * (the engine the tests and the CLI use), three ways: the full national-code mapping with no `setl`
 * built (no derivation), the same with `setl` built (the key join runs, nothing to fill), and a mapping
 * lacking mdtrt_id, psn_no, fixmedins_code and bilg_dr_code, which take them from the settlement
 * (derived keys). Reads the CSVs in place (read-only). Prints a table and, last, one JSON object.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createNodeEngine, type NodeEngine } from '../node/engine/duckdb-node-engine';
import { buildCanonical } from '../workers/mapping/build-canonical';
import type { TableMapping } from '../core/mapping/mapping-types';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    runs: { type: 'string', default: '3' },
    limit: { type: 'string' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const dir =
  values.dir ??
  [path.join(root, 'bench', 'out', 'data-1000000-20240101')].find((d) => existsSync(path.join(d, 'fee.csv')));
const runs = Math.max(1, Number(values.runs));
/** Read only the first N fee lines (a quicker run on a busy machine); the settlements are read whole. */
const limit = values.limit === undefined ? undefined : Number(values.limit);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function loadRaw(engine: NodeEngine, table: string, file: string, rows?: number): Promise<string[]> {
  const name = `/claims/${table}.csv`;
  await engine.registerLocalFile(name, file);
  await engine.exec(
    `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv('${name}', header = true, all_varchar = true)${rows === undefined ? '' : ` LIMIT ${rows}`}`,
  );
  const cols = await engine.rows<{ column_name: string }>(`DESCRIBE ${table}`);
  return cols.map((c) => c.column_name);
}

const identity = (
  source: string,
  target: TableMapping['target'],
  columns: readonly string[],
): TableMapping => ({
  source,
  target,
  columns: Object.fromEntries(columns.map((c) => [c, c])),
});

async function time(engine: NodeEngine, mapping: TableMapping): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await buildCanonical(engine, 'fee', [mapping]);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main(): Promise<void> {
  if (!dir) throw new Error('no bench dataset: run `npm run generate` or pass --dir');
  const engine = await createNodeEngine();
  try {
    const feeColumns = await loadRaw(engine, 'raw_fee', path.join(dir, 'fee.csv'), limit);
    const setlColumns = await loadRaw(engine, 'raw_setl', path.join(dir, 'setl.csv'));
    const [count] = await engine.rows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM raw_fee');
    const full = identity('raw_fee', 'fee', feeColumns);
    const lacking = identity(
      'raw_fee',
      'fee',
      feeColumns.filter((c) => !['mdtrt_id', 'psn_no', 'fixmedins_code', 'bilg_dr_code'].includes(c)),
    );
    await engine.exec('DROP TABLE IF EXISTS setl');
    const noSetl = await time(engine, full);
    const setlStarted = performance.now();
    await buildCanonical(engine, 'setl', [identity('raw_setl', 'setl', setlColumns)]);
    const setlMs = performance.now() - setlStarted;
    const withSetl = await time(engine, full);
    const derived = await time(engine, lacking);
    const report = await buildCanonical(engine, 'fee', [lacking]);
    const rows = [
      ['map setl', setlMs],
      ['map fee, full mapping, no setl (no derivation)', noSetl],
      ['map fee, full mapping, setl built (key join, nothing to fill)', withSetl],
      ['map fee without mdtrt_id/psn_no/fixmedins_code/bilg_dr_code (derived keys)', derived],
    ] as const;
    console.log(`${(count?.n ?? 0).toLocaleString()} fee lines from ${dir}, median of ${runs}`);
    for (const [label, ms] of rows)
      console.log(`${label.padEnd(80)} ${Math.round(ms).toString().padStart(7)} ms`);
    console.log(`derived keys / no derivation: ${(derived / noSetl).toFixed(2)}×`);
    console.log(
      JSON.stringify({
        lines: count?.n ?? 0,
        setl_ms: Math.round(setlMs),
        fee_no_setl_ms: Math.round(noSetl),
        fee_setl_ms: Math.round(withSetl),
        fee_derived_ms: Math.round(derived),
        filled: report.filled ?? [],
      }),
    );
  } finally {
    await engine.close();
  }
}

await main();
