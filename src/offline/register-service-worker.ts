import { logger } from '../../core/shared/logger';

/**
 * Registers the offline cache (workers/service-worker.ts, built as `sw.js` beside index.html) in
 * production builds. The dev server has no `sw.js`, and a failure only costs offline use, so it is logged.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(new URL('./sw.js', document.baseURI), { scope: './' })
    .catch((e: unknown) => {
      logger.warn('offline cache unavailable', e);
    });
}
