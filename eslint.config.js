// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.worker } },
    rules: {
      'no-console': 'error',
      // Nothing may compile code at run time (the CSP forbids it too).
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Layers you can see (README "Architecture"): core/ is host-neutral and imports no other layer and no
    // UI, worker or engine package; workers/ never imports the main thread (src/); no product code imports
    // the benchmark; Node-only adapters (node/, cli/) stay out of the browser's code.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**', '**/workers/**', '**/cli/**', '**/node/**', '**/bench/**'],
              message: 'core/ is host-neutral: it imports no other layer.',
            },
            {
              group: ['lit', 'lit/*', 'comlink', '@duckdb/*', '@observablehq/*', 'node:*'],
              message: 'core/ is host-neutral: no UI, worker, engine or Node module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**'],
              message: 'workers/ never imports the main thread (src/); shared code belongs in core/.',
            },
            {
              group: ['**/cli/**', '**/node/**', '**/bench/**', '**/vite/**'],
              message: 'workers/ runs in the browser: no CLI, Node adapter, build or benchmark code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**', '**/node/**', '**/bench/**'],
              message: 'src/ runs in the browser: no CLI, Node adapter or benchmark code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts', 'node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/**'], message: 'Hosts use core/ and workers/, never the browser UI (src/).' },
            { group: ['**/bench/**'], message: 'Product code never imports the benchmark.' },
          ],
        },
      ],
    },
  },
  {
    // CLI scripts and tests print to the terminal on purpose.
    files: ['bench/**', 'test/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
);
