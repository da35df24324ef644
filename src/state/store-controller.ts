import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppState } from './app-state';
import type { AppStore } from './app-store';

/** Re-renders its host on every change of the store it is given (which may come after creation). */
export class StoreController implements ReactiveController {
  #store: AppStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The store followed, if any. */
  get store(): AppStore | undefined {
    return this.#store;
  }

  /** Follows `store` from now on. */
  set store(store: AppStore | undefined) {
    if (store === this.#store) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = store;
    if (this.#connected) this.#subscribe();
    this.host.requestUpdate();
  }

  /** The store's current state, if there is a store. */
  get state(): AppState | undefined {
    return this.#store?.state;
  }

  /** Subscribes to the store. */
  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  /** Stops listening. */
  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #subscribe(): void {
    this.#unsubscribe = this.#store?.subscribe(() => this.host.requestUpdate());
  }
}
