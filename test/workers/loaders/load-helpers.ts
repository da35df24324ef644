/** Shared set-up for the loader integration tests: the real engine, the Node Parquet reader, bytes. */
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import type { Progress } from '../../../workers/api';
import type { NodeEngine } from '../../../node/engine/duckdb-node-engine';
import type { AppError, Result } from '../../../core/shared/errors';
import { loadFile, type LoadedFile, type LoadFileOptions } from '../../../workers/loaders/load-file';
import type { ParquetApi } from '../../../workers/loaders/parquet-api';

/** UTF-8 bytes. */
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** GBK bytes (what Chinese hospital systems export). */
export const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gbk'));
/** Hex SHA-256 via node:crypto, to check the loader's streamed hash. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let counter = 0;

/** Loads bytes as a file into a fresh table; returns the result and the progress reports. */
export async function load(
  engine: NodeEngine,
  parquet: ParquetApi,
  bytes: Uint8Array | Blob,
  fileName: string,
  options: Partial<LoadFileOptions> = {},
): Promise<{ result: Result<LoadedFile>; table: string; progress: Progress[] }> {
  counter += 1;
  const table = `raw_t${counter}`;
  const progress: Progress[] = [];
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart]);
  const result = await loadFile(engine, blob, fileName, table, {
    parquet: async () => parquet,
    onProgress: (p) => progress.push(p),
    ...options,
  });
  return { result, table, progress };
}

/** The value of a successful load (fails the test with the error otherwise). */
export function loaded(result: Result<LoadedFile>): LoadedFile {
  if (!result.ok) throw new Error(`expected a load, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a failed load (fails the test otherwise). */
export function failed(result: Result<LoadedFile>): AppError {
  if (result.ok) throw new Error(`expected an error, got a load of ${result.value.rowCount} rows`);
  return result.error;
}

/** Whether a table exists in the engine. */
export async function tableExists(engine: NodeEngine, table: string): Promise<boolean> {
  const rows = await engine.rows<{ n: number }>(
    `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = '${table}'`,
  );
  return rows[0]?.n === 1;
}
