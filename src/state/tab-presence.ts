/** The BroadcastChannel the tabs of this origin tell each other which notebook they have open on. */
export const TAB_CHANNEL = 'claimlens.tabs';

/** The part of a `BroadcastChannel` presence uses (tests pass a fake). */
export interface PresenceChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** What presence knows: the notebook this tab has open, when another open tab has it too. */
export interface TabPresenceState {
  /** The notebook's name (its file name, else its title) when another tab has it open too. */
  readonly sharedWith: string | undefined;
}

type PresenceMessage =
  | { readonly kind: 'hello' | 'here'; readonly tab: string; readonly notebook: string | undefined }
  | { readonly kind: 'bye'; readonly tab: string };

/**
 * Tells the other tabs of this origin which notebook this one has open, and notices when one of them has
 * the same (the same file name, or for a notebook not saved to a file the same title). Messages stay in
 * the browser (BroadcastChannel is same-origin, no network) and carry a notebook's name only.
 */
export class TabPresence extends EventTarget {
  #state: TabPresenceState = { sharedWith: undefined };
  #notebook: string | undefined;
  #isClosed = false;
  #hasAnnounced = false;
  readonly #peers = new Map<string, string | undefined>();

  constructor(
    private readonly channel: PresenceChannel,
    private readonly tab: string,
  ) {
    super();
    channel.addEventListener('message', (event) => this.#receive(event.data));
  }

  /** The current state (replaced on every change). */
  get state(): TabPresenceState {
    return this.#state;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: TabPresenceState) => void): () => void {
    const handler = () => listener(this.#state);
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }

  /** Says which notebook this tab has open (the first call also asks the other tabs for theirs). */
  announce(notebook: string | undefined): void {
    if (this.#isClosed) return;
    if (this.#hasAnnounced && notebook === this.#notebook) return;
    const kind = this.#hasAnnounced ? 'here' : 'hello';
    this.#notebook = notebook;
    this.#hasAnnounced = true;
    this.#post({ kind, tab: this.tab, notebook });
    this.#update();
  }

  /** Tells the other tabs this one is going (e.g. on `pagehide`) and stops listening. */
  leave(): void {
    if (this.#isClosed) return;
    this.#post({ kind: 'bye', tab: this.tab });
    this.#isClosed = true;
    this.channel.close();
  }

  #receive(data: unknown): void {
    const message = readMessage(data);
    if (!message || message.tab === this.tab || this.#isClosed) return;
    if (message.kind === 'bye') this.#peers.delete(message.tab);
    else this.#peers.set(message.tab, message.notebook);
    // A newcomer learns what the tabs already open have.
    if (message.kind === 'hello' && this.#hasAnnounced)
      this.#post({ kind: 'here', tab: this.tab, notebook: this.#notebook });
    this.#update();
  }

  #update(): void {
    const notebook = this.#notebook;
    const isShared = notebook !== undefined && [...this.#peers.values()].includes(notebook);
    const sharedWith = isShared ? notebook : undefined;
    if (sharedWith === this.#state.sharedWith) return;
    this.#state = { sharedWith };
    this.dispatchEvent(new Event('change'));
  }

  #post(message: PresenceMessage): void {
    try {
      this.channel.postMessage(message);
    } catch {
      // A closed channel (the page is going away) has no one left to tell.
    }
  }
}

/** A message from another tab, or undefined unless every field has the right type. */
function readMessage(data: unknown): PresenceMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { kind, tab, notebook } = data as Record<string, unknown>;
  if (typeof tab !== 'string') return undefined;
  if (kind === 'bye') return { kind, tab };
  if ((kind === 'hello' || kind === 'here') && (notebook === undefined || typeof notebook === 'string'))
    return { kind, tab, notebook };
  return undefined;
}
