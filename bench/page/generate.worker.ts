/**
 * The benchmark page's generator worker: generates a dataset with the app's generator and hashes every
 * table (hash-wasm, as the loaders hash files), off the main thread as the kernel worker would.
 */
import * as Comlink from 'comlink';
import { createSHA256 } from 'hash-wasm';
import type { GenerateOptions } from '../../workers/generator/generate-dataset';
import { digestDataset, type DatasetDigest } from '../table-digest';

const api = {
  digest(options: GenerateOptions): Promise<DatasetDigest> {
    return digestDataset(options, async () => {
      const hasher = await createSHA256();
      hasher.init();
      return { update: (bytes) => void hasher.update(bytes), digest: () => hasher.digest('hex') };
    });
  },
};

/** What the worker exposes through Comlink. */
export type GenerateWorkerApi = typeof api;

Comlink.expose(api);
