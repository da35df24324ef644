/** The file kinds the loaders tell apart. `xls` (legacy binary Excel) is recognised only to refuse it. */
export type FileFormat = 'csv' | 'parquet' | 'xlsx' | 'xls';

const startsWith = (head: Uint8Array, magic: readonly number[]) => magic.every((b, i) => head[i] === b);

/**
 * Chooses how to read a file: by its first bytes (`PAR1` → Parquet, `PK\x03\x04` → xlsx, the OLE2
 * signature → legacy .xls), else by extension, else delimited text.
 */
export function detectFormat(head: Uint8Array, fileName: string): FileFormat {
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  const ext = fileExtension(fileName);
  if (ext === 'parquet' || ext === 'parq') return 'parquet';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'xls') return 'xls';
  return 'csv';
}

/** The lower-case extension without the dot ('' when there is none). */
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
