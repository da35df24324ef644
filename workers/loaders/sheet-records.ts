/** A cell as read-excel-file returns it when numbers are kept as their stored text. */
export type SheetCell = string | number | boolean | Date | null | undefined;

/**
 * Turns sheet rows into text records, padded to the widest row: strings and numbers exactly as stored
 * (pass `parseNumber: s => s` to the reader so `001103` and `0.1` are not reformatted), booleans as
 * `true`/`false`, dates as ISO 8601 (`2024-03-01`, or `2024-03-01T08:30:00` when there is a time: Excel
 * stores wall-clock time, which read-excel-file puts in UTC fields), empty cells as ''.
 */
export function sheetRecords(rows: readonly (readonly SheetCell[])[]): string[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((row) => Array.from({ length: width }, (_, i) => cellText(row[i])));
}

function cellText(value: SheetCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  return String(value);
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
}

/** Writes records as RFC 4180 CSV (comma, `"` quoting only where needed, `\n` line ends). */
export function recordsToCsv(records: readonly (readonly string[])[]): string {
  // A one-column record with an empty value would be a blank line, which CSV readers skip: quote it.
  return (
    records.map((r) => (r.length === 1 && r[0] === '' ? '""' : r.map(csvField).join(','))).join('\n') + '\n'
  );
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
