import init, * as parquet from 'parquet-wasm/esm';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetApi } from './parquet-api';
import { parquetApiFrom } from './parquet-api';

/** The Parquet reader in the browser worker: the ESM build, its wasm served by Vite from the same origin. */
export async function browserParquet(): Promise<ParquetApi> {
  await init({ module_or_path: wasmUrl });
  return parquetApiFrom(parquet);
}
