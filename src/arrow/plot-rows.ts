/**
 * The one place Arrow results become plain row objects for charts. Plot wants JavaScript values, so
 * each column is converted once, here: BIGINT → number (text beyond ±2^53, where a number would lie),
 * DECIMAL → number, DATE and TIMESTAMP → `Date` (their stored wall time read as UTC, which is what
 * Plot's default `utc` time scale shows back), nested and exotic types → the text the result table
 * shows. Only reading is used (`tableFromIPC`, `Vector.get`): apache-arrow's builders compile code with
 * `new Function`, which the CSP forbids.
 */
import { TimeUnit, Type, tableFromIPC } from 'apache-arrow';
import type { Data, DataType, Table, Vector } from 'apache-arrow';
import type { ColumnInfo } from '../../workers/api';
import { columnFormatter, decimalToString } from './format-cell';
import { typeLabel } from './type-label';

/** A value a chart channel can hold. */
export type PlotValue = number | string | boolean | Date | null;

/** One result row for Plot: column name → value. Built without a prototype, so any name is plain data. */
export type PlotRow = { readonly [column: string]: PlotValue };

/** Rows for a chart, and what was left out. */
export interface PlotRows {
  readonly rows: readonly PlotRow[];
  readonly columns: readonly ColumnInfo[];
  /** Rows in the result, converted or not. */
  readonly totalRows: number;
  /** True when only the first `maxRows` rows were converted. */
  readonly truncated: boolean;
}

/** Options of `plotRowsFromIpc`. */
export interface PlotRowsOptions {
  /** Convert at most this many rows (default `PLOT_MAX_ROWS`): a chart of more is unreadable and slow. */
  readonly maxRows?: number;
}

/** How many rows a chart draws at most by default. */
export const PLOT_MAX_ROWS = 50_000;

/** Reads Arrow IPC stream bytes (a query result) into rows for Plot. */
export function plotRowsFromIpc(ipc: Uint8Array, options: PlotRowsOptions = {}): PlotRows {
  return plotRowsFromTable(tableFromIPC(ipc), options);
}

/** Converts an Arrow table into rows for Plot, capped at `maxRows`. */
export function plotRowsFromTable(table: Table, options: PlotRowsOptions = {}): PlotRows {
  const maxRows = Math.max(0, Math.floor(options.maxRows ?? PLOT_MAX_ROWS));
  const count = Math.min(table.numRows, maxRows);
  const fields = table.schema.fields;
  const readers = fields.map((_field, j) => plotValueReader(table.getChildAt(j) as Vector));
  const rows: PlotRow[] = [];
  for (let i = 0; i < count; i++) {
    const row = Object.create(null) as Record<string, PlotValue>;
    fields.forEach((field, j) => {
      row[field.name] = (readers[j] as PlotValueReader)(i);
    });
    rows.push(row);
  }
  return {
    rows,
    columns: fields.map((field) => ({ name: field.name, type: typeLabel(field.type as DataType) })),
    totalRows: table.numRows,
    truncated: table.numRows > count,
  };
}

/** Reads the value at `row` of one column. */
type PlotValueReader = (row: number) => PlotValue;

/** Beyond ±8.64e15 ms a JS `Date` is invalid (DuckDB's `infinity` dates and timestamps). */
const MAX_DATE_MS = 8.64e15;
const UNITS_PER_MS: Record<TimeUnit, number> = {
  [TimeUnit.SECOND]: 1e-3,
  [TimeUnit.MILLISECOND]: 1,
  [TimeUnit.MICROSECOND]: 1e3,
  [TimeUnit.NANOSECOND]: 1e6,
};

/** Builds the reader of one column, chosen once by its Arrow type. */
function plotValueReader(vector: Vector): PlotValueReader {
  const type = vector.type as DataType;
  const get = (row: number) => (vector.isValid(row) ? (vector.get(row) as unknown) : null);
  switch (type.typeId) {
    case Type.Int:
      return (row) => fromInteger(get(row) as number | bigint | null);
    case Type.Float:
    case Type.Bool:
    case Type.Utf8:
    case Type.LargeUtf8:
      return (row) => get(row) as PlotValue;
    case Type.Decimal: {
      const { scale } = type as DataType & { scale: number };
      return (row) => {
        const words = get(row) as Uint32Array | null;
        return words === null ? null : fromDecimalText(decimalToString(words, scale), scale);
      };
    }
    case Type.Date:
      return (row) => toDate(get(row) as number | null);
    case Type.Timestamp:
      return timestampReader(vector, UNITS_PER_MS[(type as DataType & { unit: TimeUnit }).unit]);
    case Type.Dictionary: {
      const valueType = (type as DataType & { dictionary: DataType }).dictionary;
      if (valueType.typeId === Type.Utf8 || valueType.typeId === Type.LargeUtf8)
        return (row) => get(row) as string | null;
      return columnFormatter(vector);
    }
    case Type.Null:
      return () => null;
    default:
      // TIME, INTERVAL, BLOB, lists, structs, maps: the result table's text, so the chart matches it.
      return columnFormatter(vector);
  }
}

function fromInteger(value: number | bigint | null): number | string | null {
  if (typeof value !== 'bigint') return value;
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

/** A DECIMAL's exact text as a number; a whole number too large for one stays text (HUGEINT). */
function fromDecimalText(text: string, scale: number): number | string {
  const value = Number(text);
  return scale <= 0 && !Number.isSafeInteger(value) ? text : value;
}

function toDate(ms: number | null): Date | null {
  return ms === null || !Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS ? null : new Date(ms);
}

/**
 * Timestamps are read from the raw 64-bit values: `Vector.get` throws on DuckDB's `infinity`
 * (apache-arrow 17 refuses to convert a BigInt beyond 2^53 to a number).
 */
function timestampReader(vector: Vector, unitsPerMs: number): PlotValueReader {
  const chunks = vector.data as Data[];
  const starts: number[] = [];
  let start = 0;
  for (const chunk of chunks) {
    starts.push(start);
    start += chunk.length;
  }
  let current = 0;
  return (row) => {
    // Rows are read in order, so the chunk only ever moves forward; search from 0 when it does not.
    if (row < (starts[current] as number)) current = 0;
    while (current + 1 < chunks.length && row >= (starts[current + 1] as number)) current++;
    const data = chunks[current] as Data;
    const index = row - (starts[current] as number);
    if (!data.getValid(index)) return null;
    const raw = (data.values as BigInt64Array)[index] as bigint;
    return toDate(Number(raw) / unitsPerMs);
  };
}
