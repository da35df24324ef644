import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import iconv from 'iconv-lite';

/** How a table came out. */
export interface CsvTableSummary {
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Writes CSV text chunks (header first, as `generateCsv` streams them) to a file as they come, in UTF-8
 * or GBK, so memory holds one chunk. `rows` excludes the header.
 */
export async function writeCsvTable(
  chunks: Iterable<string>,
  file: string,
  encoding: 'utf8' | 'gbk',
): Promise<CsvTableSummary> {
  const stream = createWriteStream(file);
  const encoder = encoding === 'gbk' ? iconv.getEncoder('gbk') : null;
  let rows = 0;
  let bytes = 0;
  const write = async (buffer: Buffer) => {
    bytes += buffer.length;
    if (!stream.write(buffer)) await once(stream, 'drain');
  };
  for (const chunk of chunks) {
    // Generated fields never contain line breaks, so every newline ends a record.
    rows += countNewlines(chunk);
    await write(encoder ? encoder.write(chunk) : Buffer.from(chunk, 'utf8'));
  }
  const tail = encoder?.end();
  if (tail && tail.length > 0) await write(tail);
  stream.end();
  await once(stream, 'finish');
  return { rows: rows - 1, bytes };
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
