/** DuckDB's name for an Arrow column type, so result headers say `BIGINT`, not `Int64`. */
import { DateUnit, Precision, TimeUnit, Type } from 'apache-arrow';
import type { DataType, Field } from 'apache-arrow';

/** The DuckDB type name for an Arrow type as DuckDB-WASM writes it (`DECIMAL(18,2)`, `TIMESTAMP`, `VARCHAR[]`). */
export function typeLabel(type: DataType): string {
  const t = type as DataType & Record<string, unknown>;
  switch (type.typeId) {
    case Type.Int: {
      const bits = t.bitWidth as number;
      const name = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' }[bits] ?? `INT${bits}`;
      return t.isSigned ? name : `U${name}`;
    }
    case Type.Float:
      return t.precision === Precision.DOUBLE
        ? 'DOUBLE'
        : t.precision === Precision.SINGLE
          ? 'FLOAT'
          : 'HALF';
    case Type.Decimal:
      return `DECIMAL(${t.precision as number},${t.scale as number})`;
    case Type.Utf8:
    case Type.LargeUtf8:
      return 'VARCHAR';
    case Type.Bool:
      return 'BOOLEAN';
    case Type.Binary:
    case Type.LargeBinary:
    case Type.FixedSizeBinary:
      return 'BLOB';
    case Type.Date:
      return t.unit === DateUnit.DAY ? 'DATE' : 'DATE (ms)';
    case Type.Time:
      return 'TIME';
    case Type.Timestamp: {
      const base = {
        [TimeUnit.SECOND]: 'TIMESTAMP_S',
        [TimeUnit.MILLISECOND]: 'TIMESTAMP_MS',
        [TimeUnit.MICROSECOND]: 'TIMESTAMP',
        [TimeUnit.NANOSECOND]: 'TIMESTAMP_NS',
      }[t.unit as TimeUnit];
      return t.timezone ? 'TIMESTAMP WITH TIME ZONE' : base;
    }
    case Type.Interval:
      return 'INTERVAL';
    case Type.Null:
      return 'NULL';
    case Type.List:
    case Type.FixedSizeList:
      return `${typeLabel(type.children[0]!.type as DataType)}[]`;
    case Type.Struct:
      return `STRUCT(${type.children.map((c: Field) => `${c.name} ${typeLabel(c.type as DataType)}`).join(', ')})`;
    case Type.Map: {
      const [key, value] = (type.children[0]!.type as DataType).children;
      return `MAP(${typeLabel(key!.type as DataType)}, ${typeLabel(value!.type as DataType)})`;
    }
    case Type.Dictionary:
      return typeLabel(t.dictionary as DataType);
    default:
      return String(type);
  }
}
