import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppStore } from './app-store';

/** A store a component can follow: a current state, and change notifications. */
export interface Subscribable<TState> {
  readonly state: TState;
  subscribe(listener: (state: TState) => void): () => void;
}

/** Re-renders its host on every change of the store it is given (which may come after creation). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any state: the store type fixes it
export class StoreController<TStore extends Subscribable<any> = AppStore> implements ReactiveController {
  #store: TStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The store followed, if any. */
  get store(): TStore | undefined {
    return this.#store;
  }

  /** Follows `store` from now on. */
  set store(store: TStore | undefined) {
    if (store === this.#store) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = store;
    if (this.#connected) this.#subscribe();
    this.host.requestUpdate();
  }

  /** The store's current state, if there is a store. */
  get state(): TStore['state'] | undefined {
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
