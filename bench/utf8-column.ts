import { Utf8, makeData, type Data } from 'apache-arrow';

const INITIAL_BYTES = 64 * 1024;
const INITIAL_ROWS = 1024;

/**
 * The buffers of one Arrow Utf8 column being filled value by value: UTF-8 bytes, offsets and validity,
 * grown by doubling and reused from batch to batch. An empty value is null (as the CSV loader reads an
 * empty cell).
 */
export class Utf8Column {
  /** UTF-8 bytes of the values so far; writers fill it directly up to `bytes`. */
  data = new Uint8Array(INITIAL_BYTES);
  /** Bytes used in `data`. */
  bytes = 0;
  rows = 0;
  private offsets = new Int32Array(INITIAL_ROWS + 1);
  private validity = new Uint8Array(INITIAL_ROWS / 8);

  /** Whether bytes were written since the last ended value. */
  get valueStarted(): boolean {
    return this.bytes > (this.offsets[this.rows] as number);
  }

  /** Makes room for at least `more` further bytes in `data`. */
  reserve(more: number): void {
    if (this.bytes + more <= this.data.length) return;
    const grown = new Uint8Array(Math.max(this.data.length * 2, this.bytes + more));
    grown.set(this.data.subarray(0, this.bytes));
    this.data = grown;
  }

  /** Ends the current value: the bytes written since the previous one. */
  endValue(): void {
    const row = this.rows;
    if (row === this.validity.length * 8) {
      const offsets = new Int32Array(row * 2 + 1);
      offsets.set(this.offsets);
      this.offsets = offsets;
      const validity = new Uint8Array(row / 4);
      validity.set(this.validity);
      this.validity = validity;
    }
    this.setValid(row, this.bytes !== this.offsets[row]);
    this.offsets[row + 1] = this.bytes;
    this.rows = row + 1;
  }

  /** The first `rows` values as Arrow data: views into the buffers, so serialize before `drop`. */
  toData(rows: number): Data<Utf8> {
    let nullCount = 0;
    for (let row = 0; row < rows; row += 1) if (this.offsets[row + 1] === this.offsets[row]) nullCount += 1;
    return makeData({
      type: new Utf8(),
      length: rows,
      nullCount,
      nullBitmap: this.validity.subarray(0, Math.ceil(rows / 8)),
      valueOffsets: this.offsets.subarray(0, rows + 1),
      data: this.data.subarray(0, this.offsets[rows]),
    });
  }

  /**
   * Drops the first `rows` values, keeping the buffers. What follows them (the ended values and the
   * bytes of an unfinished one of a record cut by a chunk boundary) moves to the front.
   */
  drop(rows: number): void {
    const start = this.offsets[rows] as number;
    this.data.copyWithin(0, start, this.bytes);
    this.bytes -= start;
    const kept = this.rows - rows;
    for (let k = 0; k < kept; k += 1) {
      const from = (this.offsets[rows + k] as number) - start;
      const to = (this.offsets[rows + k + 1] as number) - start;
      this.offsets[k] = from;
      this.offsets[k + 1] = to;
      this.setValid(k, to > from);
    }
    this.offsets[0] = 0;
    this.rows = kept;
  }

  private setValid(row: number, valid: boolean): void {
    const byte = this.validity[row >> 3] as number;
    const bit = 1 << (row & 7);
    this.validity[row >> 3] = valid ? byte | bit : byte & ~bit;
  }
}
