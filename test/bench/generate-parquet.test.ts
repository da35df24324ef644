import { execFile } from 'node:child_process';
import { openAsBlob } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsvTable } from '../../bench/csv-table-writer';
import { parseGenerateArgs } from '../../bench/generate-args';
import { writeParquetTable } from '../../bench/parquet-table-writer';
import { createNodeEngine, type NodeEngine } from '../../node/engine/duckdb-node-engine';
import { quoteIdent } from '../../workers/engine/sql-quote';
import {
  generateCsv,
  generatedTables,
  type GenerateOptions,
  type GeneratedTable,
} from '../../workers/generator/generate-dataset';
import { parseScenarioRates } from '../../workers/generator/scenarios/parse-scenarios';
import { loadFile, type LoadedFile } from '../../workers/loaders/load-file';
import { nodeParquet } from '../../workers/loaders/parquet-node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const allScenarios = (): GenerateOptions['scenarios'] => {
  const parsed = parseScenarioRates('all');
  if (!parsed.ok) throw new Error(parsed.error.en);
  return parsed.rates;
};

let engine: NodeEngine;
let dir: string;
let loads = 0;

beforeAll(async () => {
  engine = await createNodeEngine();
  dir = await mkdtemp(path.join(tmpdir(), 'claimlens-test-generate-parquet-'));
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

async function loadTable(file: string): Promise<LoadedFile> {
  loads += 1;
  const result = await loadFile(engine, await openAsBlob(file), path.basename(file), `raw_${loads}`, {
    parquet: nodeParquet,
  });
  if (!result.ok) throw new Error(`${file}: ${result.error.message.en}`);
  return result.value;
}

async function count(sql: string): Promise<number> {
  const [row] = await engine.rows<{ n: number | bigint }>(`SELECT count(*) AS n FROM (${sql})`);
  return Number(row?.n);
}

describe.each([
  ['code headers, no scenarios', { seed: 3, lines: 5000, headers: 'code' }],
  ['code headers, all scenarios', { seed: 4, lines: 5000, headers: 'code', scenarios: allScenarios() }],
  ['zh headers, all scenarios', { seed: 5, lines: 5000, headers: 'zh', scenarios: allScenarios() }],
] as const satisfies readonly (readonly [string, GenerateOptions])[])('%s', (label, options) => {
  it('writes Parquet that loads to the same tables, row for row, as the CSV', async () => {
    const tables = generatedTables(options);
    expect(tables.includes('answers')).toBe('scenarios' in options);
    for (const table of tables) {
      const base = path.join(dir, `${label.replaceAll(/\W+/g, '-')}-${table}`);
      const csv = await writeCsvTable(generateCsv(table, options), `${base}.csv`, 'utf8');
      const pq = await writeParquetTable(generateCsv(table, options), `${base}.parquet`);
      expect(pq.rows, table).toBe(csv.rows);
      const fromCsv = await loadTable(`${base}.csv`);
      const fromPq = await loadTable(`${base}.parquet`);
      expect(fromPq.format).toBe('parquet');
      expect(fromPq.rowCount, table).toBe(fromCsv.rowCount);
      expect(fromPq.columns, table).toEqual(fromCsv.columns);
      expect(fromPq.columns.every((c) => c.type === 'VARCHAR')).toBe(true);
      const [a, b] = [quoteIdent(fromCsv.table), quoteIdent(fromPq.table)];
      expect(await count(`SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b}`), table).toBe(0);
      expect(await count(`SELECT * FROM ${b} EXCEPT ALL SELECT * FROM ${a}`), table).toBe(0);
      if (table === 'fee' || table === 'setl' || table === 'psn')
        expect(fromCsv.rowCount).toBeGreaterThan(200);
    }
  });
});

describe('writeParquetTable', () => {
  it('keeps empty fields null, as the CSV loader reads them, and cuts row groups at the given size', async () => {
    const options: GenerateOptions = { seed: 6, lines: 5000, headers: 'code' };
    const file = path.join(dir, 'setl-groups.parquet');
    const written = await writeParquetTable(generateCsv('setl' as GeneratedTable, options), file, 100);
    const source = await (await nodeParquet()).open(await openAsBlob(file));
    source.close();
    expect(source.numRows).toBe(written.rows);
    expect(source.rowGroupRows.length).toBe(Math.ceil(written.rows / 100));
    expect(source.rowGroupRows.every((rows) => rows <= 100)).toBe(true);
    const loaded = await loadTable(file);
    const t = quoteIdent(loaded.table);
    // Outpatient settlements have no bed number: empty in the CSV, null (never '') in Parquet.
    expect(await count(`SELECT * FROM ${t} WHERE bedno IS NULL`)).toBeGreaterThan(0);
    expect(await count(`SELECT * FROM ${t} WHERE bedno = ''`)).toBe(0);
  });

  it('writes a header-only table as a 0-row file with its columns', async () => {
    const file = path.join(dir, 'header-only.parquet');
    expect(await writeParquetTable(['scenario,level\n'], file)).toMatchObject({ rows: 0 });
    const loaded = await loadTable(file);
    expect(loaded.rowCount).toBe(0);
    expect(loaded.columns).toEqual([
      { name: 'scenario', type: 'VARCHAR' },
      { name: 'level', type: 'VARCHAR' },
    ]);
  });

  it('rejects a ragged record instead of writing a short file', async () => {
    const file = path.join(dir, 'ragged.parquet');
    await expect(writeParquetTable(['a,b\n1,2\n3\n'], file)).rejects.toThrow(/record 2 is not 2 fields wide/);
  });
});

describe('parseGenerateArgs', () => {
  const base = ['--lines', '100', '--out', 'x'];

  it('defaults to CSV in UTF-8 and takes --format parquet', () => {
    expect(parseGenerateArgs(base)).toMatchObject({ ok: true, value: { format: 'csv', encoding: 'utf8' } });
    expect(parseGenerateArgs([...base, '--format', 'parquet'])).toMatchObject({
      ok: true,
      value: { format: 'parquet', out: 'x', options: { lines: 100, seed: 1, headers: 'code' } },
    });
  });

  it('refuses GBK Parquet and unknown formats with a bilingual usage error', () => {
    const gbk = parseGenerateArgs([...base, '--format', 'parquet', '--encoding', 'gbk']);
    expect(gbk.ok).toBe(false);
    if (gbk.ok) return;
    expect(gbk.error.zh).toContain('Parquet 的字符串总是 UTF-8');
    expect(gbk.error.en).toContain('--encoding gbk applies to CSV only');
    expect(gbk.error.en).toContain('usage: npx tsx bench/generate.ts');
    expect(parseGenerateArgs([...base, '--format', 'xlsx'])).toMatchObject({ ok: false });
    expect(parseGenerateArgs([...base, '--formats', 'csv'])).toMatchObject({ ok: false });
  });
});

describe('bench/generate.ts', () => {
  const run = (args: readonly string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', path.join(ROOT, 'bench', 'generate.ts'), ...args],
        { cwd: ROOT, encoding: 'utf8' },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
      );
    });

  it('writes one .parquet per table that the app loads', async () => {
    const out = path.join(dir, 'cli-parquet');
    const { code, stdout, stderr } = await run([
      ...['--lines', '3000', '--seed', '9', '--out', out, '--format', 'parquet', '--scenarios', 'all'],
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('parquet →');
    const options: GenerateOptions = { seed: 9, lines: 3000, headers: 'code', scenarios: allScenarios() };
    const expected = generatedTables(options).map((t) => `${t}.parquet`);
    expect((await readdir(out)).sort()).toEqual([...expected].sort());
    const fee = await loadTable(path.join(out, 'fee.parquet'));
    const csvFee = await writeCsvTable(generateCsv('fee', options), path.join(dir, 'cli-fee.csv'), 'utf8');
    expect(fee.rowCount).toBe(csvFee.rows);
    expect(fee.columns.map((c) => c.name)).toContain('trace_code');
  });

  it('exits with a usage error for --format parquet --encoding gbk and writes nothing', async () => {
    const out = path.join(dir, 'cli-gbk');
    const { code, stderr } = await run([
      '--lines',
      '100',
      '--out',
      out,
      '--format',
      'parquet',
      '--encoding',
      'gbk',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--encoding gbk applies to CSV only');
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });
});
