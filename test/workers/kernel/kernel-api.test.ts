/**
 * The kernel's API on the real DuckDB-WASM engine under Node: the same `createKernel` the browser worker
 * and the CLI create, over the Node engine port. Drifts between hosts are settled here (docs/kernel.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomRuleSpec, DatasetInfo, RuleRunRequest } from '../../../workers/api';
import { newJobId } from '../../../core/shared/ids';
import { msg } from '../../../core/shared/msg';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { ruleRunRequest } from '../../../core/cells/rule/rule-run-request';
import { createNodeKernel, demoFiles, error, textFile, value, type NodeKernelHost } from './node-kernel-host';

let host: NodeKernelHost;
const loaded = new Map<string, DatasetInfo>();
const job = () => newJobId();

/** Only the demo's claims data: knowledge files are imported, the answer key stays out. */
const DATA = ['psn.csv', 'medins.csv', 'setl.csv', 'fee.csv'];

beforeAll(async () => {
  host = createNodeKernel();
  const files = demoFiles();
  for (const name of DATA) {
    const info = value(await host.kernel.loadFile(files.get(name)!, { jobId: job() }));
    loaded.set(name, info);
    const proposal = value(await host.kernel.proposeMapping(info.id));
    value(await host.kernel.applyMapping(proposal.mapping, job()));
  }
}, 120_000);

afterAll(async () => {
  await host.close();
});

const customRule = (id: string, sql: string): CustomRuleSpec => ({
  id,
  name: msg(id, id),
  severity: '可疑',
  behaviour: msg('其他', 'Other'),
  basis: msg('测试', 'test'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  parameters: [],
  needs: [],
  sql,
});

const BIG_SETTLEMENTS = `SELECT setl_id AS finding_key, psn_no, mdtrt_id, setl_id, fixmedins_code, NULL AS dr_code,
  NULL AS feedetl_sn, 1 AS vola_item_type, medfee_sumamt AS amount, '大额' AS vola_cont, 'large' AS vola_cont_en
  FROM setl WHERE medfee_sumamt > 5000`;

describe('the kernel over the Node engine port', () => {
  it('starts its engine lazily and reports it', async () => {
    const info = value(await host.kernel.init());
    expect(info.duckdbVersion).toMatch(/^v\d+\.\d+/);
    expect((await host.engine()).kind).toBe('wasm');
  });

  it('loads files into raw tables and maps them onto the canonical tables', async () => {
    const datasets = await host.kernel.listDatasets();
    expect(datasets.map((d) => [d.fileName, d.table, d.mapping?.target])).toEqual([
      ['psn.csv', 'raw_psn', 'psn'],
      ['medins.csv', 'raw_medins', 'medins'],
      ['setl.csv', 'raw_setl', 'setl'],
      ['fee.csv', 'raw_fee', 'fee'],
    ]);
    const fee = loaded.get('fee.csv')!;
    // The demo's fee.csv: a header and one line per fee line (the file ends with a newline).
    const lines = (await demoFiles().get('fee.csv')!.text()).trimEnd().split('\n').length - 1;
    expect(fee.rowCount).toBe(lines);
    const reports = await host.kernel.validationReports();
    expect(reports.find((r) => r.target === 'fee')?.rowsRead).toBe(lines);
    const schema = await host.kernel.schema();
    expect(schema.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['fee', 'setl', 'raw_fee']));
    // What was done to the data is logged, as in the browser (the benchmark replays it).
    expect((await host.kernel.engineLog()).some((s) => s.startsWith('-- register /claims/'))).toBe(true);
  });

  it('runs a SQL cell into a view that a later cell and an ad-hoc query read', async () => {
    const cell = value(
      await host.kernel.runCell(
        {
          name: 'big',
          sql: 'SELECT setl_id FROM setl WHERE medfee_sumamt > 5000',
          parameters: [],
          pageSize: 100,
        },
        job(),
      ),
    );
    const [count] = value(
      await host.kernel.runCell(
        { name: 'big_count', sql: 'SELECT count(*) AS n FROM big', parameters: [], pageSize: 100 },
        job(),
      ),
    ).columns;
    expect(count?.name).toBe('n');
    const query = value(await host.kernel.query('SELECT count(*) AS n FROM big', job()));
    expect(query.rowCount).toBe(1);
    expect(cell.totalRows).toBeGreaterThan(0);
    expect(cell.firstPage.rowCount).toBe(Math.min(cell.totalRows, 100));
    expect(value(await host.kernel.resultDigest('big'))).toMatch(/^[0-9a-f]{64}$/);
    await host.kernel.dropCellViews(['big_count']);
    expect(error(await host.kernel.query('SELECT * FROM big_count', job())).kind).toBe('sql');
  });

  it('runs rules into findings tables, pages them and drills into a finding', async () => {
    const request: RuleRunRequest = {
      name: 'audit',
      pack: { kind: 'custom', rules: ['CL-CHG-001', 'NB-BIG'] },
      customRules: [customRule('NB-BIG', BIG_SETTLEMENTS)],
    };
    const progress: string[] = [];
    const summary = value(
      await host.kernel.runRules(request, job(), (p) => progress.push(`${p.ruleId}:${p.status}`)),
    );
    expect(summary.rules.map((r) => [r.ruleId, r.status])).toEqual([
      ['CL-CHG-001', 'ok'],
      ['NB-BIG', 'ok'],
    ]);
    expect(progress).toEqual(['CL-CHG-001:running', 'CL-CHG-001:ok', 'NB-BIG:running', 'NB-BIG:ok']);
    expect(summary.rules[1]?.findings).toBeGreaterThan(0);
    const page = value(
      await host.kernel.findingsPage({
        table: 'audit',
        ruleId: 'NB-BIG',
        sort: 'vola_amt',
        descending: true,
        offset: 0,
        limit: 5,
      }),
    );
    expect(page.total).toBe(summary.rules[1]?.findings);
    const first = page.rows[0]!;
    expect(first.rule_id).toBe('NB-BIG');
    const drill = value(await host.kernel.findingDrill('audit', first.finding_id));
    expect(drill.finding.finding_id).toBe(first.finding_id);
    expect(drill.lines.length).toBeGreaterThan(0);
  });

  it('checks a custom rule before running it, on every host: one lacking columns is reported failed, the others run', async () => {
    const bad = customRule('NB-BAD', 'SELECT setl_id AS finding_key FROM setl');
    expect(error(await host.kernel.checkCustomRule(bad)).code).toBe('rule.custom-columns');
    const summary = value(
      await host.kernel.runRules(
        {
          name: 'checked',
          pack: { kind: 'custom', rules: ['NB-BAD', 'NB-BIG'] },
          customRules: [bad, customRule('NB-BIG', BIG_SETTLEMENTS)],
        },
        job(),
      ),
    );
    expect(summary.rules.map((r) => [r.ruleId, r.status, r.error?.code])).toEqual([
      ['NB-BAD', 'failed', 'rule.custom-columns'],
      ['NB-BIG', 'ok', undefined],
    ]);
    expect(summary.rules[0]?.error?.message.en).toContain('lacks output columns: psn_no');
    expect(summary.findings).toBe(summary.rules[1]?.findings);
  });

  it('never runs a Rule cell without a custom-rule cell that does not read: the request fails with its error', async () => {
    const { notebook } = parseNotebook(
      [
        '```custom-rule {id=cr1 rule=NB-BROKEN}',
        'name: 没有分隔线',
        'SELECT 1',
        '```',
        '',
        '```rule {id=r1 name=nb}',
        'pack: all',
        '```',
        '',
      ].join('\n'),
    );
    const cell = notebook.cells.find((c) => c.type === 'rule');
    if (cell?.type !== 'rule') throw new Error('no Rule cell');
    const request = error(ruleRunRequest(notebook, cell));
    expect(request).toMatchObject({ kind: 'notebook', code: 'rule.custom-text' });
    expect(request.message.en).toContain('Custom rule NB-BROKEN, line 1');
  });

  it('imports knowledge files through the importer: row checks, a layer over the shipped sample', async () => {
    const before = await host.kernel.knowledgeSummary();
    expect(before.layers.map((l) => l.id)).toEqual(['nhsa-full']);
    const kb = demoFiles().get('kb_price_cap.csv')!;
    const withBadRow = textFile(kb.name, `${(await kb.text()).trimEnd()}\nNOT-A-CODE,3,abc,\n`);
    const report = value(await host.kernel.importKnowledge(withBadRow));
    expect(report.table).toBe('kb_price_cap');
    expect(report.rejected).toBe(1);
    expect(report.accepted).toBe(report.rowsRead - 1);
    expect(report.errors[0]).toMatchObject({ file: 'kb_price_cap.csv', row: report.rowsRead });
    const after = await host.kernel.knowledgeSummary();
    expect(after.layers.map((l) => l.id)).toEqual(['nhsa-full', 'import:kb_price_cap.csv']);
    expect(after.tables.kb_price_cap).toBeGreaterThanOrEqual(report.accepted);
    expect(await host.kernel.removeKnowledgeLayer('import:kb_price_cap.csv')).toBe(true);
  });

  it('returns expected failures as values, naming the file, row or cell', async () => {
    const ragged = error(
      await host.kernel.loadFile(textFile('ragged.csv', 'a,b\n1,2\n3,4,5\n'), { jobId: job() }),
    );
    expect(ragged).toMatchObject({ kind: 'load', file: 'ragged.csv' });
    expect(
      error(
        await host.kernel.runCell(
          { name: 'oops', sql: 'SELECT nope FROM setl', parameters: [], pageSize: 100 },
          job(),
        ),
      ),
    ).toMatchObject({ kind: 'sql', code: 'sql.error' });
    expect(
      error(await host.kernel.runCell({ name: 'fee', sql: 'SELECT 1', parameters: [], pageSize: 100 }, job()))
        .code,
    ).toBe('sql.name-taken');
    expect(
      error(
        await host.kernel.findingsPage({
          table: 'fee',
          sort: 'vola_amt',
          descending: true,
          offset: 0,
          limit: 5,
        }),
      ).code,
    ).toBe('rule.unknown-table');
    // A knowledge file that fits no table is a report with the file-level error, and no layer.
    const refused = value(
      await host.kernel.importKnowledge(textFile('kb_x.csv', 'code,kind,limit\nX,sex,1\n')),
    );
    expect([refused.accepted, refused.errors[0]?.code, refused.errors[0]?.file]).toEqual([
      0,
      'kb.columns',
      'kb_x.csv',
    ]);
    expect((await host.kernel.knowledgeSummary()).layers.map((l) => l.id)).toEqual(['nhsa-full']);
  });

  it('removes a dataset: its raw table goes and the canonical table it fed is rebuilt without it', async () => {
    const medins = loaded.get('medins.csv')!;
    value(await host.kernel.removeDataset(medins.id));
    expect((await host.kernel.listDatasets()).map((d) => d.fileName)).not.toContain('medins.csv');
    const tables = (await host.kernel.schema()).tables.map((t) => t.name);
    expect(tables).not.toContain('raw_medins');
    // medins is rebuilt from what is left: the settlement file's institution columns (its `also`), if any.
    const medinsReport = (await host.kernel.validationReports()).find((r) => r.target === 'medins');
    const rawTables = (await host.kernel.listDatasets()).map((d) => d.table);
    if (tables.includes('medins')) {
      expect(medinsReport?.sources.length).toBeGreaterThan(0);
      for (const source of medinsReport?.sources ?? []) expect(rawTables).toContain(source);
    } else expect(medinsReport).toBeUndefined();
    expect(medinsReport?.sources ?? []).not.toContain('raw_medins');
    expect(error(await host.kernel.proposeMapping(medins.id)).code).toBe('dataset.unknown');
  });
});
