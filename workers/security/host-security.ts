import type { AppError } from '../../core/shared/errors';

/** How the kernel worker was served, as the page may ask before any file is chosen. */
export interface HostSecurity {
  /** Whether the kernel worker runs under a Content-Security-Policy (csp-probe.ts). */
  readonly hasCsp: boolean;
  /** Without one: why users' files are refused (the same error every refused load returns). */
  readonly refusal?: AppError;
}

/**
 * What the kernel worker exposes besides `KernelApi` (workers/api.ts): kept apart because it is about the
 * host serving the worker, not about the data the kernel holds.
 */
export interface HostSecurityApi {
  /** Whether users' files will be refused on this host, and the error that says why. */
  hostSecurity(): Promise<HostSecurity>;
}
