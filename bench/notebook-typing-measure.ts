/** The notebook benchmark's second measurement: typing into a SQL cell while a slow query runs. */
import type { Page } from 'playwright-core';
import { invariant } from '../core/shared/invariant';
import { inPage, invariantEventually, notebookCells } from './notebook-page';

/**
 * A 1.6-billion-row cross join: about 7 s in DuckDB-WASM on the 2-core benchmark machine (30,000 × 30,000
 * takes 4 s), comfortably longer than typing the text below (about 3 s).
 */
const SLOW_SQL = 'SELECT sum(a.range * b.range) AS s FROM range(40000) a, range(40000) b';
/** What is typed into the new cell: 60 characters of SQL. */
const TYPED_TEXT = 'SELECT psn_no, count(*) AS n FROM setl GROUP BY ALL LIMIT 20';
/** Delay between key presses, as a brisk typist. */
const KEY_DELAY_MS = 30;

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

type ProbeWindow = Window & { clTypingProbe: TypingProbe };

/** One run of "type while a query runs" on the starter notebook: per-key latencies and the query state. */
export async function measureTyping(
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
