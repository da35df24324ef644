import type { JobId } from '../../core/shared/ids';

/** Tracks running cancellable calls by job id. */
export class Jobs {
  private readonly running = new Map<JobId, AbortController>();

  /** Starts a job and returns its signal. */
  start(id: JobId): AbortSignal {
    const controller = new AbortController();
    this.running.set(id, controller);
    return controller.signal;
  }

  /** Aborts a running job; true when there was one. */
  cancel(id: JobId): boolean {
    const controller = this.running.get(id);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** Forgets a finished job. */
  finish(id: JobId): void {
    this.running.delete(id);
  }

  /** Runs `work` as job `id`, always forgetting it afterwards. */
  async run<T>(id: JobId, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const signal = this.start(id);
    try {
      return await work(signal);
    } finally {
      this.finish(id);
    }
  }
}
