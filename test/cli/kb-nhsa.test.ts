import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../cli/run-report';
import { NHSA_KNOWLEDGE_FILE } from '../../node/knowledge/nhsa-knowledge-file';
import { notebookText, runInProcess, tempDir, writeDemoData, writeText } from './cli-fixtures';

let dir: string;
let data: string[];

beforeAll(async () => {
  dir = await tempDir('kb-nhsa');
  data = await writeDemoData(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readReport = async (out: string) =>
  JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')) as RunReport;

/** Rows per table of the shipped default layer. */
async function shippedRows(): Promise<Record<string, number>> {
  const json = JSON.parse(gunzipSync(await readFile(NHSA_KNOWLEDGE_FILE)).toString('utf8')) as Record<
    string,
    unknown[]
  >;
  return {
    kb_restriction: json['kb_restriction']?.length ?? 0,
    kb_exclusive_pair: json['kb_exclusive_pair']?.length ?? 0,
    kb_frequency: json['kb_frequency']?.length ?? 0,
  };
}

// Each test is one whole CLI run on the demo data (the engine, the full default layer, the rules).
describe('claimlens run --kb with files in NHSA knowledge-point layout', { timeout: 240_000 }, () => {
  it('starts from the full NHSA layer and imports NHSA JSON and Chinese-header CSV as layers on top', async () => {
    const notebook = await writeText(
      dir,
      'kb.claimlens.md',
      notebookText('pack: custom\nrules:\n  - GZ10000101007000'),
    );
    // Codes the shipped layer does not hold (checked below by the counts rising by exactly these rows).
    const json = await writeText(
      dir,
      'nhsa-export.json',
      JSON.stringify({
        records: [
          {
            kp_id: 'KP-province-0001',
            rule_class: '医疗服务项目重复收费',
            med_codes: ['999999000010000', '999999000020000'],
            item_name: 'A×B',
            constraint: null,
          },
          {
            kp_id: 'KP-province-0002',
            rule_class: '药品限适应症',
            med_code: 'XZ99ZZZ999Z999999999999',
            constraint: '限一种没有收入词典的疾病。',
          },
        ],
      }),
    );
    const csv = await writeText(
      dir,
      '省知识点.csv',
      '规则分类,医保编码,限定条件,知识点编号\n医疗服务项目区分性别使用,999999000030000,限女性,省-1\n',
    );
    const out = path.join(dir, 'out-nhsa');
    const run = await runInProcess([
      'run',
      notebook,
      '--data',
      ...data,
      '--kb',
      json,
      '--kb',
      csv,
      '--out',
      out,
      '--quiet',
    ]);
    expect(run.code).toBe(0);
    // The record that could not be parsed is a warning naming the file, its id and why, not dropped.
    expect(run.stderr).toMatch(/nhsa-export\.json.*KP-province-0002/s);
    const report = await readReport(out);
    const shipped = await shippedRows();
    expect(report.knowledge.rows['kb_exclusive_pair']).toBe((shipped['kb_exclusive_pair'] ?? 0) + 1);
    expect(report.knowledge.rows['kb_restriction']).toBeGreaterThanOrEqual(
      (shipped['kb_restriction'] ?? 0) + 1,
    );
    expect(report.knowledge.warnings.map((w) => [w.file, w.row, w.code])).toEqual([
      ['nhsa-export.json', 2, 'kb.nhsa-unparsed'],
    ]);
  });

  it('stops (exit 2) on an NHSA-layout file none of whose records could be read, naming it', async () => {
    const notebook = await writeText(
      dir,
      'kb2.claimlens.md',
      notebookText('pack: custom\nrules:\n  - GZ10000101007000'),
    );
    const bad = await writeText(
      dir,
      'unreadable.csv',
      'kp_id,rule_class,med_codes,constraint\nKP-x,药品限适应症,XZ99ZZZ999Z999999999999,限一种没有收入词典的疾病。\n',
    );
    const run = await runInProcess([
      'run',
      notebook,
      '--data',
      ...data,
      '--kb',
      bad,
      '--out',
      path.join(dir, 'out-bad'),
      '--quiet',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unreadable.csv');
    expect(run.stderr).toContain('KP-x');
  });
});
