/**
 * The default knowledge layer's size and load time:
 *   npx tsx bench/knowledge-bench.ts [runs]
 * prints the asset's size (gzip and inflated), its rows per table, and per run the time to inflate and
 * parse it and to load it into a fresh DuckDB-WASM engine under Node (KnowledgeBase.loadNhsa, as the
 * kernel does at start-up), then the median. Numbers are printed, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { createNodeEngine } from '../node/engine/duckdb-node-engine';
import { readNhsaKnowledgeFile } from '../node/knowledge/nhsa-knowledge-file';
import { gunzip } from '../workers/knowledge/gunzip';
import { KnowledgeBase } from '../workers/knowledge/knowledge-base';
import { readNhsaKnowledge } from '../workers/knowledge/nhsa-knowledge';

const runs = Math.max(1, Number(process.argv[2] ?? 5));
const gz = await readNhsaKnowledgeFile();
const inflated = await gunzip(gz);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const parseMs: number[] = [];
const loadMs: number[] = [];
let counts: Record<string, number> = {};
for (let i = 0; i < runs; i++) {
  const engine = await createNodeEngine();
  try {
    const t0 = performance.now();
    const { rows } = await readNhsaKnowledge(gz);
    const t1 = performance.now();
    const kb = new KnowledgeBase(engine);
    await kb.loadNhsa(rows);
    const summary = await kb.summary();
    const t2 = performance.now();
    parseMs.push(t1 - t0);
    loadMs.push(t2 - t1);
    counts = { ...summary.tables };
  } finally {
    await engine.close();
  }
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
process.stdout.write(
  `nhsa-knowledge.json.gz: ${kb(gz.length)} gzip, ${kb(inflated.length)} JSON; rows ${JSON.stringify(counts)}\n` +
    `inflate + parse: ${parseMs.map((m) => m.toFixed(0)).join(', ')} ms (median ${median(parseMs).toFixed(0)})\n` +
    `load into DuckDB-WASM (Node): ${loadMs.map((m) => m.toFixed(0)).join(', ')} ms (median ${median(loadMs).toFixed(0)})\n` +
    `${JSON.stringify({
      gzip_bytes: gz.length,
      json_bytes: inflated.length,
      rows: counts,
      parse_ms: Math.round(median(parseMs)),
      load_ms: Math.round(median(loadMs)),
    })}\n`,
);
