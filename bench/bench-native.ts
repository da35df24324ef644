import path from 'node:path';
import { STORAGE_STATEMENTS } from '../workers/engine/engine-settings';
import { loadNativeDuckDB, type NativeConnection } from '../node/native/native-duckdb';
import type { BenchQuery } from './queries';

/** Timings of the native run. */
export interface NativeTimes {
  readonly loadMs: number;
  /** The part of loadMs spent in statements that read the CSV files. */
  readonly csvMs: number;
  readonly queries: Record<string, number>;
  /** Result rows per query: the browser must return the same number. */
  readonly rows: Record<string, number>;
  readonly queriesMs: number;
}

const REGISTER = /^-- register (\S+) (.+)$/;

/**
 * Replays the browser engine's statements on native DuckDB (same version, 1 thread), with each
 * registered `/claims/…` path pointed at the local file of the same name, then times the same queries.
 */
export async function runNative(options: {
  log: readonly string[];
  extraSetup: readonly string[];
  dataDir: string;
  queries: readonly BenchQuery[];
  runs: number;
  /** Where native DuckDB is installed on first use. */
  nativeDir: string;
  /** Run after the queries, on the same connection (the rule pack). */
  after?: (conn: NativeConnection) => Promise<void>;
}): Promise<NativeTimes> {
  const DuckDBInstance = await loadNativeDuckDB(options.nativeDir);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  const paths = new Map<string, string>();
  // The same storage as the browser engine (compressed in-memory database).
  for (const stmt of STORAGE_STATEMENTS) await conn.run(stmt);
  const started = performance.now();
  let csvMs = 0;
  for (const stmt of options.log) {
    const reg = REGISTER.exec(stmt);
    if (reg) {
      paths.set(reg[1]!, path.join(options.dataDir, reg[2]!));
      continue;
    }
    // The knowledge base's own layer statements insert Arrow data that the log cannot carry; the
    // benchmark sets its knowledge with `extraSetup` on both sides instead.
    if (/\b_kb_\w+/.test(stmt)) continue;
    let sql = stmt;
    for (const [virtual, local] of paths) sql = sql.replaceAll(virtual, local);
    const t = performance.now();
    await conn.runAndReadAll(sql);
    if (sql.includes('read_csv(')) csvMs += performance.now() - t;
  }
  for (const sql of options.extraSetup) await conn.run(sql);
  const loadMs = performance.now() - started;
  const queries: Record<string, number> = {};
  const rows: Record<string, number> = {};
  for (const q of options.queries) {
    const times: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const t = performance.now();
      const reader = (await conn.runAndReadAll(q.sql)) as { currentRowCount: number };
      times.push(performance.now() - t);
      rows[q.id] = reader.currentRowCount;
    }
    queries[q.id] = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  }
  await options.after?.(conn);
  conn.closeSync();
  return { loadMs, csvMs, queries, rows, queriesMs: Object.values(queries).reduce((a, b) => a + b, 0) };
}
