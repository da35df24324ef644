import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A generated dataset on disk. */
export interface BenchDataset {
  readonly dir: string;
  readonly files: string[];
  readonly bytes: number;
}

/** Generates the dataset for (lines, seed) with `bench/generate.ts` unless it is already on disk. */
export async function ensureDataset(options: {
  lines: number;
  seed: number;
  dir: string;
}): Promise<BenchDataset> {
  const dir = path.join(options.dir, `data-${options.lines}-${options.seed}`);
  const done = path.join(dir, 'fee.csv');
  if (!existsSync(done)) {
    console.log(`generating ${options.lines.toLocaleString()} fee lines (seed ${options.seed}) into ${dir}…`);
    execFileSync(
      'npx',
      [
        'tsx',
        path.join(import.meta.dirname, 'generate.ts'),
        '--lines',
        String(options.lines),
        '--seed',
        String(options.seed),
        '--out',
        dir,
      ],
      { stdio: 'inherit' },
    );
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => path.join(dir, f));
  return { dir, files, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
}
