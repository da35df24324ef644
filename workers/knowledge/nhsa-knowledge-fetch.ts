/**
 * How the browser's kernel worker obtains the shipped knowledge asset: Vite emits
 * `nhsa-knowledge.json.gz` as a content-hashed file of the build (same origin, so the CSP's
 * `connect-src 'self'` allows it, and the offline cache precaches it with every other emitted file), and
 * the worker fetches it once the kernel starts. It is never part of a JavaScript bundle.
 */
import assetUrl from './nhsa-knowledge.json.gz?url';

/** The asset's bytes (gzip, or inflated already by a host that sent `Content-Encoding: gzip`). */
export async function fetchNhsaKnowledge(): Promise<Uint8Array> {
  const response = await fetch(assetUrl);
  if (!response.ok) {
    throw new Error(
      `国家医保局知识库文件未能读取（HTTP ${response.status}）/ the NHSA knowledge file could not be read (HTTP ${response.status}): ${assetUrl}`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}
