import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNativeDuckDB } from './native-duckdb';

/** The part of `@duckdb/node-api`'s prepared statement the native engine uses. */
export interface NativePrepared {
  bindVarchar(index: number, value: string): void;
  bindDouble(index: number, value: number): void;
  bindNull(index: number): void;
  run(): Promise<unknown>;
  runAndReadAll(): Promise<NativeReader>;
  destroySync(): void;
}

/** A materialised result's rows (`DuckDBResultReader`). */
export interface NativeReader {
  getRowObjectsJS(): Record<string, unknown>[];
}

/** A streaming result (`DuckDBResult`). */
export interface NativeStream {
  columnNames(): string[];
  columnTypes(): { toString(): string }[];
  fetchChunk(): Promise<{ readonly rowCount: number } | null>;
}

/** The part of `DuckDBConnection` the native engine uses. */
export interface NativeConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<NativeReader>;
  stream(sql: string): Promise<NativeStream>;
  prepare(sql: string): Promise<NativePrepared>;
  interrupt(): void;
  closeSync(): void;
}

/** `DuckDBInstance` of `@duckdb/node-api`. */
export interface NativeInstance {
  connect(): Promise<NativeConnection>;
  closeSync(): void;
}

/** The package root (two folders up from this file). */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where native DuckDB is installed on first use unless `--native-dir` says otherwise. */
export const DEFAULT_NATIVE_DIR = path.join(ROOT, 'node_modules', '.cache', 'claimlens-native');

/**
 * Starts a native DuckDB instance (an in-memory database) with `threads` threads, installing
 * `@duckdb/node-api` into `dir` on first use (node/native/native-duckdb.ts says why it is no dependency).
 */
export async function startNativeDuckDB(dir: string, threads: number): Promise<NativeInstance> {
  const DuckDBInstance = await loadNativeDuckDB(path.resolve(dir));
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  return instance as unknown as NativeInstance;
}
