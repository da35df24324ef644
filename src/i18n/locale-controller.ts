import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { locale } from './locale';

/** Re-renders its host whenever the language changes. */
export class LocaleController implements ReactiveController {
  #unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Subscribes to language changes. */
  hostConnected(): void {
    this.#unsubscribe = locale.subscribe(() => this.host.requestUpdate());
  }

  /** Stops listening. */
  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
