import type { KernelApi } from '../api';
import { fail } from '../../core/shared/errors';
import type { HostSecurity, HostSecurityApi } from './host-security';
import { missingSecurityHeaders, unsafeHostError } from './unsafe-host';

/** What the kernel worker knows about how it was served. */
export interface HostSecurityOptions {
  /** Whether this worker runs under a Content-Security-Policy (secure-worker.ts). */
  readonly hasCsp: boolean;
  /** This worker's script URL, asked with `HEAD` to name the missing headers. */
  readonly scriptUrl: string;
  /** The worker's own `fetch`, for that one same-origin request. */
  readonly fetchHead: (url: string, init: RequestInit) => Promise<Response>;
}

/**
 * The kernel as the worker exposes it: on a host that serves the worker without a CSP, every way a user's
 * file enters (`openFile`, `loadFile`, `importKnowledge`) answers with `unsafeHostError` instead of reading the file.
 * Everything else, the demo data and the notebook included, keeps working. `hostSecurity` tells the page
 * the same before any file is chosen.
 */
export function refuseUserDataWithoutCsp<K extends KernelApi>(
  kernel: K,
  options: HostSecurityOptions,
): K & HostSecurityApi {
  if (options.hasCsp) return { ...kernel, hostSecurity: async () => ({ hasCsp: true }) };
  let missing: Promise<string[]> | undefined;
  const missingHeaders = () => (missing ??= missingSecurityHeaders(options.scriptUrl, options.fetchHead));
  const refusal = async (file: File) => fail<never>(unsafeHostError(await missingHeaders(), file.name));
  return {
    ...kernel,
    openFile: (file: File) => refusal(file),
    loadFile: (file: File) => refusal(file),
    importKnowledge: (file: File) => refusal(file),
    hostSecurity: async (): Promise<HostSecurity> => ({
      hasCsp: false,
      refusal: unsafeHostError(await missingHeaders()),
    }),
  };
}
