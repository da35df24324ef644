import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMappingFile } from '../../cli/mapping-file';
import type { RunReport } from '../../cli/run-report';
import { runInProcess, tempDir, writeText } from './cli-fixtures';

// An English claims layout, unlike the demo's: CMS-style names, `NA` for "no value", a physician id that
// looks like a spreadsheet formula.
const CLAIMS = [
  'ClaimID,BeneID,Provider,AttendingPhysician,ClaimStartDt,AdmissionDt,DischargeDt,InscClaimAmtReimbursed,ClmDiagnosisCode_1,DOB,Gender,DOD',
  'CLM-9001,BENE-77,PRV-5,PHY-1,2024-03-02,2024-03-02,2024-03-08,4000,I10,1941-05-06,1,NA',
  'CLM-9002,BENE-78,PRV-5,"=HYPERLINK(""http://x"")",2024-03-04,2024-03-04,2024-03-05,120,E119,1939-11-30,2,2024-06-01',
  'CLM-9003,BENE-77,PRV-6,PHY-2,2024-04-10,NA,NA,85.5,J20,1941-05-06,1,NA',
].join('\n');
// Its lines, in another order, with their own names.
const LINES = [
  'LineAmount,ClaimID,LineNo,HCPCS,Units,UnitPrice',
  '2000,CLM-9001,1,99223,1,2000',
  '2000,CLM-9001,2,99233,2,1000',
  '120,CLM-9002,1,99213,1,120',
].join('\n');

const NOTEBOOK = `---
title: English claims
---

\`\`\`sql {id=c1 name=by_physician}
SELECT setl_id, atddr_no, medfee_sumamt FROM setl ORDER BY setl_id
\`\`\`

\`\`\`rule {id=r1 name=audit}
pack: all
\`\`\`
`;

// Keys and amounts only (a hand-edited mapping file): no rule can run on it.
const MINIMAL = `mappings:
  - source: claims.csv
    target: setl
    columns:
      setl_id: ClaimID
      atddr_no: AttendingPhysician
      medfee_sumamt: InscClaimAmtReimbursed
    nulls:
      - NA
`;

let dir: string;
let claims: string;
let lines: string;
let notebook: string;

beforeAll(async () => {
  dir = await tempDir('map');
  claims = await writeText(dir, 'claims.csv', CLAIMS);
  lines = await writeText(dir, 'lines.csv', LINES);
  notebook = await writeText(dir, 'audit.claimlens.md', NOTEBOOK);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readReport = async (out: string) =>
  JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')) as RunReport;

describe('claimlens map and run --mapping', () => {
  it('prints the proposal column by column and writes a mapping file that run --mapping applies as written', async () => {
    const out = path.join(dir, 'mapping.yaml');
    const map = await runInProcess(['map', claims, lines, '--out', out, '--quiet']);
    expect(map.stderr).not.toMatch(/错误|Error/);
    expect(map.code).toBe(0);
    expect(map.stdout).toMatch(/^claims\.csv → \w+/m);
    expect(map.stdout).toMatch(/^lines\.csv → \w+/m);
    expect(map.stdout).toMatch(/数据就绪：将运行 \d+ 条规则，跳过 \d+ 条/);
    const text = await readFile(out, 'utf8');
    const read = readMappingFile(text, out);
    if (!read.ok) throw new Error(read.problem.message.en);
    expect(read.file.entries.map((e) => e.mapping.source)).toEqual(['claims.csv', 'lines.csv']);
    // Every column the file maps is printed with its table.field.
    for (const { mapping } of read.file.entries)
      for (const [field, column] of Object.entries(mapping.columns))
        expect(map.stdout).toMatch(new RegExp(`^  ${column}\\s+${mapping.target}\\.${field}\\s`, 'm'));
    // Not over an existing file.
    const again = await runInProcess(['map', claims, '--out', out, '--quiet']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('will not overwrite it');

    const runOut = path.join(dir, 'out-roundtrip');
    const run = await runInProcess([
      'run',
      notebook,
      '--data',
      claims,
      lines,
      '--out',
      runOut,
      '--mapping',
      out,
      '--quiet',
    ]);
    expect(run.code).not.toBe(2);
    const report = await readReport(runOut);
    expect(report.mappingFile).toBe(out);
    expect(report.data.map((d) => [d.file, d.mapping])).toEqual([
      ['claims.csv', 'mapping-file'],
      ['lines.csv', 'mapping-file'],
    ]);
    const applied = report.mapping.filter((c) => c.how === 'mapping-file' && c.column !== undefined);
    const written = read.file.entries.flatMap(({ mapping }) => [
      ...Object.entries(mapping.columns).map(([field, column]) => [
        mapping.source,
        `${mapping.target}.${field}`,
        column,
      ]),
      ...(mapping.also ?? []).flatMap((d) =>
        Object.entries(d.columns).map(([field, column]) => [mapping.source, `${d.target}.${field}`, column]),
      ),
    ]);
    expect(applied.map((c) => [c.file, `${c.table}.${c.field}`, c.column])).toEqual(written);
    const md = await readFile(path.join(runOut, 'summary.md'), 'utf8');
    expect(md).toContain(`## 映射 / Mapping (\`${out}\`)`);
    expect(md).toContain('## 数据就绪 / Data readiness');
  });

  it('refuses a mapping file that names a column the file lacks: exit 2, naming the file, line and field', async () => {
    const bad = await writeText(dir, 'bad.yaml', MINIMAL.replace('InscClaimAmtReimbursed', 'AmountPaid'));
    const run = await runInProcess([
      'run',
      notebook,
      '--data',
      claims,
      '--out',
      path.join(dir, 'out-bad'),
      '--mapping',
      bad,
      '--quiet',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `mapping file ${bad} line 7: the source column "AmountPaid" of setl.medfee_sumamt is not in the data file "claims.csv"`,
    );
    expect(run.stderr).toContain(`映射文件 ${bad} 第 7 行`);
  });

  it('exits 3 when every rule was skipped, says why in both languages, and writes the SQL results as safe CSV', async () => {
    const mapping = await writeText(dir, 'minimal.yaml', MINIMAL);
    const out = path.join(dir, 'out-minimal');
    const results = path.join(dir, 'results');
    const run = await runInProcess([
      'run',
      notebook,
      '--data',
      claims,
      '--out',
      out,
      '--mapping',
      mapping,
      '--results',
      results,
      '--quiet',
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^没有可运行的内容：全部 \d+ 条规则都被跳过/m);
    expect(run.stdout).toMatch(/^Nothing could run: All \d+ rules were skipped/m);
    expect(run.stdout).not.toMatch(/Done/);
    const report = await readReport(out);
    expect(report.exitCode).toBe(3);
    expect(report.readiness?.ready).toBe(0);
    const needs = report.readiness?.needs ?? [];
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.map((n) => n.unlocks)).toEqual([...needs.map((n) => n.unlocks)].sort((a, b) => b - a));
    expect(report.nothingRan?.en).toContain(needs[0]?.label.en);
    expect(await readFile(path.join(out, 'summary.md'), 'utf8')).toContain(
      '没有可运行的内容 / nothing could run (exit 3)',
    );

    const bytes = await readFile(path.join(results, 'by_physician.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8').slice(1);
    expect(csv.split('\r\n')).toEqual([
      'setl_id,atddr_no,medfee_sumamt',
      'CLM-9001,PHY-1,4000.00',
      `CLM-9002,"'=HYPERLINK(""http://x"")",120.00`,
      'CLM-9003,PHY-2,85.50',
      '',
    ]);
    expect(report.cells.find((c) => c.id === 'c1')?.resultCsv).toBe('by_physician.csv');
  });

  it('exits 3 when no cell could run, and refuses --results in the --out folder', async () => {
    const empty = await writeText(dir, 'empty.claimlens.md', '---\ntitle: empty\n---\n\nNo cells.\n');
    const run = await runInProcess([
      'run',
      empty,
      '--data',
      claims,
      '--out',
      path.join(dir, 'out-empty'),
      '--quiet',
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('笔记本中没有可运行的单元。');
    expect(run.stdout).toContain('The notebook has no cell that can run.');
    const same = path.join(dir, 'out-same');
    const refused = await runInProcess([
      'run',
      notebook,
      '--data',
      claims,
      '--out',
      same,
      '--results',
      same,
      '--quiet',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is the --out folder');
  });
});
