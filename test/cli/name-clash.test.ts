import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../cli/run-report';
import { ROOT, runInProcess, tempDir } from './cli-fixtures';

/** The attack corpus (test/attacks/names/README.md). */
const ATTACKS = path.join(ROOT, 'test', 'attacks', 'names');

let dir: string;

beforeAll(async () => {
  dir = await tempDir('names');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('claimlens run: the name registry', () => {
  it("refuses a Rule cell named like the input file's raw table and a SQL cell named like a canonical table; the data stays", async () => {
    const out = path.join(dir, 'out');
    const run = await runInProcess([
      'run',
      path.join(ATTACKS, 'rule-cell-raw-table.claimlens.md'),
      '--data',
      path.join(ATTACKS, 'fee_2024.csv'),
      '--out',
      out,
      '--quiet',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('规则单元不能命名为“raw_fee_2024”');
    expect(run.stderr).toContain('A Rule cell cannot be named "raw_fee_2024"');
    const report = JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')) as RunReport;
    expect(report.data.map((d) => [d.file, d.rawTable, d.rows])).toEqual([
      ['fee_2024.csv', 'raw_fee_2024', 6],
    ]);
    const cells = new Map(report.cells.map((c) => [c.id, c]));
    expect(cells.get('r1')?.status).toBe('failed');
    expect(cells.get('r1')?.error?.code).toBe('rule.name-taken');
    expect(cells.get('c1')?.status).toBe('failed');
    expect(cells.get('c1')?.error?.code).toBe('sql.name-taken');
    // The raw table and the canonical fee table it fed are untouched.
    expect(cells.get('c2')?.status).toBe('done');
    expect(cells.get('c2')?.rows).toBe(6);
  });
});
