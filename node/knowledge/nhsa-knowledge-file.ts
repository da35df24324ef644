import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where the shipped knowledge asset lies in the checkout (built by scripts/build-nhsa-knowledge.ts). */
export const NHSA_KNOWLEDGE_FILE = fileURLToPath(
  new URL('../../workers/knowledge/nhsa-knowledge.json.gz', import.meta.url),
);

/** The shipped knowledge asset's gzip bytes, read from disk: `KernelDeps.knowledgeAsset` under Node. */
export async function readNhsaKnowledgeFile(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(NHSA_KNOWLEDGE_FILE));
}
