import { defineConfig } from 'vite';
import { SECURITY_HEADERS } from './core/security/csp.ts';
import { duckdbWorkerSideEffects } from './vite/duckdb-worker-side-effects.ts';
import { offlineCache } from './vite/offline-cache.ts';
import { preloadEngine } from './vite/preload-engine.ts';
import { securityHeaders } from './vite/security-headers.ts';

export default defineConfig({
  // Relative asset paths: dist/ works from any static host and any sub-path.
  base: './',
  plugins: [securityHeaders(), offlineCache(), preloadEngine()],
  server: { headers: SECURITY_HEADERS },
  preview: { headers: SECURITY_HEADERS },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  worker: {
    format: 'es',
    plugins: () => [duckdbWorkerSideEffects()],
    // DuckDB-WASM's worker carries Emscripten's unused direct `eval` (the CSP forbids eval anyway; our own
    // code never uses it: eslint's no-eval).
    rolldownOptions: { checks: { eval: false } },
  },
  build: {
    target: 'es2022',
    // The DuckDB wasm is 34 MB by nature; the warning says nothing new.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { main: 'index.html', bench: 'bench/page/index.html', sw: 'workers/service-worker.ts' },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
    },
  },
});
