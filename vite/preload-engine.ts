import type { Plugin } from 'vite';

/**
 * Adds `<link rel="preload">` for DuckDB's wasm to the app page, so its 34 MB download starts with the
 * page instead of after the kernel worker and DuckDB's own worker have started (~0.6 s later). The
 * worker's fetch then finds it in the HTTP cache.
 */
export function preloadEngine(): Plugin {
  return {
    name: 'claimlens-preload-engine',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const wasm = Object.keys(ctx.bundle ?? {}).find((f) => /duckdb-eh-.*\.wasm$/.test(f));
        if (!wasm || !ctx.filename.endsWith('/index.html') || ctx.filename.includes('/bench/')) return [];
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `./${wasm}`,
              as: 'fetch',
              type: 'application/wasm',
              crossorigin: '',
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
