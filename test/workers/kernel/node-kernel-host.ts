/** The kernel as the CLI and the browser worker create it, here over DuckDB-WASM under Node. */
import type { KernelApi } from '../../../workers/api';
import { createKernel } from '../../../workers/kernel/kernel';
import { createMemorySink } from '../../../workers/loaders/byte-sink';
import { readNhsaKnowledgeFile } from '../../../node/knowledge/nhsa-knowledge-file';
import { nodeParquet } from '../../../workers/loaders/parquet-node';
import { createNodeEnginePort, type NodeEnginePort } from '../../../node/engine/node-engine-port';
import { generateDemoFiles } from '../../../workers/generator/demo-dataset';
import type { AppError, Result } from '../../../core/shared/errors';

/** A kernel over a fresh Node engine, and the engine (to close it). */
export interface NodeKernelHost {
  readonly kernel: KernelApi;
  /** Resolves once the kernel has started its engine (on its first call). */
  readonly engine: () => Promise<NodeEnginePort>;
  close(): Promise<void>;
}

/** Creates the real kernel over the Node engine port, with the Node Parquet reader and memory sinks. */
export function createNodeKernel(): NodeKernelHost {
  let started: Promise<NodeEnginePort> | undefined;
  const engine = () => (started ??= createNodeEnginePort());
  const kernel = createKernel({
    createEngine: engine,
    parquet: nodeParquet,
    createSink: async () => createMemorySink(),
    knowledgeAsset: readNhsaKnowledgeFile,
  });
  return {
    kernel,
    engine,
    async close() {
      if (started) await (await started).close();
    },
  };
}

/** The demo dataset's files, as the user would pick them. */
export function demoFiles(): Map<string, File> {
  return new Map(generateDemoFiles().map((f) => [f.name, new File([f.text], f.name, { type: 'text/csv' })]));
}

/** A text file, as the user would pick it. */
export const textFile = (name: string, text: string): File => new File([text], name, { type: 'text/csv' });

/** The value of a successful call (fails the test with the error otherwise). */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a failed call (fails the test otherwise). */
export function error<T>(result: Result<T>): AppError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}
