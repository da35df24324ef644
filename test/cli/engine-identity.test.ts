import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DateDay, Int32, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import iconv from 'iconv-lite';
import * as pq from 'parquet-wasm/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNativeDuckDB } from '../../node/native/native-duckdb';
import { createNativeEngine } from '../../cli/native-engine';
import type { RunReport } from '../../cli/run-report';
import { sqlError } from '../../workers/kernel/engine-errors';
import { runCell } from '../../workers/kernel/run-cell';
import { parseCsv, parseCsvObjects } from '../workers/generator/csv-parse';
import { makeXlsx } from '../workers/loaders/make-xlsx';
import {
  nativeDirForTests,
  notebookText,
  runInProcess,
  tempDir,
  writeDemoData,
  writeText,
} from './cli-fixtures';

let dir: string;
let data: string[];
/** Why native DuckDB is not available here, or undefined when it is. */
let nativeMissing: string | undefined;

/** psn.csv as Parquet with typed columns (Int32, DATE), in row groups of 500, as an export would be. */
async function psnParquet(csvPath: string): Promise<string> {
  const rows = parseCsvObjects(await readFile(csvPath, 'utf8'));
  const text = (name: string) =>
    vectorFromArray(
      rows.map((r) => r[name] || null),
      new Utf8(),
    );
  const table = new Table({
    psn_no: text('psn_no'),
    psn_name: text('psn_name'),
    gend: vectorFromArray(
      rows.map((r) => (r['gend'] ? Number(r['gend']) : null)),
      new Int32(),
    ),
    brdy: vectorFromArray(
      rows.map((r) => (r['brdy'] ? new Date(`${r['brdy']}T00:00:00Z`) : null)),
      new DateDay(),
    ),
    certno: text('certno'),
    insutype: text('insutype'),
    insu_admdvs: text('insu_admdvs'),
  });
  const props = new pq.WriterPropertiesBuilder().setMaxRowGroupSize(500).build();
  const file = path.join(dir, 'psn.parquet');
  await writeFile(file, pq.writeParquet(pq.Table.fromIPCStream(tableToIPC(table, 'stream')), props));
  return file;
}

/** Splits setl.csv into a CSV of its first half and an Excel workbook of the rest (two monthly extracts). */
async function splitSetl(csvPath: string): Promise<string[]> {
  const [header, ...rows] = parseCsv(await readFile(csvPath, 'utf8'));
  const half = Math.floor(rows.length / 2);
  const csv = path.join(dir, 'setl-a.csv');
  const line = (r: readonly string[]) =>
    r.map((v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',');
  await writeFile(csv, [header!, ...rows.slice(0, half)].map(line).join('\n') + '\n');
  const xlsx = path.join(dir, 'setl-b.xlsx');
  const sheet = [header!, ...rows.slice(half).map((r) => r.map((v) => (v === '' ? null : v)))];
  await writeFile(xlsx, makeXlsx([{ name: 'setl', rows: sheet }]));
  return [csv, xlsx];
}

beforeAll(async () => {
  dir = await tempDir('identity');
  const [psn, medins, setl, ...rest] = await writeDemoData(dir);
  // Every loader path: psn as Parquet, medins as a GBK export (transcoded to a temporary file), setl as
  // a CSV plus an Excel workbook (combined into one table).
  await writeFile(medins!, iconv.encode(await readFile(medins!, 'utf8'), 'gbk'));
  data = [await psnParquet(psn!), medins!, ...(await splitSetl(setl!)), ...rest];
  try {
    await loadNativeDuckDB(nativeDirForTests());
  } catch (e) {
    nativeMissing = e instanceof Error ? e.message : String(e);
  }
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const skipWithoutNative = (ctx: { skip: (note?: string) => never }) => {
  if (nativeMissing === undefined) return;
  const note = `native DuckDB cannot be installed here, so the wasm/native identity is not checked: ${nativeMissing}`;
  console.warn(note);
  ctx.skip(note);
};

describe('--engine native', () => {
  it('writes findings identical, row for row and byte for byte, to the WASM engine', async (ctx) => {
    skipWithoutNative(ctx);
    const notebook = await writeText(dir, 'identity.claimlens.md', notebookText());
    const outs = { wasm: path.join(dir, 'out-wasm'), native: path.join(dir, 'out-native') };
    const wasm = await runInProcess(['run', notebook, '--data', ...data, '--out', outs.wasm, '--quiet']);
    const native = await runInProcess([
      'run',
      notebook,
      '--data',
      ...data,
      '--out',
      outs.native,
      '--engine',
      'native',
      '--threads',
      '2',
      '--native-dir',
      nativeDirForTests(),
      '--quiet',
    ]);
    expect([wasm.code, native.code]).toEqual([0, 0]);
    const report = async (out: string) =>
      JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')) as RunReport;
    const [a, b] = [await report(outs.wasm), await report(outs.native)];
    expect(a.engine.kind).toBe('wasm');
    expect(b.engine).toEqual({ kind: 'native', duckdbVersion: a.engine.duckdbVersion, threads: 2 });
    expect(b.data.map((d) => [d.file, d.format, d.encoding, d.rows, d.target, d.sha256])).toEqual(
      a.data.map((d) => [d.file, d.format, d.encoding, d.rows, d.target, d.sha256]),
    );
    expect(a.data.map((d) => [d.file, d.format, d.encoding ?? null, d.target])).toEqual([
      ['psn.parquet', 'parquet', null, 'psn'],
      ['medins.csv', 'csv', 'gb18030', 'medins'],
      ['setl-a.csv', 'csv', 'utf-8', 'setl'],
      ['setl-b.xlsx', 'xlsx', null, 'setl'],
      ['fee.csv', 'csv', 'utf-8', 'fee'],
      ['kb_restriction.csv', 'csv', 'utf-8', 'kb_restriction'],
      ['kb_price_cap.csv', 'csv', 'utf-8', 'kb_price_cap'],
      ['death.csv', 'csv', 'utf-8', 'death'],
      ['answers.csv', 'csv', 'utf-8', undefined],
    ]);
    expect(b.canonical).toEqual(a.canonical);
    expect(b.cells.map((c) => [c.id, c.status, c.rows])).toEqual(
      a.cells.map((c) => [c.id, c.status, c.rows]),
    );
    const outcomes = (r: RunReport) =>
      r.cells[1]?.findings?.rules.map((o) => [o.ruleId, o.status, o.findings, o.lines, o.amount]);
    expect(outcomes(b)).toEqual(outcomes(a));
    const withFindings = a.cells[1]?.findings?.rules.filter((o) => o.findings > 0) ?? [];
    expect(withFindings.length).toBeGreaterThanOrEqual(3);
    for (const file of ['findings.csv', 'findings_lines.csv', 'audit.csv', 'audit_lines.csv']) {
      const [x, y] = [
        await readFile(path.join(outs.wasm, file)),
        await readFile(path.join(outs.native, file)),
      ];
      expect(x.length, file).toBeGreaterThan(1000);
      expect(y.equals(x), file).toBe(true);
    }
  });

  it('is locked down like the browser engine: no other local files, one statement per prepared call', async (ctx) => {
    skipWithoutNative(ctx);
    // The run's own temporary folder is readable; the folder of the data files is not, beyond them.
    const secret = await writeText(dir, 'secret.csv', 'a\n1\n');
    const scratch = await tempDir('native-locked');
    const engine = await createNativeEngine({
      dir: nativeDirForTests(),
      threads: 1,
      readableFiles: [data[2]!],
      tempDir: scratch,
    });
    try {
      const views = new Set<string>();
      const read = (file: string) =>
        runCell(
          engine,
          views,
          { name: 'q', sql: `SELECT * FROM read_csv('${file}')`, parameters: [], pageSize: 10 },
          new AbortController().signal,
        );
      await expect(read(data[2]!)).resolves.toMatchObject({ totalRows: expect.any(Number) });
      const refused = await read('/etc/passwd').catch((e: unknown) => sqlError(e));
      expect(refused).toMatchObject({ code: 'sql.forbidden' });
      const beside = await read(secret).catch((e: unknown) => sqlError(e));
      expect(beside).toMatchObject({ code: 'sql.forbidden' });
      const two = await engine.execPrepared('SELECT 1; SELECT 2', []).catch((e: unknown) => sqlError(e));
      expect(two).toMatchObject({ code: 'sql.multiple-statements' });
    } finally {
      await engine.close();
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
