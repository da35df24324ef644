import { isAllowedRequest, refusalText } from './asset-policy';

/** The parts of a worker's global scope that can reach the network (all optional: scopes differ). */
export interface NetworkScope {
  location: { readonly href: string };
  fetch?: typeof fetch;
  XMLHttpRequest?: typeof XMLHttpRequest;
  importScripts?: (...urls: (string | URL)[]) => void;
  Worker?: typeof Worker;
  [name: string]: unknown;
}

/** Constructors a worker could open a connection with that the app never uses: refused outright. */
const CONNECTION_CONSTRUCTORS = ['WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport'] as const;

/**
 * Defence in depth for a worker that runs without our CSP (csp-probe.ts): replaces every way it could
 * reach the network with one that only lets through reads of the built app's own files under `base`
 * (asset-policy.ts). DuckDB's wasm, fetched from `assets/`, still loads. A refused `fetch` rejects with a
 * `TypeError` and everything else throws a `SecurityError`, as the browser does when a CSP blocks them.
 * Dynamic `import()` cannot be replaced; nothing the app loads can make a worker run code it was given.
 */
export function guardNetwork(scope: NetworkScope, base: URL): void {
  const here = () => scope.location.href;
  const refuse = (api: string, url: string | URL) => new DOMException(refusalText(api, url), 'SecurityError');

  const originalFetch = scope.fetch;
  if (originalFetch) {
    scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : input;
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      if (!isAllowedRequest('read', method, url, base, here()))
        return Promise.reject(new TypeError(refusalText('fetch', url)));
      return originalFetch.call(globalThis, input, init);
    };
  }

  const xhr = scope.XMLHttpRequest;
  if (xhr) {
    const open = xhr.prototype.open as (this: XMLHttpRequest, ...args: unknown[]) => void;
    xhr.prototype.open = function guardedOpen(this: XMLHttpRequest, ...args: unknown[]) {
      const [method, url] = args as [string, string | URL];
      if (!isAllowedRequest('read', method, url, base, here())) throw refuse('XMLHttpRequest', url);
      open.apply(this, args);
    } as XMLHttpRequest['open'];
  }

  const importScripts = scope.importScripts;
  if (importScripts) {
    scope.importScripts = (...urls: (string | URL)[]) => {
      const refused = urls.find((url) => !isAllowedRequest('script', 'GET', url, base, here()));
      if (refused !== undefined) throw refuse('importScripts', refused);
      importScripts.apply(globalThis, urls);
    };
  }

  const OriginalWorker = scope.Worker;
  if (OriginalWorker) {
    scope.Worker = class GuardedWorker extends OriginalWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        if (!isAllowedRequest('script', 'GET', url, base, here())) throw refuse('Worker', url);
        super(url, options);
      }
    };
  }

  for (const name of CONNECTION_CONSTRUCTORS) {
    if (scope[name] === undefined) continue;
    scope[name] = class RefusedConnection {
      constructor(url: string | URL) {
        throw refuse(name, url);
      }
    };
  }
}
