import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ModelInfo } from '../../core/models/model-api-types';
import { logger } from '../../core/shared/logger';

/**
 * The model library as Model cells show it: each model with why it cannot run on the data and
 * knowledge loaded now (`missing`). Read from the kernel again whenever what it depends on changes (the
 * canonical tables' reports, the knowledge summary): the host passes those as a key each update.
 */
export class ModelLibraryController implements ReactiveController {
  /** The library (undefined until first read). */
  library: readonly ModelInfo[] | undefined;
  #key: readonly unknown[] | undefined;
  /** Counts reads so a slow earlier answer never replaces a later one. */
  #asked = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<ModelInfo[]> | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Reads the library again when any part of `key` changed (by identity) since the last read. */
  follow(key: readonly unknown[]): void {
    if (this.#key && this.#key.length === key.length && this.#key.every((k, i) => k === key[i])) return;
    const pending = this.load();
    if (!pending) return;
    this.#key = key;
    const asked = ++this.#asked;
    pending.then(
      (library) => {
        if (asked !== this.#asked) return;
        this.library = library;
        this.host.requestUpdate();
      },
      (e: unknown) => logger.error('model library', e),
    );
  }
}
