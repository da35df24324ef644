/** Whether `bytes` start with gzip's magic number (1f 8b). */
export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Inflates gzip bytes with the platform's `DecompressionStream` (browsers and Node ≥ 18 both have it, so
 * no library is shipped for it). Bytes that are not gzip are returned as they are: a static host may serve
 * a `.gz` file with `Content-Encoding: gzip`, and then the browser has inflated it already.
 */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
