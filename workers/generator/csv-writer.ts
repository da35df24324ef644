/** Characters that force a CSV field into quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** Target size of each chunk of CSV text, in UTF-16 code units. */
export const CHUNK_SIZE = 64 * 1024;

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break; inner quotes doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Accumulates CSV records (already-escaped fields joined by commas, without line ending) into text
 * chunks of about CHUNK_SIZE. Callers add records in a plain loop and take a chunk whenever `isFull`,
 * which keeps generator overhead per chunk instead of per record.
 */
export class CsvBuffer {
  private text: string;

  constructor(
    header: readonly string[],
    private readonly eol: string,
  ) {
    this.text = header.map(csvField).join(',') + eol;
  }

  /** Appends one record. */
  add(record: string): void {
    this.text += record + this.eol;
  }

  /** Whether a chunk is ready to take. */
  get isFull(): boolean {
    return this.text.length >= CHUNK_SIZE;
  }

  /** Takes the buffered text (possibly empty) and starts a new chunk. */
  take(): string {
    const out = this.text;
    this.text = '';
    return out;
  }
}
