/**
 * Opening files on the real kernel (DuckDB-WASM under Node): knowledge files go to the knowledge base
 * wherever they are dropped; the first user data file takes the demo out of the canonical tables; the
 * demo can be kept apart in schema `demo`; a mapping can be undone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInfo } from '../../../workers/api';
import { newJobId } from '../../../core/shared/ids';
import { msg } from '../../../core/shared/msg';
import { generateDemoFiles } from '../../../workers/generator/demo-dataset';
import { createNodeKernel, error, textFile, value, type NodeKernelHost } from './node-kernel-host';

let host: NodeKernelHost;
const job = () => newJobId();

/** Data rows of a generated demo file. */
const demoRows = (name: string) =>
  generateDemoFiles()
    .find((f) => f.name === name)!
    .text.trimEnd()
    .split('\n')
    .slice(1);

/** A user's settlement extract: Chinese headers in an order unlike the demo's, its own ids. */
const USER_SETTLEMENTS = [
  '医疗费总额,结算ID,人员编号,定点医药机构编号,就诊ID,医疗类别,开始日期,结束日期,结算时间',
  '6200.00,U-S-001,U-P-01,U-H-1,U-M-001,21,2024-05-01,2024-05-09,2024-05-09 10:00:00',
  '88.20,U-S-002,U-P-02,U-H-1,U-M-002,11,2024-05-02,2024-05-02,2024-05-02 09:00:00',
  '15000.50,U-S-003,U-P-01,U-H-2,U-M-003,21,2024-06-01,2024-06-20,2024-06-20 16:00:00',
].join('\n');

/** A knowledge file named after its table. */
const KB_BY_NAME = ['code,kind,param,source', '001212817140001,child,18,my list'].join('\n');
/** A knowledge file under a name that says nothing: its header names kb_price_cap's columns. */
const KB_BY_COLUMNS = ['code,medins_lv,max_pric,source', '001155912410009,1,12.50,bureau'].join('\n');

const rows = async (sql: string) => (await host.engine()).rows<Record<string, unknown>>(sql);
const count = async (table: string) =>
  Number((await rows(`SELECT count(*)::INTEGER AS n FROM ${table}`))[0]?.n ?? -1);
const tableNames = async () => (await host.kernel.schema()).tables.map((t) => t.name);

beforeAll(async () => {
  host = createNodeKernel();
  value(await host.kernel.init());
  value(await host.kernel.loadDemo(job()));
}, 120_000);

afterAll(async () => {
  await host.close();
});

describe('openFile', () => {
  it('imports a kb_* file as knowledge, recognised by its name, without touching the data', async () => {
    const before = await host.kernel.listDatasets();
    const outcome = value(
      await host.kernel.openFile(textFile('kb_restriction (2).csv', KB_BY_NAME), { jobId: job() }),
    );
    expect(outcome.kind).toBe('knowledge');
    if (outcome.kind !== 'knowledge') return;
    expect(outcome.report).toMatchObject({ table: 'kb_restriction', accepted: 1, rejected: 0 });
    expect(await host.kernel.listDatasets()).toEqual(before);
    expect(await tableNames()).not.toContain('raw_kb_restriction_2');
  });

  it('imports a file whose header names a knowledge table, whatever its name', async () => {
    const outcome = value(
      await host.kernel.openFile(textFile('价格上限.csv', KB_BY_COLUMNS), { jobId: job() }),
    );
    if (outcome.kind === 'knowledge') expect(outcome.report.errors.map((e) => e.message.en)).toEqual([]);
    expect(outcome).toMatchObject({ kind: 'knowledge', report: { table: 'kb_price_cap', accepted: 1 } });
    const layers = (await host.kernel.knowledgeSummary()).layers.map((l) => l.id);
    expect(layers).toContain('demo');
  });

  it('loads a data file as the user’s dataset and takes the demo out at once', async () => {
    const demoSetl = await count('setl');
    expect(demoSetl).toBe(demoRows('setl.csv').length);
    const outcome = value(
      await host.kernel.openFile(textFile('结算.csv', USER_SETTLEMENTS), { jobId: job() }),
    );
    expect(outcome.kind).toBe('dataset');
    if (outcome.kind !== 'dataset') return;
    expect(outcome.demoRemoved).toBe(true);
    expect(outcome.dataset.origin).toBe('user');
    const datasets = await host.kernel.listDatasets();
    expect(datasets.map((d) => d.fileName)).toEqual(['结算.csv']);
    // No canonical table is left with the demo's rows, and the demo's knowledge layer went with them.
    const names = await tableNames();
    for (const table of ['psn', 'medins', 'setl', 'fee', 'death']) expect(names).not.toContain(table);
    expect((await host.kernel.knowledgeSummary()).layers.map((l) => l.id)).not.toContain('demo');
    // Its answer key went too: there is nothing to score against.
    expect(error(await host.kernel.scoreWorkshop('setl', 'setl')).code).toBe('workshop.no-answer-key');
  });

  it('maps the user’s file into setl alone: its rows, and findings only of its settlements', async () => {
    const [user] = await host.kernel.listDatasets();
    const proposal = value(await host.kernel.proposeMapping(user!.id));
    expect(proposal.mapping.target).toBe('setl');
    value(await host.kernel.applyMapping(proposal.mapping, job()));
    expect(await count('setl')).toBe(3);
    const summary = value(
      await host.kernel.runRules(
        {
          name: 'user_findings',
          pack: { kind: 'custom', rules: ['NB-BIG'] },
          customRules: [bigSettlements],
        },
        job(),
      ),
    );
    expect(summary.rules[0]).toMatchObject({ ruleId: 'NB-BIG', status: 'ok', findings: 2 });
    const found = (await rows(`SELECT DISTINCT setl_id FROM user_findings ORDER BY setl_id`)).map(
      (r) => r.setl_id,
    );
    expect(found).toEqual(['U-S-001', 'U-S-003']);
    const planted = new Set(demoRows('answers.csv').map((line) => line.split(',')[2]));
    expect(found.filter((id) => planted.has(String(id)))).toEqual([]);
  });

  it('takes nothing out on a later data file', async () => {
    const outcome = value(await host.kernel.openFile(textFile('more.csv', 'a,b\n1,2\n'), { jobId: job() }));
    expect(outcome).toMatchObject({ kind: 'dataset', demoRemoved: false });
    expect((await host.kernel.listDatasets()).map((d) => d.fileName)).toEqual(['结算.csv', 'more.csv']);
  });
});

describe('keepDemoApart', () => {
  it('builds the demo in schema demo, never in the user’s tables, and is idempotent', async () => {
    const { tables } = value(await host.kernel.keepDemoApart(job()));
    expect([...tables].sort()).toEqual(['demo.death', 'demo.fee', 'demo.medins', 'demo.psn', 'demo.setl']);
    value(await host.kernel.keepDemoApart(job()));
    expect(await count('demo.setl')).toBe(demoRows('setl.csv').length);
    expect(await count('demo.fee')).toBe(demoRows('fee.csv').length);
    expect(await count('setl')).toBe(3);
    // The staging tables are gone, and rules and the schema still see the user's data only.
    const names = await tableNames();
    expect(names.filter((n) => n.startsWith('_cl_') || n.includes('demo'))).toEqual([]);
    expect((await host.kernel.listDatasets()).every((d: DatasetInfo) => d.origin === 'user')).toBe(true);
  });

  it('is dropped by removeDemoApart, once', async () => {
    expect(await host.kernel.removeDemoApart()).toBe(true);
    expect(await host.kernel.removeDemoApart()).toBe(false);
    await expect(count('demo.setl')).rejects.toThrow();
    expect(await count('setl')).toBe(3);
  });
});

describe('unmapDataset', () => {
  it('undoes a mapping: the canonical table is rebuilt without it, the raw table stays', async () => {
    const user = (await host.kernel.listDatasets()).find((d) => d.fileName === '结算.csv')!;
    expect(user.mapping?.target).toBe('setl');
    value(await host.kernel.unmapDataset(user.id));
    const after = (await host.kernel.listDatasets()).find((d) => d.id === user.id)!;
    expect(after.mapping).toBeUndefined();
    const names = await tableNames();
    expect(names).not.toContain('setl');
    expect(names).toContain(user.table);
    expect(await count(user.table)).toBe(3);
    expect((await host.kernel.validationReports()).map((r) => r.target)).not.toContain('setl');
    // Nothing to undo is not an error; an unknown dataset is.
    value(await host.kernel.unmapDataset(user.id));
    expect(error(await host.kernel.unmapDataset('ds-none' as DatasetInfo['id'])).code).toBe(
      'dataset.unknown',
    );
  });

  it('removes any dataset', async () => {
    for (const d of await host.kernel.listDatasets()) value(await host.kernel.removeDataset(d.id));
    expect(await host.kernel.listDatasets()).toEqual([]);
  });
});

const bigSettlements = {
  id: 'NB-BIG',
  name: msg('大额结算', 'Large settlements'),
  severity: '可疑' as const,
  behaviour: msg('其他', 'Other'),
  basis: msg('测试', 'test'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'] as const,
  parameters: [],
  needs: [],
  sql: `SELECT setl_id AS finding_key, psn_no, mdtrt_id, setl_id, fixmedins_code, NULL AS dr_code,
  NULL AS feedetl_sn, 1 AS vola_item_type, medfee_sumamt AS amount, '大额' AS vola_cont, 'large' AS vola_cont_en
  FROM setl WHERE medfee_sumamt > 5000`,
};
