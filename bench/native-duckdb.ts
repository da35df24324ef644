import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

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
 * Loads native DuckDB, installing it on first use. It is not a project dependency because its
 * platform packages for other systems are missing from the registry this project's machines use,
 * which makes `npm ci` refuse the lock file; only the benchmark needs it.
 */
export async function loadNativeDuckDB(): Promise<NativeInstanceClass> {
  const name = '@duckdb/node-api';
  const require = createRequire(import.meta.url);
  try {
    require.resolve(name);
  } catch {
    console.log(`installing ${NATIVE_DUCKDB_PACKAGE} for the native comparison…`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', NATIVE_DUCKDB_PACKAGE], {
      stdio: 'inherit',
    });
  }
  const mod = (await import(name)) as { DuckDBInstance: NativeInstanceClass };
  return mod.DuckDBInstance;
}
