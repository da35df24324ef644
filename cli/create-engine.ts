import { availableParallelism } from 'node:os';
import { assertNever } from '../core/shared/invariant';
import type { CliEngine } from './cli-engine';
import { DEFAULT_NATIVE_DIR } from '../node/native/native-api';
import { createNativeEngine } from './native-engine';
import type { RunOptions } from './parse-args';
import { createWasmEngine } from './wasm-engine';

/** Starts the engine `--engine` names; native gets `--threads` threads, else every core. */
export async function createCliEngine(
  options: RunOptions,
  readableFiles: readonly string[],
  tempDir: string,
): Promise<CliEngine> {
  switch (options.engine) {
    case 'wasm':
      return createWasmEngine();
    case 'native':
      return createNativeEngine({
        dir: options.nativeDir ?? DEFAULT_NATIVE_DIR,
        threads: options.threads ?? availableParallelism(),
        readableFiles,
        tempDir,
      });
    default:
      return assertNever(options.engine, 'engine');
  }
}
