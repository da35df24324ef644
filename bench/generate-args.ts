import { parseArgs } from 'node:util';
import type { GenerateOptions } from '../workers/generator/generate-dataset';
import { parseScenarioRates } from '../workers/generator/scenarios/parse-scenarios';
import { msg, type Msg } from '../core/shared/msg';

/** The file format `bench/generate.ts` writes, one file per table. */
export const OUTPUT_FORMATS = ['csv', 'parquet'] as const;
/** A file format `bench/generate.ts` writes. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What to generate and how to write it. */
export interface GenerateArgs {
  readonly options: GenerateOptions;
  readonly out: string;
  readonly format: OutputFormat;
  /** CSV only: Parquet strings are UTF-8 by definition. */
  readonly encoding: 'utf8' | 'gbk';
}

/** The command line of `bench/generate.ts`. */
export const USAGE =
  'usage: npx tsx bench/generate.ts --lines N --seed S --out DIR [--format csv|parquet] [--encoding utf8|gbk] [--headers code|zh] [--start YYYY-MM-DD] [--scenarios all | id=rate,…]';

/** Parses the command line; a usage error comes back as a bilingual message ending with USAGE. */
export function parseGenerateArgs(
  args: readonly string[],
): { readonly ok: true; readonly value: GenerateArgs } | { readonly ok: false; readonly error: Msg } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        lines: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        encoding: { type: 'string', default: 'utf8' },
        headers: { type: 'string', default: 'code' },
        start: { type: 'string' },
        scenarios: { type: 'string' },
      },
    }));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return usage(msg(`参数有误：${detail}`, `Bad arguments: ${detail}`));
  }
  const lines = Number(values.lines);
  const seed = Number(values.seed);
  const { encoding, format, headers, out } = values;
  if (!Number.isSafeInteger(lines) || lines <= 0 || !Number.isSafeInteger(seed) || !out)
    return usage(
      msg('需要 --lines（正整数）、--seed（整数）和 --out', 'Need --lines (> 0), --seed and --out'),
    );
  if (format !== 'csv' && format !== 'parquet')
    return usage(msg('--format 只能是 csv 或 parquet', '--format must be csv or parquet'));
  if (encoding !== 'utf8' && encoding !== 'gbk')
    return usage(msg('--encoding 只能是 utf8 或 gbk', '--encoding must be utf8 or gbk'));
  if (format === 'parquet' && encoding === 'gbk')
    return usage(
      msg(
        'Parquet 的字符串总是 UTF-8：--encoding gbk 只适用于 CSV',
        'Parquet strings are always UTF-8: --encoding gbk applies to CSV only',
      ),
    );
  if (headers !== 'code' && headers !== 'zh')
    return usage(msg('--headers 只能是 code 或 zh', '--headers must be code or zh'));
  const scenarios = parseScenarioRates(values.scenarios ?? '');
  if (!scenarios.ok) return usage(scenarios.error);
  const options: GenerateOptions = {
    seed,
    lines,
    headers,
    ...(values.start ? { startDate: values.start } : {}),
    ...(values.scenarios ? { scenarios: scenarios.rates } : {}),
  };
  return { ok: true, value: { options, out, format, encoding } };
}

function usage(error: Msg): { readonly ok: false; readonly error: Msg } {
  return { ok: false, error: msg(`${error.zh}\n${USAGE}`, `${error.en}\n${USAGE}`) };
}
