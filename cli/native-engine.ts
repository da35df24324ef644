import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { STORAGE_STATEMENTS, USE_STATEMENT } from '../workers/engine/engine-settings';
import { quoteLiteral } from '../workers/engine/sql-quote';
import type { CliEngine } from './cli-engine';
import { localPathOf } from './local-files';
import { startNativeDuckDB, type NativeConnection, type NativePrepared } from '../node/native/native-api';
import { createArrowInserter } from './native-arrow-insert';

/** How to start the native engine. */
export interface NativeEngineOptions {
  /** Where `@duckdb/node-api` is installed on first use. */
  readonly dir: string;
  readonly threads: number;
  /** The only local files SQL may read (the run's data and knowledge files). */
  readonly readableFiles: readonly string[];
  /** The run's temporary folder: in-memory files are written here for DuckDB to read. */
  readonly tempDir: string;
}

/**
 * Native DuckDB (the same version as DuckDB-WASM) on every core, locked down like the browser's engine:
 * no extensions, no network, reads only the run's own files. Loaders register files under `/claims/`
 * as in the browser; here each registered path stands for a local file, and statements naming it are
 * rewritten to the local path, so the loaders' own `read_csv` statements run natively.
 */
export async function createNativeEngine(options: NativeEngineOptions): Promise<CliEngine> {
  const instance = await startNativeDuckDB(options.dir, options.threads);
  const conn = await instance.connect();
  for (const stmt of [...STORAGE_STATEMENTS, ...nativeLockdown(options)]) await conn.run(stmt);
  // The kernel's private connection: its TEMP tables are out of reach of the notebook's SQL on `conn`.
  const kernelConn = await instance.connect();
  await kernelConn.run(USE_STATEMENT);
  const [version] = (await conn.runAndReadAll('SELECT version() AS v')).getRowObjectsJS();
  const files = new Map<string, { local: string; isTemporary: boolean }>();
  let tempCount = 0;
  const localize = (sql: string): string => {
    let out = sql;
    for (const [name, file] of files) out = out.replaceAll(quoteLiteral(name), quoteLiteral(file.local));
    return out;
  };
  const writeTemp = async (name: string, blob: Blob): Promise<void> => {
    const local = path.join(options.tempDir, `reg-${++tempCount}-${path.basename(name)}`);
    await pipeline(Readable.fromWeb(blob.stream() as never), createWriteStream(local));
    files.set(name, { local, isTemporary: true });
  };
  const log: string[] = [];
  const exec = async (sql: string, execOptions: { readonly signal?: AbortSignal } = {}) => {
    log.push(sql);
    await interruptible(conn, execOptions.signal, () => conn.run(localize(sql)));
  };
  const rows = async <T extends Record<string, unknown>>(sql: string): Promise<T[]> => {
    log.push(sql);
    return (await conn.runAndReadAll(localize(sql))).getRowObjectsJS().map((r) => plainRow(r) as T);
  };
  const duckdbVersion = String(version?.['v'] ?? 'unknown');
  const engine: CliEngine = {
    kind: 'native',
    version: duckdbVersion,
    duckdbVersion,
    threads: options.threads,
    log,
    exec,
    rows,
    execPrepared: async (sql, args) => {
      await runPrepared(conn, sql, args);
    },
    rowsPrepared: async <T extends object>(sql: string, args: readonly (string | number | null)[]) =>
      (await readPrepared(conn, sql, args)).map((r) => plainRow(r) as T),
    queryIpc: (sql, signal) => interruptible(conn, signal, () => countRows(conn, sql)),
    async registerBlob(name, blob) {
      const local = localPathOf(blob);
      log.push(`-- register ${name} ${blob instanceof File ? blob.name : '(in-memory)'}`);
      if (local) files.set(name, { local, isTemporary: false });
      else await writeTemp(name, blob);
    },
    registerBuffer: (name, bytes) => writeTemp(name, new Blob([bytes as BlobPart])),
    // Native DuckDB reads the files itself and reports its own errors.
    fileReadFailures: () => [],
    async dropFile(name) {
      const file = files.get(name);
      files.delete(name);
      if (file?.isTemporary) await rm(file.local, { force: true });
    },
    insertArrowIpc: (table, bytes, create) => arrow.insert(table, bytes, create),
    kernelSql: {
      exec: (sql, execOptions = {}) =>
        interruptible(kernelConn, execOptions.signal, async () => {
          await kernelConn.run(localize(sql));
        }),
      rows: async <T extends Record<string, unknown>>(sql: string): Promise<T[]> =>
        (await kernelConn.runAndReadAll(localize(sql))).getRowObjectsJS().map((r) => plainRow(r) as T),
      execPrepared: async (sql, args) => {
        await runPrepared(kernelConn, sql, args);
      },
    },
    async close() {
      await arrow.close();
      kernelConn.closeSync();
      conn.closeSync();
      instance.closeSync();
    },
  };
  const arrow = createArrowInserter(engine, options.tempDir);
  return engine;
}

/**
 * The browser engine's lockdown, with the run's own files in place of `/claims/`. DuckDB spills what
 * does not fit in memory to `temp_directory`, by default `.tmp` in the working folder for an in-memory
 * database: it goes into the run's temporary folder instead, which is removed on every way out.
 */
function nativeLockdown(options: NativeEngineOptions): string[] {
  const paths = options.readableFiles.map((f) => quoteLiteral(path.resolve(f))).join(', ');
  return [
    `SET temp_directory = ${quoteLiteral(path.join(path.resolve(options.tempDir), 'spill'))}`,
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    `SET allowed_paths = [${paths}]`,
    `SET allowed_directories = [${quoteLiteral(path.resolve(options.tempDir) + path.sep)}]`,
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ];
}

async function interruptible<T>(
  conn: NativeConnection,
  signal: AbortSignal | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (!signal) return work();
  signal.throwIfAborted();
  const onAbort = () => conn.interrupt();
  signal.addEventListener('abort', onAbort);
  try {
    return await work();
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** One statement, prepared (several statements are refused by DuckDB), with `?` arguments bound. */
async function runPrepared(
  conn: NativeConnection,
  sql: string,
  args: readonly (string | number | null)[],
): Promise<void> {
  await withPrepared(conn, sql, args, (statement) => statement.run());
}

/** One query, prepared, with `?` arguments bound; its rows as JS objects. */
async function readPrepared(
  conn: NativeConnection,
  sql: string,
  args: readonly (string | number | null)[],
): Promise<Record<string, unknown>[]> {
  return withPrepared(conn, sql, args, async (statement) =>
    (await statement.runAndReadAll()).getRowObjectsJS(),
  );
}

async function withPrepared<T>(
  conn: NativeConnection,
  sql: string,
  args: readonly (string | number | null)[],
  work: (statement: NativePrepared) => Promise<T>,
): Promise<T> {
  const statement = await conn.prepare(sql);
  try {
    args.forEach((arg, i) => {
      if (arg === null) statement.bindNull(i + 1);
      else if (typeof arg === 'number') statement.bindDouble(i + 1, arg);
      else statement.bindVarchar(i + 1, arg);
    });
    return await work(statement);
  } finally {
    statement.destroySync();
  }
}

/**
 * Runs a cell's query and counts its rows chunk by chunk. Native DuckDB gives no Arrow IPC, so `ipc` is
 * empty: the headless runner reports rows and time, not the rows themselves.
 */
async function countRows(conn: NativeConnection, sql: string) {
  const result = await conn.stream(sql);
  const types = result.columnTypes();
  const columns = result.columnNames().map((name, i) => ({ name, type: String(types[i] ?? '') }));
  let rowCount = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk())
    rowCount += chunk.rowCount;
  return { ipc: new Uint8Array(0), rowCount, columns };
}

/** BIGINT as number, as the WASM engine's `rows` gives it. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key] = typeof value === 'bigint' ? Number(value) : value;
  return out;
}
