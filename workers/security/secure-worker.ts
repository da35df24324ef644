/**
 * Imported first by every worker we start (the kernel worker, DuckDB's): probes whether the worker runs
 * under a CSP (csp-probe.ts) and, if not, guards its network access before any other module of the
 * worker is evaluated (network-guard.ts), so no module can keep a reference to the unguarded `fetch`.
 */
import { appBaseOf } from './app-base';
import { hasContentSecurityPolicy } from './csp-probe';
import { guardNetwork, type NetworkScope } from './network-guard';

/** Whether this worker runs under a Content-Security-Policy (decided once, when the worker starts). */
export const workerHasCsp: boolean = hasContentSecurityPolicy();

/** This worker's `fetch` as the browser gave it (used only for the same-origin `HEAD` of its own script). */
export const nativeFetch: typeof fetch = globalThis.fetch.bind(globalThis);

if (!workerHasCsp) {
  guardNetwork(globalThis as unknown as NetworkScope, appBaseOf(globalThis.location.href));
}
