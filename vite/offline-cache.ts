import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Builds `workers/service-worker.ts` as `sw.js` at the site root and writes into it the list of every
 * emitted file and a build id, so the service worker precaches exactly this build (the 34 MB DuckDB wasm
 * included: no size limit applies, unlike Workbox's 2 MiB default).
 */
export function offlineCache(): Plugin {
  return {
    name: 'claimlens-offline-cache',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sw = Object.values(bundle).find((f) => f.type === 'chunk' && f.name === 'sw');
      if (!sw || sw.type !== 'chunk') return;
      const files = Object.keys(bundle)
        .filter(
          (f) =>
            f !== sw.fileName &&
            !f.endsWith('.map') &&
            f !== '_headers' &&
            !f.startsWith('bench/') &&
            !f.startsWith('assets/bench-'),
        )
        .sort();
      const build = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      sw.code = sw.code
        .replace('__CLAIMLENS_PRECACHE__', JSON.stringify(files).replaceAll("'", "\\'"))
        .replace('__CLAIMLENS_BUILD__', build);
    },
  };
}
