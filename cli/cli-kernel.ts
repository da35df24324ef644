import type { KernelApi } from '../workers/api';
import { createKernel } from '../workers/kernel/kernel';
import { readNhsaKnowledgeFile } from '../node/knowledge/nhsa-knowledge-file';
import { nodeParquet } from '../workers/loaders/parquet-node';
import type { CliEngine } from './cli-engine';
import { createFileSinkFactory } from './local-files';

/**
 * The CLI's kernel: the app's kernel (`createKernel`) over the run's engine, with Parquet read by the
 * Node reader, large files spooled to `tempDir`, and the shipped NHSA knowledge read from disk.
 */
export function createCliKernel(engine: CliEngine, tempDir: string): KernelApi {
  return createKernel({
    createEngine: async () => engine,
    parquet: nodeParquet,
    createSink: createFileSinkFactory(tempDir),
    knowledgeAsset: readNhsaKnowledgeFile,
  });
}
