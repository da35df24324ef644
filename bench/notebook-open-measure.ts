/** The notebook benchmark's first measurement: opening a large notebook file until every cell has rendered. */
import type { Page } from 'playwright-core';
import { invariant } from '../core/shared/invariant';
import { inPage, notebookCells } from './notebook-page';

/** Cells in the notebook opened by the first measurement. */
export const OPEN_CELLS = 200;

/** The in-page state the open measurement keeps on `window`. */
interface OpenProbe {
  longTasks: { start: number; duration: number }[];
  observer: PerformanceObserver | undefined;
  /** Resolves with `performance.now()` once the notebook shows all its cells, rendered. */
  done: Promise<number>;
}

type ProbeWindow = Window & { clOpenProbe: OpenProbe };

/** One run of "open a 200-cell notebook": elapsed ms and the long tasks meanwhile. */
export async function measureOpen(
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
