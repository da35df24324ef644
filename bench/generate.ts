/**
 * Writes a synthetic settlement dataset to disk, one CSV per table, streamed chunk by chunk so even
 * 10 M fee lines never sit in memory.
 *
 *   npx tsx bench/generate.ts --lines N --seed S --out DIR [--encoding utf8|gbk] [--headers code|zh]
 *     [--scenarios all | id=rate,…]
 *
 * With scenarios the dataset also gets kb_price_cap.csv and the answer key answers.csv.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import {
  generateCsv,
  generatedTables,
  type GenerateOptions,
  type GeneratedTable,
} from '../workers/generator/generate-dataset';
import { parseScenarioRates } from '../workers/generator/scenarios/parse-scenarios';

interface TableSummary {
  readonly table: string;
  readonly rows: number;
  readonly bytes: number;
  readonly seconds: number;
}

const USAGE =
  'usage: npx tsx bench/generate.ts --lines N --seed S --out DIR [--encoding utf8|gbk] [--headers code|zh] [--start YYYY-MM-DD] [--scenarios all | id=rate,…]';

function parseOptions(): { options: GenerateOptions; out: string; encoding: 'utf8' | 'gbk' } {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      encoding: { type: 'string', default: 'utf8' },
      headers: { type: 'string', default: 'code' },
      start: { type: 'string' },
      scenarios: { type: 'string' },
    },
  });
  const lines = Number(values.lines);
  const seed = Number(values.seed);
  const { encoding, headers, out } = values;
  if (!Number.isSafeInteger(lines) || lines <= 0 || !Number.isSafeInteger(seed) || !out)
    throw new Error(USAGE);
  if (encoding !== 'utf8' && encoding !== 'gbk') throw new Error(`--encoding must be utf8 or gbk\n${USAGE}`);
  if (headers !== 'code' && headers !== 'zh') throw new Error(`--headers must be code or zh\n${USAGE}`);
  const scenarios = parseScenarioRates(values.scenarios ?? '');
  if (!scenarios.ok) throw new Error(`${scenarios.error.zh}\n${scenarios.error.en}\n${USAGE}`);
  return {
    options: {
      seed,
      lines,
      headers,
      ...(values.start ? { startDate: values.start } : {}),
      ...(values.scenarios ? { scenarios: scenarios.rates } : {}),
    },
    out,
    encoding,
  };
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

async function writeTable(
  table: GeneratedTable,
  file: string,
  options: GenerateOptions,
  encoding: 'utf8' | 'gbk',
): Promise<TableSummary> {
  const started = performance.now();
  const stream = createWriteStream(file);
  const encoder = encoding === 'gbk' ? iconv.getEncoder('gbk') : null;
  let rows = 0;
  let bytes = 0;
  const write = async (buffer: Buffer) => {
    bytes += buffer.length;
    if (!stream.write(buffer)) await once(stream, 'drain');
  };
  for (const chunk of generateCsv(table, options)) {
    // Generated fields never contain line breaks, so every newline ends a record.
    rows += countNewlines(chunk);
    await write(encoder ? encoder.write(chunk) : Buffer.from(chunk, 'utf8'));
  }
  const tail = encoder?.end();
  if (tail && tail.length > 0) await write(tail);
  stream.end();
  await once(stream, 'finish');
  return { table, rows: rows - 1, bytes, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const { options, out, encoding } = parseOptions();
  mkdirSync(out, { recursive: true });
  console.log(
    `generating ~${options.lines.toLocaleString('en-US')} fee lines, seed ${options.seed}, ${options.headers} headers, ${encoding} → ${out}`,
  );
  const planted = Object.entries(options.scenarios ?? {}).filter(([, rate]) => (rate ?? 0) > 0);
  if (planted.length > 0)
    console.log(`scenarios: ${planted.map(([id, rate]) => `${id}=${rate}`).join(', ')}`);
  const summaries: TableSummary[] = [];
  for (const table of generatedTables(options)) {
    const summary = await writeTable(table, path.join(out, `${table}.csv`), options, encoding);
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
