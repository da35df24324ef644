/** Shared fixtures of the CLI tests: the demo dataset on disk, notebooks, and running the CLI. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../cli/cli-io';
import { main } from '../../cli/main';
import { DEFAULT_NATIVE_DIR } from '../../node/native/native-api';
import { generateDemoFiles } from '../../workers/generator/demo-dataset';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A fresh temporary folder. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `claimlens-test-${prefix}-`));
}

/**
 * Writes the demo dataset's CSV files (psn, medins, setl, fee, death, kb_restriction, kb_price_cap and
 * the answer key) into `dir`; returns their paths.
 */
export async function writeDemoData(dir: string): Promise<string[]> {
  const files = generateDemoFiles();
  for (const f of files) await writeFile(path.join(dir, f.name), f.text);
  return files.map((f) => path.join(dir, f.name));
}

/** A notebook with a number parameter, one SQL cell using it and one Rule cell with `ruleSettings`. */
export function notebookText(ruleSettings = 'pack: all'): string {
  return `---
title: CLI 测试 / CLI test
parameters:
  min_amount:
    kind: number
    value: 100
---

\`\`\`parameter {id=p1 name=min_amount}
最低金额 / Minimum amount
\`\`\`

\`\`\`sql {id=c1 name=big_setl}
SELECT setl_id, medfee_sumamt FROM setl WHERE medfee_sumamt >= \${min_amount} ORDER BY setl_id
\`\`\`

\`\`\`rule {id=r1 name=audit}
${ruleSettings}
\`\`\`
`;
}

/** Writes `text` as `name` into `dir`; returns its path. */
export async function writeText(dir: string, name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/claimlens.mjs …` as a child process, as a user would. */
export function spawnCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'bin', 'claimlens.mjs'), ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Runs the CLI in this process with captured output (faster than a child process). */
export async function runInProcess(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (t) => void (stdout += t), err: (t) => void (stderr += t) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * Where native DuckDB is (or will be) installed for tests: `CLAIMLENS_TEST_NATIVE_DIR` when set, else
 * the benchmark's copy when it is there (same package and version, so nothing is installed twice), else
 * the CLI's default folder.
 */
export function nativeDirForTests(): string {
  const forced = process.env['CLAIMLENS_TEST_NATIVE_DIR'];
  if (forced) return forced;
  const bench = path.join(ROOT, 'bench', 'out', 'native-duckdb');
  return existsSync(path.join(bench, 'node_modules', '@duckdb', 'node-api')) ? bench : DEFAULT_NATIVE_DIR;
}
