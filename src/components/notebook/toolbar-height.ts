import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The custom property that carries the sticky toolbar's height (px) to everything below it. */
export const TOOLBAR_HEIGHT_PROPERTY = '--cl-toolbar-height';

/**
 * Keeps `--cl-toolbar-height` on the host equal to the sticky toolbar's real height, which changes
 * with the window's width and the language. Headings and cells use it as their `scroll-margin-top`, so
 * a contents click or a "scroll to" lands just below the toolbar rather than under it.
 */
export class ToolbarHeightController implements ReactiveController {
  #observer: ResizeObserver | undefined;
  #observed: Element | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly findToolbar: () => Element | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const toolbar = this.findToolbar();
    if (!toolbar || toolbar === this.#observed) return;
    this.#observer ??= new ResizeObserver(() => this.#measure());
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = toolbar;
    this.#observer.observe(toolbar);
    this.#measure();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }

  #measure(): void {
    const height = this.#observed?.getBoundingClientRect().height ?? 0;
    this.host.style.setProperty(TOOLBAR_HEIGHT_PROPERTY, `${Math.ceil(height)}px`);
  }
}
