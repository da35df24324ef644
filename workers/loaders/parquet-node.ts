import type { ParquetApi } from './parquet-api';
import { parquetApiFrom } from './parquet-api';

/** The Parquet reader under Node (tests, headless runs): parquet-wasm's Node build loads its wasm itself. */
export async function nodeParquet(): Promise<ParquetApi> {
  const module = await import('parquet-wasm/node');
  return parquetApiFrom(module);
}
