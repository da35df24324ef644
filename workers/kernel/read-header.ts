import { parseRecords } from '../loaders/parse-records';
import { sniffDelimiter } from '../loaders/sniff-delimiter';
import { sniffEncoding } from '../loaders/sniff-encoding';

/** How many bytes of a delimited file are read to find its header line. */
const HEADER_BYTES = 64 * 1024;

/** Extensions whose header is read as delimited text. */
const TEXT_EXTENSIONS = ['.csv', '.tsv', '.txt'];

/**
 * The column names of a file's first line, read cheaply (its first 64 KiB, in the encoding the loader
 * would detect), for telling knowledge from data before anything loads. Empty for files whose header is
 * not plain text (Excel, Parquet) or that cannot be decoded: those are recognised by their name alone,
 * and the loader reports any problem with the file itself.
 */
export async function readHeader(file: Blob, fileName: string): Promise<string[]> {
  const lower = fileName.toLowerCase();
  if (!TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return [];
  const isComplete = file.size <= HEADER_BYTES;
  const bytes = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  const sniff = sniffEncoding(bytes, isComplete);
  if (sniff.kind !== 'text') return [];
  const decoder = new TextDecoder(sniff.encoding === 'gb18030' ? 'gb18030' : 'utf-8', { ignoreBOM: false });
  const text = decoder.decode(bytes);
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const delimiter = sniffDelimiter(text, isComplete);
  const [header] = parseRecords(firstLine, delimiter, 1).records;
  return (header ?? []).map((name) => name.trim()).filter((name) => name !== '');
}
