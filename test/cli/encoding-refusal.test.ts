import { copyFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../cli/run-report';
import { notebookText, runInProcess, tempDir, writeText } from './cli-fixtures';
import { ATTACKS_DIR } from '../workers/loaders/attack-files';

let dir: string;

beforeAll(async () => {
  dir = await tempDir('encoding');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('claimlens run on a file in an encoding it cannot read', () => {
  it('refuses a Shift-JIS file (test/attacks/loaders) instead of mapping its garbage into psn', async () => {
    const data = path.join(dir, 'psn.csv');
    await copyFile(path.join(ATTACKS_DIR, 'shift-jis-psn.csv'), data);
    const notebook = await writeText(dir, 'audit.claimlens.md', notebookText());
    const out = path.join(dir, 'out');
    const run = await runInProcess(['run', notebook, '--data', data, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('psn.csv');
    expect(run.stderr).toContain('Shift-JIS');
    expect(run.stderr).toContain('第 1、2、3 行');
    // Nothing was mapped or built: the run stopped at the load.
    expect(run.stderr).not.toMatch(/映射|mapping psn|→ psn/i);
    const report = JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')) as RunReport;
    expect(report.exitCode).toBe(2);
    expect(report.canonical).toEqual([]);
  });
});
