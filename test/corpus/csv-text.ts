/** A cell of a written CSV: text as is, numbers as written, null as an empty cell. */
export type CsvCell = string | number | null;

/** CSV text (RFC 4180 quoting, CRLF line ends as Windows exports write them) with a header row. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

function quote(cell: CsvCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `1,234.50`: an amount with thousands separators, as bureau exports spell it. */
export function groupedAmount(n: number): string {
  const [whole, cents] = n.toFixed(2).split('.') as [string, string];
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** `1234.50`. */
export const plainAmount = (n: number): string => n.toFixed(2);

/** UTF-8 bytes of a text. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
