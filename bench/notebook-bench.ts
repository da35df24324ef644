/**
 * `npx tsx bench/notebook-bench.ts [--runs N] [--no-build]`
 *
 * Benchmarks the notebook UI of the built app in headless Chromium:
 * 1. opening a 200-cell notebook file (80 SQL, 80 Markdown, 20 parameter, 20 chart cells) until every
 *    cell has rendered, and the longest main-thread task meanwhile;
 * 2. typing 60 characters into a new SQL cell while a slow query runs in the kernel worker: the latency
 *    from each key press to the frame that shows it.
 * Each figure is the median of `runs` fresh browser contexts. Prints a table and, as its last line, one
 * JSON object. `runNotebookBench` is what `bench/bench.ts` calls with its own preview server.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { parseNotebook } from '../core/notebook/parse-notebook';
import { invariant } from '../core/shared/invariant';
import { largeNotebookText } from './notebook-fixture';
import { measureOpen, OPEN_CELLS } from './notebook-open-measure';
import { openApp } from './notebook-page';
import { measureTyping } from './notebook-typing-measure';

/** Options of `runNotebookBench`. */
export interface NotebookBenchOptions {
  /** Where the built app is served (e.g. `http://127.0.0.1:4173/`). */
  readonly baseUrl: string;
  /** How many fresh browser contexts each measurement takes the median of. */
  readonly runs: number;
}

/** What `runNotebookBench` measured; times in milliseconds. */
export interface NotebookBenchResult {
  /** Opening a 200-cell notebook file until every cell has rendered. */
  readonly open200: {
    readonly medianMs: number;
    readonly runsMs: readonly number[];
    /** Median over the runs of the longest main-thread task while opening; null without Long Tasks. */
    readonly longestTaskMs: number | null;
    /** Median over the runs of the total time in long tasks (over 50 ms) while opening. */
    readonly longTasksTotalMs: number | null;
  };
  /** Key press to the next rendered frame, typing into a SQL cell while a slow query runs. */
  readonly typing: {
    /** Medians over the runs of each run's percentile of the per-key latency. */
    readonly p50Ms: number;
    readonly p95Ms: number;
    readonly maxMs: number;
    /** Whether the slow query was still running when the last key had been typed, in every run. */
    readonly queryStillRunning: boolean;
    /** Median over the runs of the longest keyboard event duration (Event Timing API; 0 if none ≥ 16 ms). */
    readonly eventTimingMaxMs: number;
    /** Latency samples in the run with the fewest (one per typed character when none is lost). */
    readonly samples: number;
  };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Nearest-rank percentile (`p` in 0..1) of a non-empty list. */
const percentile = (xs: readonly number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Runs both notebook UI measurements against the app served at `baseUrl`, each in `runs` fresh browser
 * contexts of one headless Chromium, and returns the medians.
 */
export async function runNotebookBench(options: NotebookBenchOptions): Promise<NotebookBenchResult> {
  const runs = Math.max(1, Math.floor(options.runs));
  const text = largeNotebookText(OPEN_CELLS);
  const parsed = parseNotebook(text);
  invariant(parsed.problems.length === 0, `benchmark notebook has ${parsed.problems.length} problems`);
  invariant(parsed.notebook.cells.length === OPEN_CELLS, 'benchmark notebook has the wrong cell count');

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const opens: Awaited<ReturnType<typeof measureOpen>>[] = [];
    const typings: Awaited<ReturnType<typeof measureTyping>>[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await openApp(browser, options.baseUrl);
      opens.push(await measureOpen(page, text));
      await page.context().close();
    }
    for (let i = 0; i < runs; i++) {
      const page = await openApp(browser, options.baseUrl);
      typings.push(await measureTyping(page));
      await page.context().close();
    }
    const longest = opens.map((o) => o.longestTaskMs).filter((x): x is number => x !== null);
    const total = opens.map((o) => o.longTasksTotalMs).filter((x): x is number => x !== null);
    const perRun = (f: (samples: number[]) => number) => round1(median(typings.map((t) => f(t.samples))));
    return {
      open200: {
        medianMs: round1(median(opens.map((o) => o.ms))),
        runsMs: opens.map((o) => round1(o.ms)),
        longestTaskMs: longest.length === opens.length ? round1(median(longest)) : null,
        longTasksTotalMs: total.length === opens.length ? round1(median(total)) : null,
      },
      typing: {
        p50Ms: perRun((s) => percentile(s, 0.5)),
        p95Ms: perRun((s) => percentile(s, 0.95)),
        maxMs: perRun((s) => Math.max(...s)),
        queryStillRunning: typings.every((t) => t.queryStillRunning),
        eventTimingMaxMs: round1(median(typings.map((t) => Math.max(0, ...t.eventDurations)))),
        samples: Math.min(...typings.map((t) => t.samples.length)),
      },
    };
  } finally {
    await browser.close();
  }
}

/** The CLI: builds (unless `--no-build`), serves `dist/` on a free port, runs, prints. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 3);
  const root = path.resolve(import.meta.dirname, '..');
  if (!values['no-build'] || !existsSync(path.join(root, 'dist', 'index.html'))) {
    console.log('building the app (vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  let result: NotebookBenchResult;
  try {
    result = await runNotebookBench({ baseUrl: server.resolvedUrls!.local[0]!, runs });
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  const { open200, typing } = result;
  const ms = (x: number | null) => (x === null ? '—' : x.toFixed(1));
  console.log('');
  console.log(`notebook UI, runs ${runs} (median)`);
  console.log('step'.padEnd(64) + 'ms'.padStart(10));
  const row = (label: string, value: number | null) => console.log(label.padEnd(64) + ms(value).padStart(10));
  row(
    `open a ${OPEN_CELLS}-cell notebook until rendered (runs: ${open200.runsMs.join(', ')})`,
    open200.medianMs,
  );
  row('  longest main-thread task while opening', open200.longestTaskMs);
  row('  total long-task time while opening', open200.longTasksTotalMs);
  row(`typing ${typing.samples} chars during a query: key → frame p50`, typing.p50Ms);
  row('  key → frame p95', typing.p95Ms);
  row('  key → frame max', typing.maxMs);
  row('  longest keyboard event (Event Timing)', typing.eventTimingMaxMs);
  console.log(`query still running after the last key: ${typing.queryStillRunning ? 'yes' : 'NO'}`);
  console.log(JSON.stringify(result));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
