/** The longest stem kept in a raw table name (DuckDB allows more; people have to type these). */
const MAX_STEM = 48;

/**
 * Names the raw table for a file: `raw_<stem>` where the stem is the file name without its extension,
 * lower-cased, with anything but letters (Chinese included), digits and `_` turned into `_`. Made unique
 * against `taken` (case-insensitively, as DuckDB compares identifiers) by appending `_2`, `_3`, …
 */
export function rawTableName(fileName: string, taken: ReadonlySet<string>): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, MAX_STEM)
    .replace(/_$/, '');
  const name = `raw_${stem === '' ? 'file' : stem}`;
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(name)) return name;
  for (let k = 2; ; k++) {
    const candidate = `${name}_${k}`;
    if (!lower.has(candidate)) return candidate;
  }
}
