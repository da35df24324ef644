import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedNotebooks } from '../core/notebook/notebook-files';
import { runInProcess, tempDir, writeDemoData, writeText } from './cli-fixtures';

let dir: string;
let data: string[];

beforeAll(async () => {
  dir = await tempDir('claimlens-shipped-');
  data = await writeDemoData(dir);
});

describe('every shipped notebook runs end to end on the demo data (the same kernel as the app)', () => {
  it.each(shippedNotebooks())('$name', async ({ name, text }) => {
    const notebook = await writeText(dir, name, text);
    const out = path.join(dir, `out-${name}`);
    const run = await runInProcess(['run', notebook, '--data', ...data, '--out', out, '--quiet']);
    expect(run.stderr).not.toMatch(/错误|Error:/);
    expect(run.code).toBe(0);
  });
});
