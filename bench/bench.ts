/**
 * `npm run bench [-- --lines N --seed S --runs R --no-build --no-native --no-generate --encoding utf8|gbk --headers code|zh]`
 *
 * Generates a settlement dataset, loads it in headless Chromium through the app's real code (kernel
 * worker, loaders, mapping), times the load and a fixed set of audit queries, then replays the very
 * statements the browser engine ran, and the same queries, on native DuckDB (1 thread). Then times
 * generating `--lines` fee lines (every scenario) in a browser worker and in Node, and the app's workshop
 * path (generate + load) in the kernel; every model of the library at its defaults (Model cells' path),
 * native DuckDB running the same models' SQL; under Node, mapping fee lines with keys derived from the
 * settlement (bench/mapping-bench.ts) and loading the NHSA knowledge layer (bench/knowledge-bench.ts).
 * Prints a table and, as its last line, one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { ensureDataset } from './bench-data';
import { benchWorkshopOptions, measureBrowserGeneration, type BrowserGeneration } from './bench-generate';
import { runNative } from './bench-native';
import { digestDatasetInNode } from './node-table-digest';
import { runNotebookBench, type NotebookBenchResult } from './notebook-bench';
import { measureRunAllCalls, type RunAllCalls } from './run-all-calls';
import { BENCH_QUERIES } from './queries';
import { BENCH_KNOWLEDGE_SQL } from './bench-knowledge';
import { runRulesNative, type NativeRulesTimes } from './rules-native';
import { runModelsNative, type NativeModelTimes } from './models-native';
import { modelsThatRan, type ModelsBenchResult } from './page/model-bench';
import type { BenchHarness, RulesBenchResult } from './page/bench-entry';
import type { DatasetDigest } from './table-digest';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '20240101' },
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    'no-native': { type: 'boolean', default: false },
    'no-notebook': { type: 'boolean', default: false },
    'no-rules': { type: 'boolean', default: false },
    'no-models': { type: 'boolean', default: false },
    'no-mapping': { type: 'boolean', default: false },
    'no-knowledge': { type: 'boolean', default: false },
    'no-generate': { type: 'boolean', default: false },
    encoding: { type: 'string', default: 'utf8' },
    headers: { type: 'string', default: 'code' },
  },
});
const lines = Number(values.lines);
const seed = Number(values.seed);
const runs = Math.max(1, Number(values.runs));
const root = path.resolve(import.meta.dirname, '..');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x);

async function main(): Promise<void> {
  const encoding = values.encoding === 'gbk' ? 'gbk' : 'utf8';
  const headers = values.headers === 'zh' ? 'zh' : 'code';
  // The queries name the national field names; kb_restriction keeps its Chinese headers in a zh dataset
  // (it is a knowledge table, not mapped), so a zh run measures loading and mapping only.
  const queries = headers === 'code' ? BENCH_QUERIES : [];
  const data = await ensureDataset({ lines, seed, dir: path.join(root, 'bench', 'out'), encoding, headers });
  if (!values['no-build'] || !existsSync(path.join(root, 'dist', 'bench', 'page', 'index.html'))) {
    console.log('building the app (vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const base = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const browserTimes: Record<string, number> = {};
  const browserRows: Record<string, number> = {};
  let load: Awaited<ReturnType<BenchHarness['load']>>;
  let log: string[];
  let demoReadyMs: number;
  let rules: RulesBenchResult | undefined;
  let models: ModelsBenchResult | undefined;
  let generation: BrowserGeneration | undefined;
  let firstPage: FirstPageBench | undefined;
  let runAll: RunAllCalls | undefined;
  try {
    // First paint with the demo data ready, on the built site.
    const appPage = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const t0 = Date.now();
    await appPage.goto(base);
    await appPage.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    demoReadyMs = Date.now() - t0;
    await appPage.close();

    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    // The kernel's warnings (e.g. a file read that failed and was retried) belong in the bench's output.
    page.on('worker', (w) =>
      w.on('console', (m) => {
        if (m.type() === 'warning' || m.type() === 'error') console.error(`worker ${m.type()}: ${m.text()}`);
      }),
    );
    await page.goto(new URL('bench/page/index.html', base).href);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    await page.setInputFiles('#files', data.files);
    console.log(`loading ${data.files.length} files (${(data.bytes / 1e6).toFixed(0)} MB) in Chromium…`);
    load = await page.evaluate(() =>
      (window as unknown as { claimlensBench: BenchHarness }).claimlensBench.load(),
    );
    console.log(`loaded tables (rows): ${JSON.stringify(load.rows)}`);
    for (const q of queries) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await page.evaluate(
          (sql) => (window as unknown as { claimlensBench: BenchHarness }).claimlensBench.query(sql),
          q.sql,
        );
        times.push(r.ms);
        browserRows[q.id] = r.rows;
      }
      browserTimes[q.id] = median(times);
    }
    // Loading and mapping only: native DuckDB replays these (a notebook cell's statements after them
    // read views the replay does not make).
    log = await page.evaluate(() =>
      (window as unknown as { claimlensBench: BenchHarness }).claimlensBench.engineLog(),
    );
    if (headers === 'code') {
      // `SELECT * FROM fee` as a notebook cell: its first page, and this tab's JS heap before and after
      // (garbage collected first, through the DevTools protocol).
      const cdp = await page.context().newCDPSession(page);
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const heapBefore = await heap();
      const r = await page.evaluate(
        (sql) => (window as unknown as { claimlensBench: BenchHarness }).claimlensBench.firstPage(sql),
        'SELECT * FROM fee',
      );
      firstPage = { ...r, heapBefore, heapAfter: await heap() };
    }
    // After the log is taken: native DuckDB runs the pack from its exported script, not from the log.
    if (!values['no-rules'] && headers === 'code') {
      console.log('running the full rule pack in Chromium…');
      rules = await page.evaluate(() =>
        (window as unknown as { claimlensBench: BenchHarness }).claimlensBench.runRules(),
      );
    }
    if (!values['no-models'] && headers === 'code') {
      console.log('running every model of the library in Chromium…');
      models = await page.evaluate(() =>
        (window as unknown as { claimlensBench: BenchHarness }).claimlensBench.runModels(),
      );
    }
    await page.close();
    // Kernel calls of "run all" on a shipped notebook, over the demo data.
    runAll = await measureRunAllCalls(browser, base, 'rule-review');
    if (!values['no-generate']) {
      console.log(`generating ${lines.toLocaleString()} fee lines in Chromium (worker, then kernel)…`);
      const url = new URL('bench/page/index.html', base).href;
      generation = await measureBrowserGeneration(browser, url, benchWorkshopOptions(lines, seed));
    }
  } finally {
    await browser.close();
  }
  // The notebook UI: a 200-cell notebook opening, and typing while a query runs (its own Chromium).
  let notebookUi: NotebookBenchResult | undefined;
  try {
    if (!values['no-notebook']) notebookUi = await runNotebookBench({ baseUrl: base, runs });
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }

  // The same generation and hashing under Node, with nothing else running.
  let nodeGeneration: DatasetDigest | undefined;
  if (generation) {
    console.log(`generating ${lines.toLocaleString()} fee lines in Node…`);
    nodeGeneration = await digestDatasetInNode({ ...benchWorkshopOptions(lines, seed), headers: 'code' });
  }
  const sameBytes =
    generation && nodeGeneration
      ? JSON.stringify(generation.worker.tables) === JSON.stringify(nodeGeneration.tables)
      : undefined;
  if (sameBytes === false) console.error('generated data differs between the browser worker and Node');
  const generatedMb = nodeGeneration ? nodeGeneration.tables.reduce((n, t) => n + t.bytes, 0) / 1e6 : 0;

  let nativeRules: NativeRulesTimes | undefined;
  let nativeModels: NativeModelTimes | undefined;
  // A GBK file is transcoded into a browser-private file first: native DuckDB has nothing to replay it on.
  const native =
    values['no-native'] || encoding === 'gbk'
      ? undefined
      : await runNative({
          log,
          extraSetup: BENCH_KNOWLEDGE_SQL,
          after: async (conn) => {
            if (rules) nativeRules = await runRulesNative(conn, rules.script);
            if (models) nativeModels = await runModelsNative(conn, modelsThatRan(models));
          },
          dataDir: data.dir,
          queries,
          runs,
          nativeDir: path.join(root, 'bench', 'out', 'native-duckdb'),
        });

  const browserQueries = Object.values(browserTimes).reduce((a, b) => a + b, 0);
  // Same SQL, same data: the result sizes must agree, or the timings compare different work.
  const mismatched = native ? queries.filter((q) => browserRows[q.id] !== native.rows[q.id]) : [];
  for (const q of mismatched) {
    console.error(
      `result rows differ for ${q.id}: browser ${browserRows[q.id]}, native ${native?.rows[q.id]}`,
    );
  }
  console.log('');
  console.log(
    `lines ${lines.toLocaleString()}  files ${(data.bytes / 1e6).toFixed(1)} MB  runs ${runs} (median)`,
  );
  console.log('step'.padEnd(58) + 'browser ms'.padStart(12) + 'native ms'.padStart(12) + 'ratio'.padStart(8));
  const row = (label: string, b: number, n?: number) =>
    console.log(
      label.padEnd(58) +
        String(round(b)).padStart(12) +
        (n === undefined ? '—' : String(round(n))).padStart(12) +
        (n ? (b / n).toFixed(2) : '—').padStart(8),
    );
  row('load CSV files into raw tables (incl. SHA-256 in the browser)', load.csvMs, native?.csvMs);
  row(
    'map to canonical tables + validation report',
    load.mapMs,
    native ? native.loadMs - native.csvMs : undefined,
  );
  row('load + map (CSV → raw tables → canonical tables)', load.ms, native?.loadMs);
  for (const q of queries) row(q.label, browserTimes[q.id]!, native?.queries[q.id]);
  row('all queries', browserQueries, native?.queriesMs);
  if (rules) {
    const ruleCount = Object.keys(rules.perRule).length;
    row(`full rule pack (${ruleCount} rules, ${rules.skipped.length} skipped)`, rules.ms, nativeRules?.ms);
    const slowest = Object.entries(rules.perRule)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    for (const [id, ms] of slowest) row(`  rule ${id}`, ms, nativeRules?.perRule[id]);
    console.log(
      `findings: browser ${rules.findings}, native ${nativeRules?.findings ?? '—'}; amount at risk: ` +
        `browser ${rules.amountAtRisk}, native ${nativeRules?.amountAtRisk ?? '—'}`,
    );
  }
  if (models) {
    for (const [id, m] of Object.entries(models)) {
      if (m.status === 'skipped') console.log(`  model ${id}: skipped (${m.reason})`);
      else row(`  model ${id} (${m.entities} entities)`, m.ms, nativeModels?.perModel[id]?.ms);
    }
  }
  if (generation) {
    const n = `${(lines / 1e6).toLocaleString()} M`;
    row(
      `generate ${n} fee lines + SHA-256: worker (native = Node)`,
      generation.worker.ms,
      nodeGeneration?.ms,
    );
    const { workshop } = generation;
    if (workshop) {
      row(`workshop in the kernel: generate ${n} lines + load + map`, workshop.ms);
      row('  generate (CSV Blobs in the kernel worker)', workshop.generateMs);
      row('  load + map', workshop.loadMs);
    }
    console.log(
      `generated ${generatedMb.toFixed(1)} MB (every scenario); browser and Node bytes identical: ` +
        `${sameBytes ? 'yes' : 'no'}${workshop ? `; workshop fee rows ${workshop.rows['count:fee']}` : ''}`,
    );
  }
  const mbps = (ms: number) => (data.bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(`browser CSV load: ${mbps(load.csvMs)} MB/s; CSV load + mapping: ${mbps(load.ms)} MB/s`);
  console.log(`first paint with demo data ready: ${demoReadyMs} ms`);
  if (firstPage) {
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    console.log(
      `SELECT * FROM fee as a cell: first page (${firstPage.pageRows} of ${firstPage.totalRows.toLocaleString()} rows, ` +
        `${(firstPage.pageBytes / 1e3).toFixed(0)} kB) in ${round(firstPage.ms)} ms; ` +
        `tab JS heap ${mb(firstPage.heapBefore)} MB before, ${mb(firstPage.heapAfter)} MB after`,
    );
  }
  if (runAll) {
    const shown = runAll.calls.filter((c) => c !== 'findingsPage');
    console.log(
      `run all of ${runAll.notebook}: ${shown.length} kernel calls for ${runAll.cells} cells run ` +
        `(${shown.join(', ')}), plus ${runAll.calls.length - shown.length} findings pages the findings table showed`,
    );
  }
  if (notebookUi) {
    console.log(
      `open and render a 200-cell notebook: ${round(notebookUi.open200.medianMs)} ms ` +
        `(longest main-thread task ${notebookUi.open200.longestTaskMs ?? '—'} ms)`,
    );
    console.log(
      `typing while a query runs, key → frame: p50 ${notebookUi.typing.p50Ms} ms, p95 ${notebookUi.typing.p95Ms} ms, ` +
        `max ${notebookUi.typing.maxMs} ms (query still running: ${notebookUi.typing.queryStillRunning ? 'yes' : 'no'})`,
    );
  }
  // Node measurements on the same dataset: mapping with derived keys (issue 13) and the knowledge layer.
  const mapping =
    values['no-mapping'] || headers !== 'code'
      ? undefined
      : nodeBench('bench/mapping-bench.ts', ['--dir', data.dir, '--runs', String(runs)]);
  const knowledgeLayer = values['no-knowledge']
    ? undefined
    : nodeBench('bench/knowledge-bench.ts', [String(runs)]);
  console.log(
    JSON.stringify({
      lines,
      load_ms: round(load.ms),
      queries_ms: round(browserQueries),
      native_load_ms: native ? round(native.loadMs) : null,
      native_queries_ms: native ? round(native.queriesMs) : null,
      ratio: native && queries.length ? Number((browserQueries / native.queriesMs).toFixed(2)) : null,
      csv_load_ms: round(load.csvMs),
      map_ms: round(load.mapMs),
      native_csv_load_ms: native ? round(native.csvMs) : null,
      csv_mb_per_s: Number((data.bytes / 1e6 / (load.csvMs / 1000)).toFixed(1)),
      load_mb_per_s: Number((data.bytes / 1e6 / (load.ms / 1000)).toFixed(1)),
      demo_ready_ms: demoReadyMs,
      first_page_ms: firstPage ? round(firstPage.ms) : null,
      first_page_total_rows: firstPage ? firstPage.totalRows : null,
      heap_before_first_page_mb: firstPage ? Number((firstPage.heapBefore / 1e6).toFixed(1)) : null,
      heap_after_first_page_mb: firstPage ? Number((firstPage.heapAfter / 1e6).toFixed(1)) : null,
      run_all_kernel_calls: runAll ? runAll.calls.filter((c) => c !== 'findingsPage').length : null,
      results_agree: native ? mismatched.length === 0 : null,
      rules_ms: rules ? round(rules.ms) : null,
      native_rules_ms: nativeRules ? round(nativeRules.ms) : null,
      rules_ratio: rules && nativeRules ? Number((rules.ms / nativeRules.ms).toFixed(2)) : null,
      rules_findings: rules ? rules.findings : null,
      rules_agree:
        rules && nativeRules
          ? rules.findings === nativeRules.findings &&
            Math.abs(rules.amountAtRisk - nativeRules.amountAtRisk) < 0.01
          : null,
      models: models
        ? Object.fromEntries(
            Object.entries(models).map(([id, m]) => [
              id,
              {
                browser: m.status === 'ran' ? round(m.ms) : null,
                native: nativeModels?.perModel[id] ? round(nativeModels.perModel[id].ms) : null,
                entities: m.entities,
                native_entities: nativeModels?.perModel[id]?.entities ?? null,
              },
            ]),
          )
        : null,
      generate_worker_ms: generation ? round(generation.worker.ms) : null,
      generate_node_ms: nodeGeneration ? round(nodeGeneration.ms) : null,
      generate_ratio:
        generation && nodeGeneration ? Number((generation.worker.ms / nodeGeneration.ms).toFixed(2)) : null,
      generate_mb: nodeGeneration ? Number(generatedMb.toFixed(1)) : null,
      generate_identical: sameBytes ?? null,
      workshop_ms: generation?.workshop ? round(generation.workshop.ms) : null,
      workshop_generate_ms: generation?.workshop ? round(generation.workshop.generateMs) : null,
      workshop_load_ms: generation?.workshop ? round(generation.workshop.loadMs) : null,
      notebook_open_200_ms: notebookUi ? round(notebookUi.open200.medianMs) : null,
      typing_p95_ms: notebookUi ? notebookUi.typing.p95Ms : null,
      mapping: mapping ?? null,
      knowledge_layer: knowledgeLayer ?? null,
      per_query_ms: Object.fromEntries(
        queries.map((q) => [
          q.id,
          { browser: round(browserTimes[q.id]!), native: native ? round(native.queries[q.id]!) : null },
        ]),
      ),
    }),
  );
}

/**
 * Runs a Node benchmark script (`npx tsx <script> …`), shows its report and returns the JSON object it
 * prints last.
 */
function nodeBench(script: string, args: readonly string[]): Record<string, unknown> {
  const out = execFileSync('npx', ['tsx', script, ...args], { cwd: root, encoding: 'utf8' });
  process.stdout.write(out.split('\n').slice(0, -2).join('\n') + '\n');
  const last = out.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, unknown>;
}

/** The first page of `SELECT * FROM fee` as a cell, and the tab's JS heap around it (bytes). */
interface FirstPageBench {
  readonly ms: number;
  readonly totalRows: number;
  readonly pageRows: number;
  readonly pageBytes: number;
  readonly heapBefore: number;
  readonly heapAfter: number;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
