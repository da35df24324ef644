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
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { parseNotebook } from '../core/notebook/parse-notebook';
import { invariant } from '../core/shared/invariant';
import { largeNotebookText } from './notebook-fixture';

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

/** Cells in the notebook opened by the first measurement. */
const OPEN_CELLS = 200;
/**
 * A 1.6-billion-row cross join: about 7 s in DuckDB-WASM on the 2-core benchmark machine (30,000 × 30,000
 * takes 4 s), comfortably longer than typing the text below (about 3 s).
 */
const SLOW_SQL = 'SELECT sum(a.range * b.range) AS s FROM range(40000) a, range(40000) b';
/** What is typed into the new cell: 60 characters of SQL. */
const TYPED_TEXT = 'SELECT psn_no, count(*) AS n FROM setl GROUP BY ALL LIMIT 20';
/** Delay between key presses, as a brisk typist. */
const KEY_DELAY_MS = 30;
const READY_TIMEOUT_MS = 120_000;

/** The in-page state the typing measurement keeps on `window`. */
interface TypingProbe {
  /** `timeStamp`s of keydowns whose `input` has not come yet. */
  pending: number[];
  samples: number[];
  eventDurations: number[];
  keydowns: number;
  inputs: number;
  observer: PerformanceObserver | undefined;
}

/** The in-page state the open measurement keeps on `window`. */
interface OpenProbe {
  longTasks: { start: number; duration: number }[];
  observer: PerformanceObserver | undefined;
  /** Resolves with `performance.now()` once the notebook shows all its cells, rendered. */
  done: Promise<number>;
}

type ProbeWindow = Window & { clOpenProbe: OpenProbe; clTypingProbe: TypingProbe };

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Nearest-rank percentile (`p` in 0..1) of a non-empty list. */
const percentile = (xs: readonly number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Guards functions sent to the page: tsx compiles with esbuild's `keepNames`, which wraps named inner
 * functions in a `__name(...)` helper the page does not have. In-page code therefore uses only
 * anonymous callbacks; this catches a slip with a clear message instead of a ReferenceError.
 */
function inPage<F extends (...args: never[]) => unknown>(fn: F): F {
  invariant(!fn.toString().includes('__name('), 'in-page function uses a named inner function');
  return fn;
}

/** Opens the app in a fresh context (empty storage, so the starter notebook) and waits until it is ready. */
async function openApp(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // As in the browser tests: the service worker's precache would compete with what is measured.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(baseUrl);
  await page.waitForSelector('html[data-ready]', { timeout: READY_TIMEOUT_MS });
  const ready = await page.getAttribute('html', 'data-ready');
  invariant(ready === 'true', `app not ready: data-ready=${ready}`);
  return page;
}

/** The notebook's cells in order, read from the elements. */
async function notebookCells(page: Page): Promise<{ id: string; type: string; source: string }[]> {
  return page.evaluate(
    inPage(() => {
      const notebook = document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-notebook');
      return [...(notebook?.shadowRoot?.querySelectorAll('cl-notebook-cell') ?? [])].map((el) => ({
        id: el.cell.id as string,
        type: el.cell.type as string,
        source: el.cell.source,
      }));
    }),
  );
}

/** One run of "open a 200-cell notebook": elapsed ms and the long tasks meanwhile. */
async function measureOpen(
  page: Page,
  text: string,
): Promise<{ ms: number; longestTaskMs: number | null; longTasksTotalMs: number | null }> {
  const hasLongTasks = await page.evaluate(
    inPage((count: number) => {
      const probe: OpenProbe = { longTasks: [], observer: undefined, done: Promise.resolve(0) };
      if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
        probe.observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            probe.longTasks.push({ start: e.startTime, duration: e.duration });
        });
        probe.observer.observe({ type: 'longtask' });
      }
      probe.done = (async () => {
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const notebook = document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-notebook');
          const cells = [...(notebook?.shadowRoot?.querySelectorAll('cl-notebook-cell') ?? [])];
          if (cells.length !== count) continue;
          await Promise.all(cells.map((c) => c.updateComplete));
          // Two frames: the first lays out and paints what the cells rendered, the second starts after it.
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return performance.now();
        }
      })();
      (window as unknown as ProbeWindow).clOpenProbe = probe;
      return probe.observer !== undefined;
    }),
    OPEN_CELLS,
  );
  const started = await page.evaluate(inPage(() => performance.now()));
  await page.locator('[data-testid=notebook-file-input]').setInputFiles({
    name: 'benchmark-200.claimlens.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(text, 'utf8'),
  });
  const ended = await page.evaluate(inPage(() => (window as unknown as ProbeWindow).clOpenProbe.done));
  const tasks = await page.evaluate(
    inPage(async () => {
      const probe = (window as unknown as ProbeWindow).clOpenProbe;
      // Long task entries are queued to the observer after the task; give them a turn to arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (const e of probe.observer?.takeRecords() ?? [])
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
      probe.observer?.disconnect();
      return probe.longTasks;
    }),
  );
  const cells = await notebookCells(page);
  invariant(cells.length === OPEN_CELLS, `expected ${OPEN_CELLS} cells, found ${cells.length}`);
  invariant(cells[0]?.id === 'm0a', `the benchmark notebook did not open (first cell ${cells[0]?.id})`);
  const problems = await page.locator('[data-testid=notebook-problem]').count();
  invariant(problems === 0, `the app reported ${problems} problems in the benchmark notebook`);
  const during = tasks.filter((t) => t.start + t.duration >= started && t.start <= ended);
  return {
    ms: ended - started,
    longestTaskMs: hasLongTasks ? Math.max(0, ...during.map((t) => t.duration)) : null,
    longTasksTotalMs: hasLongTasks ? during.reduce((sum, t) => sum + t.duration, 0) : null,
  };
}

/** One run of "type while a query runs" on the starter notebook: per-key latencies and the query state. */
async function measureTyping(
  page: Page,
): Promise<{ samples: number[]; eventDurations: number[]; queryStillRunning: boolean }> {
  const before = await notebookCells(page);
  const sqlId = before.find((c) => c.type === 'sql')?.id;
  invariant(sqlId, 'the starter notebook has no SQL cell');
  const sqlCell = page.locator(`cl-notebook-cell[data-cell-id="${sqlId}"]`);
  await sqlCell.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(SLOW_SQL);
  await page.waitForFunction(
    inPage(([id, sql]: [string, string]) => {
      const notebook = document.querySelector('cl-app')?.shadowRoot?.querySelector('cl-notebook');
      const cells = [...(notebook?.shadowRoot?.querySelectorAll('cl-notebook-cell') ?? [])];
      return cells.find((c) => c.cell.id === id)?.cell.source === sql;
    }),
    [sqlId, SLOW_SQL] as [string, string],
  );
  const status = sqlCell.locator('[data-testid=cell-status]');
  await sqlCell.locator('[data-testid=run]').click();
  await sqlCell.locator('[data-testid=cell-status][data-state=running]').waitFor();

  await page.locator('[data-testid=add-sql]').click();
  const known = new Set(before.map((c) => c.id));
  let newId: string | undefined;
  await invariantEventually(async () => {
    newId = (await notebookCells(page)).find((c) => !known.has(c.id))?.id;
    return newId !== undefined;
  }, 'the new SQL cell did not appear');
  const editor = page.locator(`cl-notebook-cell[data-cell-id="${newId}"] .cm-content`);
  // "Add" puts the cursor in the new cell already; clicking makes sure of it, and is not timed.
  await editor.click();

  await page.evaluate(
    inPage(() => {
      const probe: TypingProbe = {
        pending: [],
        samples: [],
        eventDurations: [],
        keydowns: 0,
        inputs: 0,
        observer: undefined,
      };
      const channel = new MessageChannel();
      // The message is handled after the frame's style, layout and paint: the sample spans until then.
      channel.port1.onmessage = (e: MessageEvent<number>) => probe.samples.push(performance.now() - e.data);
      document.addEventListener(
        'keydown',
        (e) => {
          probe.keydowns += 1;
          probe.pending.push(e.timeStamp);
        },
        { capture: true },
      );
      document.addEventListener(
        'input',
        () => {
          probe.inputs += 1;
          const pressed = probe.pending.shift();
          if (pressed === undefined) return;
          requestAnimationFrame(() => channel.port2.postMessage(pressed));
        },
        { capture: true },
      );
      if (PerformanceObserver.supportedEntryTypes.includes('event')) {
        probe.observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            if (['keydown', 'keypress', 'keyup', 'beforeinput', 'input'].includes(e.name))
              probe.eventDurations.push(e.duration);
        });
        // durationThreshold is not in TypeScript's DOM types yet; 16 ms is the smallest allowed.
        probe.observer.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      }
      (window as unknown as ProbeWindow).clTypingProbe = probe;
    }),
  );
  await page.keyboard.type(TYPED_TEXT, { delay: KEY_DELAY_MS });
  const queryStillRunning = (await status.getAttribute('data-state')) === 'running';
  const probe = await page.evaluate(
    inPage(async () => {
      const p = (window as unknown as ProbeWindow).clTypingProbe;
      // Let the last key's frame and message arrive.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (const e of p.observer?.takeRecords() ?? [])
        if (['keydown', 'keypress', 'keyup', 'beforeinput', 'input'].includes(e.name))
          p.eventDurations.push(e.duration);
      p.observer?.disconnect();
      return { samples: p.samples, eventDurations: p.eventDurations, keydowns: p.keydowns, inputs: p.inputs };
    }),
  );
  invariant(
    probe.keydowns === TYPED_TEXT.length && probe.inputs === TYPED_TEXT.length,
    `expected ${TYPED_TEXT.length} keydowns and inputs, saw ${probe.keydowns} and ${probe.inputs}`,
  );
  const typed = (await notebookCells(page)).find((c) => c.id === newId)?.source;
  invariant(typed === TYPED_TEXT, `the new cell holds ${JSON.stringify(typed)}, not the typed text`);
  // Free the worker before the context goes.
  if (queryStillRunning) await sqlCell.locator('[data-testid=cancel]').click();
  return { samples: probe.samples, eventDurations: probe.eventDurations, queryStillRunning };
}

/** Polls `check` every 50 ms for up to 10 s; throws `message` if it never holds. */
async function invariantEventually(check: () => Promise<boolean>, message: string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  invariant(false, message);
}

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
