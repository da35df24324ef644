import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NotebookStore } from '../../state/notebook-store';

/** How often the elapsed time of running cells is refreshed, in ms. */
const TICK_MS = 200;

/**
 * The time `now` (ms) that running cells show their elapsed time against: while any cell of the store
 * runs, it ticks every {@link TICK_MS} ms and updates the host; otherwise it stands still.
 */
export class ElapsedTicker implements ReactiveController {
  #now = Date.now();
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => NotebookStore | undefined,
  ) {
    host.addController(this);
  }

  /** The time of the last tick. */
  get now(): number {
    return this.#now;
  }

  hostUpdated(): void {
    const running = [...(this.store()?.state.runs.values() ?? [])].some((r) => r.status === 'running');
    if (running && !this.#ticker) this.#ticker = setInterval(() => this.#tick(), TICK_MS);
    if (!running && this.#ticker) {
      clearInterval(this.#ticker);
      this.#ticker = undefined;
    }
  }

  hostDisconnected(): void {
    if (this.#ticker) clearInterval(this.#ticker);
  }

  #tick(): void {
    this.#now = Date.now();
    this.host.requestUpdate();
  }
}
