/**
 * The drifts between the app and the CLI, settled in the kernel (docs/kernel.md, "One kernel, every
 * host"), seen through the CLI: the same outcomes test/workers/kernel/kernel-api.test.ts checks on the
 * kernel itself. (Custom rules' columns checked before running: run-command.test.ts.)
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../cli/run-report';
import { generateDemoFiles } from '../../workers/generator/demo-dataset';
import { runInProcess, tempDir, writeText } from './cli-fixtures';

let dir: string;
let setl: string;

beforeAll(async () => {
  dir = await tempDir('drifts');
  setl = path.join(dir, 'setl.csv');
  await writeFile(setl, generateDemoFiles().find((f) => f.name === 'setl.csv')!.text);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readReport = async (out: string) =>
  JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')) as RunReport;

describe('one kernel, every host: the CLI', () => {
  it('fails a Rule cell with the error of a custom-rule cell that does not read, never running without it', async () => {
    const notebook = await writeText(
      dir,
      'unreadable.claimlens.md',
      `---
title: unreadable custom rule
---

\`\`\`custom-rule {id=cr1 rule=NB-BROKEN}
name: 没有分隔线
SELECT 1
\`\`\`

\`\`\`rule {id=r1 name=nb}
pack: custom
rules:
  - CL-BHV-006
\`\`\`
`,
    );
    const out = path.join(dir, 'out-unreadable');
    const run = await runInProcess(['run', notebook, '--data', setl, '--out', out, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('自定义规则 NB-BROKEN 第 1 行');
    const report = await readReport(out);
    const rule = report.cells.find((c) => c.id === 'r1');
    expect(rule).toMatchObject({ status: 'failed', error: { code: 'rule.custom-text' } });
    expect(rule?.findings).toBeUndefined();
    expect(report.findingsCsv).toBeNull();
  });

  it('imports a kb_*.csv data file through the knowledge importer: row checks, good rows kept', async () => {
    const kb = generateDemoFiles()
      .find((f) => f.name === 'kb_restriction.csv')!
      .text.trimEnd();
    const rows = kb.split('\n').length - 1;
    const file = path.join(dir, 'kb_restriction.csv');
    await writeFile(file, `${kb}\n001212817140000,gender,1,bad kind\n`);
    const notebook = await writeText(
      dir,
      'kb.claimlens.md',
      `---
title: knowledge from data files
---

\`\`\`sql {id=c1 name=restricted}
SELECT * FROM kb_restriction WHERE source = 'synthetic'
\`\`\`
`,
    );
    const out = path.join(dir, 'out-kb');
    const run = await runInProcess(['run', notebook, '--data', setl, file, '--out', out, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('kb_restriction.csv');
    const report = await readReport(out);
    expect(report.data.find((d) => d.file === 'kb_restriction.csv')).toMatchObject({
      target: 'kb_restriction',
      mapping: 'knowledge',
      rows: rows + 1,
    });
    expect(report.knowledge.warnings.map((w) => [w.code, w.file, w.row])).toEqual([
      ['kb.kind', 'kb_restriction.csv', rows + 1],
    ]);
    // The file's good rows are in force (the sample's rows carry another source).
    expect(report.cells.find((c) => c.id === 'c1')).toMatchObject({ status: 'done', rows });
  });
});
