import type { Table } from 'apache-arrow';

/** Converts a (small) Arrow table to plain objects: BIGINT → number, everything else as Arrow gives it. */
export function arrowToRows<T extends Record<string, unknown>>(table: Table): T[] {
  const out: T[] = [];
  for (const row of table) {
    const obj: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row?.toJSON() ?? {})) {
      obj[key] = typeof value === 'bigint' ? Number(value) : value;
    }
    out.push(obj as T);
  }
  return out;
}
