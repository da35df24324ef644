import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../core/security/csp.ts';

/** Adds the CSP meta tag to every page and writes a `_headers` file for static hosts that read one. */
export function securityHeaders(): Plugin {
  return {
    name: 'claimlens-security-headers',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}
