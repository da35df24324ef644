import type { Plugin } from 'vite';

/**
 * Keeps DuckDB-WASM's worker script in the bundle of `workers/engine/duckdb-engine.worker.ts`, which
 * imports it only for its effect (it installs the worker's message handler). The package declares
 * `"sideEffects": false`, so without this the bundler drops the import and the engine never starts.
 */
export function duckdbWorkerSideEffects(): Plugin {
  return {
    name: 'claimlens-duckdb-worker-side-effects',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/duckdb-browser-eh.worker.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved ? { ...resolved, moduleSideEffects: true } : null;
    },
  };
}
