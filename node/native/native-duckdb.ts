import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The native DuckDB the benchmark compares against: the same DuckDB version as DuckDB-WASM 1.32. */
export const NATIVE_DUCKDB_PACKAGE = '@duckdb/node-api@1.4.3-r.3';

/** The part of `@duckdb/node-api` the benchmark uses. */
export interface NativeConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<unknown>;
  closeSync(): void;
}

/** `DuckDBInstance` of `@duckdb/node-api`. */
export interface NativeInstanceClass {
  create(path: string, options: Record<string, string>): Promise<{ connect(): Promise<NativeConnection> }>;
}

/**
 * Loads native DuckDB, installing it on first use into its own folder (`dir`), apart from the project's
 * node_modules. It is not a project dependency because its packages for other platforms are missing
 * from the registry this project's machines use, which makes `npm ci` refuse the lock file.
 */
export async function loadNativeDuckDB(dir: string): Promise<NativeInstanceClass> {
  const manifest = path.join(dir, 'package.json');
  const require = createRequire(manifest);
  if (!existsSync(path.join(dir, 'node_modules', '@duckdb', 'node-api'))) {
    process.stderr.write(`installing ${NATIVE_DUCKDB_PACKAGE} into ${dir} for the native comparison…\n`);
    // A clean environment: `npm run` exports its own settings, which must not shape this install.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_')));
    execFileSync(
      'npm',
      ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-save', NATIVE_DUCKDB_PACKAGE],
      {
        stdio: 'inherit',
        env,
      },
    );
  }
  const entry = require.resolve('@duckdb/node-api');
  const mod = (await import(pathToFileURL(entry).href)) as { DuckDBInstance: NativeInstanceClass };
  return mod.DuckDBInstance;
}
