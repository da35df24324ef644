/**
 * `claimlens models` lists the model library; `claimlens run` runs Model cells through the kernel as the
 * app does and writes each one's ranked output as `<cell name>.csv`, recording status, parameters and
 * timing in summary.json and summary.md.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelInfo } from '../../core/models/model-api-types';
import type { RunReport } from '../../cli/run-report';
import { MODEL_LIBRARY } from '../../workers/models/model-library';
import { parseCsv } from '../workers/generator/csv-parse';
import { runInProcess, spawnCli, tempDir, writeText } from './cli-fixtures';

let dir: string;

beforeAll(async () => {
  dir = await tempDir('models');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('claimlens models', () => {
  it('--json (as a child process) prints every library model as plain data', async () => {
    const { code, stdout } = await spawnCli(['models', '--json']);
    expect(code).toBe(0);
    const models = JSON.parse(stdout) as ModelInfo[];
    expect(models.map((m) => m.id)).toEqual(MODEL_LIBRARY.map((m) => m.id));
    const summarize = models.find((m) => m.id === 'summarize');
    expect(summarize?.parameters.map((p) => [p.name, p.default])).toEqual([
      ['by', 'institution'],
      ['of', 'setl'],
    ]);
    expect(summarize?.indicators.map((i) => i.name)).toContain('amount');
    expect(summarize?.needs.fields.setl).toContain('medfee_sumamt');
  });

  it('without --json prints a line per model, its parameters and the count', async () => {
    const { code, stdout } = await runInProcess(['models']);
    expect(code).toBe(0);
    for (const m of MODEL_LIBRARY) expect(stdout).toContain(`${m.name.zh} / ${m.name.en}`);
    expect(stdout).toContain('by: institution (institution | person |');
    expect(stdout).toContain(`共 ${MODEL_LIBRARY.length} 个模型 / ${MODEL_LIBRARY.length} models`);
    expect((await runInProcess(['models', 'extra'])).code).toBe(2);
    expect((await runInProcess(['help', 'models'])).stdout).toContain('claimlens models [--json]');
  });
});

/** Settlements only (no fee lines), one institution code shaped like a spreadsheet formula. */
const SETTLEMENTS = [
  'setl_id,psn_no,fixmedins_code,medfee_sumamt,begndate',
  'S1,P1,=HYPERLINK("http://x"),100.50,2025-01-02',
  'S2,P2,H1,2000,2025-01-03',
  'S3,P1,H1,30.25,2025-02-03',
  'S4,P3,H2,0.75,2025-02-04',
].join('\n');

const NOTEBOOK = `---
title: 模型单元 / Model cells
---

\`\`\`model {id=m1 name=spend model=summarize}
\`\`\`

\`\`\`sql {id=q1 name=top_spend}
SELECT entity_id FROM spend WHERE "rank" = 1
\`\`\`

\`\`\`model {id=m2 name=monthly model=summarize}
by: month
\`\`\`

\`\`\`model {id=m3 name=lines model=summarize}
of: fee
by: item
\`\`\`

\`\`\`model {id=m4 name=bad model=summarize}
by: nowhere
\`\`\`

\`\`\`model {id=m5 name=summary model=no-such-model}
\`\`\`
`;

describe('claimlens run with Model cells', () => {
  let report: RunReport;
  let out: string;
  let stdout: string;

  beforeAll(async () => {
    const notebook = await writeText(dir, 'models.claimlens.md', NOTEBOOK);
    const data = await writeText(dir, 'setl.csv', SETTLEMENTS);
    out = path.join(dir, 'out');
    const run = await runInProcess(['run', notebook, '--data', data, '--out', out, '--quiet']);
    expect(run.code).toBe(1);
    stdout = run.stdout;
    report = JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')) as RunReport;
  }, 300_000);

  it('records each Model cell: ran, skipped with the reason, or failed with the error; parameters and timing', () => {
    const byName = new Map(report.cells.map((c) => [c.name, c]));
    expect(byName.get('spend')).toMatchObject({
      type: 'model',
      status: 'done',
      rows: 3,
      model: {
        id: 'summarize',
        parameters: { by: 'institution', of: 'setl' },
        entities: 3,
        tables: ['spend_links'],
      },
      modelCsv: 'spend.csv',
    });
    expect(byName.get('monthly')).toMatchObject({ status: 'done', model: { parameters: { by: 'month' } } });
    const skipped = byName.get('lines');
    expect(skipped).toMatchObject({ status: 'skipped', model: { parameters: { by: 'item', of: 'fee' } } });
    expect(skipped?.reason?.en).toContain('fee table');
    expect(skipped?.modelCsv).toBeUndefined();
    expect(byName.get('bad')).toMatchObject({
      status: 'failed',
      model: { id: 'summarize', parameters: { by: 'nowhere' } },
      error: { code: 'model.bad-parameter' },
    });
    const unknown = byName.get('summary');
    expect(unknown).toMatchObject({ status: 'failed', error: { code: 'model.unknown' } });
    expect(unknown?.error?.message.en).toContain('summarize');
    for (const c of report.cells) expect(typeof c.ms).toBe('number');
    // The SQL cell reading the model's output ran after it.
    expect(byName.get('top_spend')).toMatchObject({ status: 'done', rows: 1 });
    expect(byName.get('spend')?.datasets?.map((d) => d.table)).toContain('setl');
    expect(stdout).toContain('6 cells (2 failed)');
  });

  it("writes the ranked output as <cell name>.csv: BOM, the contract's columns, formula-like text made safe", async () => {
    const bytes = await readFile(path.join(out, 'spend.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual([
      'entity_type',
      'entity_id',
      'score',
      'rank',
      'records',
      'amount',
      'amount_share',
      'mean_amount',
      'min_amount',
      'max_amount',
      'people',
      'no_amount',
      'explain_zh',
      'explain_en',
    ]);
    const body = rows.filter((r) => r.length > 1);
    expect(body.map((r) => [r[1], r[3], r[5]])).toEqual([
      ['H1', '1', '2030.25'],
      ['\'=HYPERLINK("http://x")', '2', '100.50'],
      ['H2', '3', '0.75'],
    ]);
    expect(body[0]?.[12]).toBe('机构 H1：2 笔结算，合计 ¥2,030.25（占 95.2%），涉及 2 人');
    const monthly = (await readFile(path.join(out, 'monthly.csv'), 'utf8')).split('\r\n');
    expect(monthly[1]?.startsWith('group,2025-01,')).toBe(true);
    await expect(readFile(path.join(out, 'lines.csv'))).rejects.toThrow();
  });

  it('lists the Model cells in summary.md with status, parameters and file, and why one was skipped', async () => {
    const md = await readFile(path.join(out, 'summary.md'), 'utf8');
    expect(md).toContain('## 模型单元 / Model cells');
    expect(md).toContain('| spend | summarize | 完成 ran | 3 | by=institution, of=setl |');
    expect(md).toContain('`spend.csv`');
    expect(md).toContain('| lines | summarize | 跳过 skipped |');
    expect(md).toMatch(/- lines: 未加载 fee 表.* \/ The fee table/);
  });
});
