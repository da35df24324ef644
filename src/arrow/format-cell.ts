/**
 * The one place Arrow values become display strings. Every cell of a result table goes through
 * `columnFormatter`, which reads the Arrow column directly (no row objects) and prints values the way
 * DuckDB's own `::VARCHAR` cast does, so what the auditor sees matches what DuckDB computed: BIGINT and
 * DECIMAL digit for digit (no float rounding), dates and timestamps as stored (no time-zone shift).
 */
import { IntervalUnit, Precision, TimeUnit, Type } from 'apache-arrow';
import type { Data, DataType, Vector } from 'apache-arrow';

/** Formats the cell at `row` of one column: a display string, or `null` for SQL NULL. */
export type CellFormatter = (row: number) => string | null;

/** Builds the formatter of one column (call once per column, then once per visible cell). */
export function columnFormatter(vector: Vector): CellFormatter {
  const type = vector.type as DataType;
  const valid = (row: number) => vector.isValid(row);
  switch (type.typeId) {
    case Type.Timestamp: {
      const at = locator(vector);
      const { unit, timezone } = type as DataType & { unit: TimeUnit; timezone: string | null };
      return (row) => {
        if (!valid(row)) return null;
        const [data, i] = at(row);
        const text = formatTimestamp((data.values as BigInt64Array)[i] as bigint, unit);
        return timezone ? `${text}+00` : text;
      };
    }
    case Type.Interval: {
      const at = locator(vector);
      const { unit } = type as DataType & { unit: IntervalUnit };
      return (row) => (valid(row) ? formatIntervalAt(...at(row), unit) : null);
    }
    case Type.Struct: {
      const fields = type.children.map((field, j) => {
        const child = vector.getChildAt(j)!;
        // DuckDB always quotes struct keys.
        return [
          `'${field.name.replaceAll("'", "\\'")}'`,
          elementFormatter(columnFormatter(child), child.type),
        ] as const;
      });
      return (row) => (valid(row) ? `{${fields.map(([name, f]) => `${name}: ${f(row)}`).join(', ')}}` : null);
    }
    case Type.List:
    case Type.FixedSizeList:
      return (row) => (valid(row) ? formatList(vector.get(row) as Vector) : null);
    case Type.Map: {
      const entry = type.children[0]!.type as DataType;
      const [keyType, valueType] = entry.children.map((c) => c.type as DataType);
      return (row) => {
        if (!valid(row)) return null;
        const pairs: string[] = [];
        for (const [k, v] of vector.get(row) as Iterable<[unknown, unknown]>) {
          pairs.push(`${nestedScalar(k, keyType!)}=${nestedScalar(v, valueType!)}`);
        }
        return `{${pairs.join(', ')}}`;
      };
    }
    case Type.Dictionary: {
      const valueType = (type as DataType & { dictionary: DataType }).dictionary;
      return (row) => (valid(row) ? formatScalar(vector.get(row), valueType) : null);
    }
    default:
      return (row) => (valid(row) ? formatScalar(vector.get(row), type) : null);
  }
}

/** True for types shown right-aligned (integers, floats, decimals). */
export function isNumericType(type: DataType): boolean {
  return type.typeId === Type.Int || type.typeId === Type.Float || type.typeId === Type.Decimal;
}

/** One non-nested value as `Vector.get` returns it; `null` for null. */
export function formatScalar(value: unknown, type: DataType): string | null {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case Type.Int:
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Bool:
      return String(value);
    case Type.Float:
      return formatFloat(value as number, (type as DataType & { precision: Precision }).precision);
    case Type.Decimal:
      return decimalToString(value as Uint32Array, (type as DataType & { scale: number }).scale);
    case Type.Date:
      return formatDateMs(value as number);
    case Type.Time:
      return formatTime(BigInt(value as number | bigint), (type as DataType & { unit: TimeUnit }).unit);
    case Type.Timestamp:
      // Nested timestamps arrive as epoch milliseconds (possibly fractional): microsecond precision.
      return formatTimestamp(BigInt(Math.round((value as number) * 1000)), TimeUnit.MICROSECOND);
    case Type.Binary:
    case Type.LargeBinary:
    case Type.FixedSizeBinary:
      return formatBlob(value as Uint8Array);
    case Type.Null:
      return null;
    default:
      return String(value);
  }
}

/** A DECIMAL from its little-endian two's-complement 32-bit words (128-bit: four words) and scale. */
export function decimalToString(words: Uint32Array, scale: number): string {
  let value = 0n;
  for (let i = words.length - 1; i >= 0; i--) value = (value << 32n) | BigInt(words[i]!);
  if (words.length > 0 && (words[words.length - 1]! & 0x8000_0000) !== 0)
    value -= 1n << BigInt(words.length * 32);
  return scaledToString(value, scale);
}

/** An integer `value` divided by 10^scale, printed with exactly `scale` decimals: `-1234, 2` → `-12.34`. */
export function scaledToString(value: bigint, scale: number): string {
  if (scale <= 0) return (value * 10n ** BigInt(-scale)).toString();
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const MS_PER_DAY = 86_400_000;
/** Beyond this many days from 1970 a date is outside JS `Date`; DuckDB uses it only for `infinity`. */
const MAX_DATE_DAYS = 100_000_000;
/** DuckDB's `infinity` timestamp, in any unit. */
const TIMESTAMP_INFINITY = 9_223_372_036_854_775_807n;

/** A DATE given as epoch milliseconds (what Arrow's Date vectors return): `2024-03-05`. */
export function formatDateMs(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  if (Math.abs(days) > MAX_DATE_DAYS) return days > 0 ? 'infinity' : '-infinity';
  const [date, bc] = epochDayParts(days);
  return bc ? `${date} (BC)` : date;
}

const UNITS_PER_SECOND: Record<TimeUnit, bigint> = {
  [TimeUnit.SECOND]: 1n,
  [TimeUnit.MILLISECOND]: 1_000n,
  [TimeUnit.MICROSECOND]: 1_000_000n,
  [TimeUnit.NANOSECOND]: 1_000_000_000n,
};

/** A TIMESTAMP given as an integer count of `unit` since the epoch: `2024-03-05 13:04:05.123456`. */
export function formatTimestamp(value: bigint, unit: TimeUnit): string {
  if (value >= TIMESTAMP_INFINITY || value <= -TIMESTAMP_INFINITY)
    return value > 0n ? 'infinity' : '-infinity';
  const perDay = UNITS_PER_SECOND[unit] * 86_400n;
  let days = value / perDay;
  let rest = value % perDay;
  if (rest < 0n) {
    rest += perDay;
    days -= 1n;
  }
  const [date, bc] = epochDayParts(Number(days));
  const text = `${date} ${clock(rest, unit)}`;
  return bc ? `${text} (BC)` : text;
}

/** A TIME given as an integer count of `unit` since midnight: `13:04:05.25`. */
export function formatTime(value: bigint, unit: TimeUnit): string {
  return clock(value, unit);
}

/** An INTERVAL the way DuckDB prints it: `1 year 2 months 3 days 04:05:06.5`, `-02:00:00`. */
export function formatInterval(months: number, days: number, nanos: bigint): string {
  const parts: string[] = [];
  const years = Math.trunc(months / 12);
  const restMonths = months % 12;
  if (years !== 0) parts.push(`${years} ${Math.abs(years) === 1 ? 'year' : 'years'}`);
  if (restMonths !== 0) parts.push(`${restMonths} ${Math.abs(restMonths) === 1 ? 'month' : 'months'}`);
  if (days !== 0) parts.push(`${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`);
  // DuckDB keeps microseconds; sub-microsecond nanoseconds are not printed.
  const micros = nanos / 1000n;
  if (micros !== 0n || parts.length === 0) {
    const negative = micros < 0n;
    parts.push(`${negative ? '-' : ''}${clock(negative ? -micros : micros, TimeUnit.MICROSECOND)}`);
  }
  return parts.join(' ');
}

function formatIntervalAt(data: Data, index: number, unit: IntervalUnit): string {
  const values = data.values as Int32Array;
  switch (unit) {
    case IntervalUnit.YEAR_MONTH:
      return formatInterval(values[index]!, 0, 0n);
    case IntervalUnit.DAY_TIME:
      return formatInterval(0, values[2 * index]!, BigInt(values[2 * index + 1]!) * 1_000_000n);
    case IntervalUnit.MONTH_DAY_NANO: {
      // apache-arrow 17 slices MONTH_DAY_NANO buffers with a stride of 3 int32 instead of 4
      // (strideForType: `1 + unit`), so `values` may be cut short and a sliced child starts
      // 4 bytes per row too early: read the 16-byte records from the underlying buffer.
      const view = new DataView(values.buffer);
      const at = values.byteOffset + 4 * data.offset + 16 * index;
      return formatInterval(
        view.getInt32(at, true),
        view.getInt32(at + 4, true),
        view.getBigInt64(at + 8, true),
      );
    }
    default:
      return String(unit);
  }
}

function formatList(items: Vector): string {
  const f = elementFormatter(columnFormatter(items), items.type);
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(i));
  return `[${out.join(', ')}]`;
}

const NESTED_TYPES: ReadonlySet<Type> = new Set([Type.List, Type.FixedSizeList, Type.Struct, Type.Map]);

/** An element inside a list, struct or map: `NULL` for null, scalar text quoted when DuckDB would. */
function elementFormatter(f: CellFormatter, type: DataType): (row: number) => string {
  if (NESTED_TYPES.has(type.typeId)) return (row) => f(row) ?? 'NULL';
  return (row) => {
    const text = f(row);
    return text === null ? 'NULL' : quoteNested(text);
  };
}

function nestedScalar(value: unknown, type: DataType): string {
  if (NESTED_TYPES.has(type.typeId)) return formatScalar(value, type) ?? 'NULL';
  const text = formatScalar(value, type);
  return text === null ? 'NULL' : quoteNested(text);
}

/**
 * Quotes a scalar inside a nested value the way DuckDB 1.4's cast to VARCHAR does: when it is empty,
 * has surrounding whitespace, reads as NULL, or holds one of `"'(),:=[]{}` (so `[a, b c]` but
 * `['x:y', '']`).
 */
function quoteNested(text: string): string {
  const needsQuotes =
    text === '' || /^\s|\s$/.test(text) || /^null$/i.test(text) || /["'(),:=[\]{}]/.test(text);
  return needsQuotes ? `'${text.replaceAll("'", "\\'")}'` : text;
}

function formatFloat(value: number, precision: Precision): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  const text = precision === Precision.SINGLE ? shortestFloat32(value) : String(value);
  // DuckDB prints at least two exponent digits: 1e-07.
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

// The shortest decimal that reads back as the same float32 (0.1f prints as 0.1, not 0.10000000149…).
function shortestFloat32(value: number): string {
  for (let digits = 1; digits < 9; digits++) {
    const text = String(Number(value.toPrecision(digits)));
    if (Math.fround(Number(text)) === value) return text;
  }
  return String(value);
}

function formatBlob(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    out +=
      b >= 0x20 && b <= 0x7e && b !== 0x5c
        ? String.fromCharCode(b)
        : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `YYYY-MM-DD` of an epoch day, and whether the year is BC (DuckDB prints `0045-03-15 (BC)`). */
function epochDayParts(days: number): readonly [string, boolean] {
  const d = new Date(days * MS_PER_DAY);
  const year = d.getUTCFullYear();
  const bc = year <= 0;
  const shown = bc ? 1 - year : year;
  return [`${pad(shown, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`, bc];
}

/** `HH:MM:SS[.fraction]` of a non-negative count of `unit`; trailing zeros of the fraction dropped. */
function clock(value: bigint, unit: TimeUnit): string {
  const perSecond = UNITS_PER_SECOND[unit];
  const seconds = value / perSecond;
  const fraction = value % perSecond;
  const hh = seconds / 3600n;
  const mm = (seconds / 60n) % 60n;
  const ss = seconds % 60n;
  let text = `${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}`;
  if (fraction !== 0n) {
    const width = perSecond.toString().length - 1;
    text += `.${fraction.toString().padStart(width, '0').replace(/0+$/, '')}`;
  }
  return text;
}

function pad(n: number | bigint, width: number): string {
  return String(n).padStart(width, '0');
}

/** Finds the chunk holding a row: `[data, index within it]`. */
function locator(vector: Vector): (row: number) => readonly [Data, number] {
  const chunks = vector.data as Data[];
  if (chunks.length === 1) {
    const only = chunks[0]!;
    return (row) => [only, row];
  }
  const starts: number[] = [];
  let start = 0;
  for (const chunk of chunks) {
    starts.push(start);
    start += chunk.length;
  }
  return (row) => {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= row) lo = mid;
      else hi = mid - 1;
    }
    return [chunks[lo]!, row - starts[lo]!];
  };
}
