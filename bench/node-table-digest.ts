import { createHash } from 'node:crypto';
import type { GenerateOptions } from '../workers/generator/generate-dataset';
import { digestDataset, type DatasetDigest } from './table-digest';

/** `digestDataset` under Node, hashing with node:crypto. */
export function digestDatasetInNode(options: GenerateOptions): Promise<DatasetDigest> {
  return digestDataset(options, () => {
    const hash = createHash('sha256');
    return { update: (bytes) => hash.update(bytes), digest: () => hash.digest('hex') };
  });
}
