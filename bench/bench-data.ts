import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A generated dataset on disk. */
export interface BenchDataset {
  readonly dir: string;
  readonly files: string[];
  readonly bytes: number;
}

/** What to generate. */
export interface BenchDatasetOptions {
  readonly lines: number;
  readonly seed: number;
  /** Where datasets are cached, one folder each. */
  readonly dir: string;
  readonly encoding: 'utf8' | 'gbk';
  readonly headers: 'code' | 'zh';
}

/** Generates the dataset with `bench/generate.ts` unless it is already on disk. */
export async function ensureDataset(options: BenchDatasetOptions): Promise<BenchDataset> {
  const { lines, seed, encoding, headers } = options;
  const variant = encoding === 'utf8' && headers === 'code' ? '' : `-${encoding}-${headers}`;
  const dir = path.join(options.dir, `data-${lines}-${seed}${variant}`);
  if (!existsSync(path.join(dir, 'fee.csv'))) {
    console.log(
      `generating ${lines.toLocaleString()} fee lines (seed ${seed}, ${encoding}, ${headers}) into ${dir}…`,
    );
    const script = path.join(import.meta.dirname, 'generate.ts');
    const args = ['--lines', String(lines), '--seed', String(seed), '--out', dir, '--encoding', encoding];
    execFileSync('npx', ['tsx', script, ...args, '--headers', headers], { stdio: 'inherit' });
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => path.join(dir, f));
  return { dir, files, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
}
