/**
 * Writes a synthetic settlement dataset to disk, one file per table, streamed chunk by chunk (CSV) or
 * row group by row group (Parquet) so even 10 M fee lines never sit in memory.
 *
 *   npm run generate -- --lines N --seed S --out DIR [--format csv|parquet] [--encoding utf8|gbk]
 *     [--headers code|zh] [--start YYYY-MM-DD] [--scenarios all | id=rate,…]
 *
 * `--format csv` (default) writes `<table>.csv` in UTF-8 or GBK. `--format parquet` writes
 * `<table>.parquet` with the CSV's exact values (every column a UTF-8 string, empty fields null, ZSTD,
 * row groups of 128 Ki rows), so both load to the same tables; `--encoding gbk` is CSV only.
 * With scenarios the dataset also gets kb_price_cap, death and the answer key answers.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { generateCsv, generatedTables, type GeneratedTable } from '../workers/generator/generate-dataset';
import { assertNever } from '../core/shared/invariant';
import { writeCsvTable } from './csv-table-writer';
import { parseGenerateArgs, type GenerateArgs } from './generate-args';
import { writeParquetTable } from './parquet-table-writer';

interface TableSummary {
  readonly table: GeneratedTable;
  readonly rows: number;
  readonly bytes: number;
  readonly seconds: number;
}

async function writeTable(table: GeneratedTable, args: GenerateArgs): Promise<TableSummary> {
  const started = performance.now();
  const chunks = generateCsv(table, args.options);
  const file = path.join(args.out, `${table}.${args.format}`);
  let written: { rows: number; bytes: number };
  switch (args.format) {
    case 'csv':
      written = await writeCsvTable(chunks, file, args.encoding);
      break;
    case 'parquet':
      written = await writeParquetTable(chunks, file);
      break;
    default:
      return assertNever(args.format, 'output format');
  }
  return { table, ...written, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const parsed = parseGenerateArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${parsed.error.zh}\n\n${parsed.error.en}`);
    process.exitCode = 2;
    return;
  }
  const args = parsed.value;
  const { options, out } = args;
  mkdirSync(out, { recursive: true });
  const written = args.format === 'csv' ? `csv ${args.encoding}` : 'parquet';
  console.log(
    `generating ~${options.lines.toLocaleString('en-US')} fee lines, seed ${options.seed}, ${options.headers} headers, ${written} → ${out}`,
  );
  const planted = Object.entries(options.scenarios ?? {}).filter(([, rate]) => (rate ?? 0) > 0);
  if (planted.length > 0)
    console.log(`scenarios: ${planted.map(([id, rate]) => `${id}=${rate}`).join(', ')}`);
  const summaries: TableSummary[] = [];
  for (const table of generatedTables(options)) {
    const summary = await writeTable(table, args);
    summaries.push(summary);
    console.log(
      `${table.padEnd(15)} ${String(summary.rows).padStart(11)} rows ${String(summary.bytes).padStart(14)} bytes ${summary.seconds.toFixed(2).padStart(8)} s`,
    );
  }
  const fee = summaries.find((s) => s.table === 'fee');
  const total = summaries.reduce(
    (acc, s) => ({ bytes: acc.bytes + s.bytes, seconds: acc.seconds + s.seconds }),
    { bytes: 0, seconds: 0 },
  );
  console.log(`total ${total.bytes.toLocaleString('en-US')} bytes in ${total.seconds.toFixed(2)} s`);
  if (fee && fee.rows > 0) {
    console.log(
      `fee: ${Math.round(fee.rows / fee.seconds).toLocaleString('en-US')} lines/s, ${(fee.bytes / fee.rows).toFixed(1)} bytes/line`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
