import { Field, RecordBatch, Schema, Struct, Table, Utf8, makeData, tableToIPC } from 'apache-arrow';
import { Utf8Column } from './utf8-column';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Turns CSV text, arriving in chunks cut anywhere, into Arrow record batches of Utf8 columns named by
 * the header row. RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end
 * with LF or CRLF (a CR outside quotes is dropped). Fields go straight into UTF-8 column buffers without
 * becoming strings: at millions of records, per-field strings cost more in garbage collection than
 * everything else together. Lenient where our generator never goes (a quote inside an unquoted field
 * starts a quoted run); a record whose width differs from the header's throws.
 */
export class CsvColumnEncoder {
  /** The header's names, once the header record is complete. */
  names: string[] | null = null;
  private columns: Utf8Column[] = [];
  /** Complete data records not yet taken. */
  private records = 0;
  private column = 0;
  private quoted = false;
  private closedQuote = false;
  private highSurrogate = '';
  private header = '';

  /** Complete data records encoded since the last `takeIpc`. */
  get rows(): number {
    return this.records;
  }

  /** Encodes a chunk of CSV text. */
  push(text: string): void {
    let chunk = this.highSurrogate + text;
    this.highSurrogate = '';
    // A surrogate pair cut by the chunk boundary is encoded once its second half arrives.
    const last = chunk.charCodeAt(chunk.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.highSurrogate = chunk.slice(-1);
      chunk = chunk.slice(0, -1);
    }
    const start = this.names === null ? this.pushHeader(chunk) : 0;
    if (this.names !== null) this.encode(chunk, start);
  }

  /** Ends the input: a last record without a line break still counts. */
  end(): void {
    const pending = this.highSurrogate !== '' ? '\uFFFD' : '';
    this.highSurrogate = '';
    if (pending !== '') this.push(pending);
    if (this.quoted) throw new Error('the CSV ends inside a quoted field');
    const unfinished =
      this.names === null ? this.header !== '' : this.column > 0 || this.columns[0]?.valueStarted === true;
    if (unfinished) this.push('\n');
  }

  /** The complete records as an Arrow IPC stream of one batch (possibly 0 rows); starts a new batch. */
  takeIpc(): Uint8Array {
    if (this.names === null) throw new Error('the CSV has no header');
    const rows = this.records;
    const schema = new Schema(this.names.map((name) => new Field(name, new Utf8(), true)));
    const children = this.columns.map((c) => c.toData(rows));
    const data = makeData({ type: new Struct(schema.fields), length: rows, nullCount: 0, children });
    const ipc = tableToIPC(new Table([new RecordBatch(schema, data)]), 'stream');
    for (const c of this.columns) c.drop(rows);
    this.records = 0;
    return ipc;
  }

  /** Reads header characters; returns where the data starts in `chunk` (its length while the header lasts). */
  private pushHeader(chunk: string): number {
    const end = headerEnd(this.header, chunk);
    if (end < 0) {
      this.header += chunk;
      return chunk.length;
    }
    this.names = parseHeader(this.header + chunk.slice(0, end));
    this.header = '';
    this.columns = this.names.map(() => new Utf8Column());
    return end + 1;
  }

  private encode(chunk: string, start: number): void {
    const width = this.columns.length;
    let col = this.columns[this.column] as Utf8Column;
    let buf = col.data;
    let n = col.bytes;
    let quoted = this.quoted;
    let closed = this.closedQuote;
    for (let i = start; i < chunk.length; i += 1) {
      let c = chunk.charCodeAt(i);
      if (c === QUOTE) {
        if (quoted) {
          quoted = false;
          closed = true;
          continue;
        }
        quoted = true;
        // A quote right after a closing one is an escaped quote inside the field: write it.
        if (!closed) continue;
      } else if (!quoted) {
        if (c === COMMA || c === LF) {
          col.bytes = n;
          col.endValue();
          if (c === COMMA) this.column += 1;
          else if (this.column === width - 1) {
            this.column = 0;
            this.records += 1;
          } else this.column = width;
          if (this.column >= width) throw new Error(`record ${this.records + 1} is not ${width} fields wide`);
          col = this.columns[this.column] as Utf8Column;
          buf = col.data;
          n = col.bytes;
          closed = false;
          continue;
        }
        if (c === CR) continue;
      }
      closed = false;
      if (n + 4 > buf.length) {
        col.bytes = n;
        col.reserve(4);
        buf = col.data;
      }
      if (c < 0x80) buf[n++] = c;
      else if (c < 0x800) {
        buf[n++] = 0xc0 | (c >> 6);
        buf[n++] = 0x80 | (c & 0x3f);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const low = chunk.charCodeAt(i + 1);
          if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
            const cp = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
            buf[n++] = 0xf0 | (cp >> 18);
            buf[n++] = 0x80 | ((cp >> 12) & 0x3f);
            buf[n++] = 0x80 | ((cp >> 6) & 0x3f);
            buf[n++] = 0x80 | (cp & 0x3f);
            i += 1;
            continue;
          }
          c = 0xfffd; // a lone surrogate, as TextEncoder writes it
        }
        buf[n++] = 0xe0 | (c >> 12);
        buf[n++] = 0x80 | ((c >> 6) & 0x3f);
        buf[n++] = 0x80 | (c & 0x3f);
      }
    }
    col.bytes = n;
    this.quoted = quoted;
    this.closedQuote = closed;
  }
}

/** Index in `chunk` of the LF ending the header whose start (`before`) came earlier, or -1. */
function headerEnd(before: string, chunk: string): number {
  let quoted = false;
  for (const ch of before) if (ch === '"') quoted = !quoted;
  for (let i = 0; i < chunk.length; i += 1) {
    if (chunk[i] === '"') quoted = !quoted;
    else if (chunk[i] === '\n' && !quoted) return i;
  }
  return -1;
}

/** The fields of the header record (without its LF). */
function parseHeader(record: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < record.length; i += 1) {
    const ch = record[i] as string;
    if (ch === '"') {
      if (quoted && record[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = !quoted;
    } else if (!quoted && ch === ',') {
      fields.push(field);
      field = '';
    } else if (quoted || ch !== '\r') field += ch;
  }
  fields.push(field);
  return fields;
}
