import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomRuleSpec, KernelApi, RuleRunRequest } from '../../../workers/api';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { Jobs } from '../../../workers/kernel/jobs';
import { nodeRuleEngine } from '../../../node/engine/node-rule-engine';
import { createRuleService } from '../../../workers/kernel/rule-service';
import type { TableMapping } from '../../../core/mapping/mapping-types';
import { newJobId } from '../../../core/shared/ids';
import { msg } from '../../../core/shared/msg';
import { loadFixture, type Fixture } from '../rules/rule-harness';
import { feeLine, settlementRow } from '../../fixtures';

type Service = Pick<
  KernelApi,
  'ruleLibrary' | 'runRules' | 'findingsPage' | 'findingDrill' | 'checkCustomRule' | 'exportRulePack'
>;

let engine: NodeEngine;
let service: Service;
let mappings: TableMapping[] = [];

const stay = (id: string, begin: string, end: string, dise: string, hospital = 'H1') =>
  settlementRow({
    setl_id: id,
    mdtrt_id: `M${id}`,
    fixmedins_code: hospital,
    med_type: '21',
    begndate: begin,
    enddate: end,
    dise_codg: dise,
    medfee_sumamt: 800,
    atddr_no: 'D9',
  });

const FIXTURE: Fixture = {
  setl: [
    stay('S1', '2024-01-01', '2024-01-05', 'I63.900'),
    stay('S2', '2024-01-10', '2024-01-12', 'I63.900'),
    stay('S3', '2024-01-20', '2024-01-25', 'I63.900'),
  ],
  fee: [
    feeLine({
      feedetl_sn: 'F1',
      setl_id: 'S2',
      fee_ocur_time: '2024-01-10 09:00:00',
      hilist_code: '001',
      hilist_name: '床位费',
      pric: 6000,
      bilg_dr_code: 'D9',
    }),
    feeLine({
      feedetl_sn: 'F2',
      setl_id: 'S2',
      fee_ocur_time: '2024-01-11 09:00:00',
      hilist_code: '002',
      hilist_name: '护理费',
      pric: 50,
      bilg_dr_code: 'D9',
    }),
  ],
  medins: [{ fixmedins_code: 'H1', fixmedins_name: '第一医院' }],
};

const BIG_LINE: CustomRuleSpec = {
  id: 'NB-1',
  name: msg('单笔大额', 'Large single line'),
  severity: '可疑',
  behaviour: msg('超标准收费', 'Overcharging'),
  basis: msg('笔记本规则', 'Notebook rule'),
  scenes: ['inpatient'],
  needs: ['fee.det_item_fee_sumamt'],
  parameters: [
    { name: 'min_amount', label: msg('阈值', 'Threshold'), kind: 'number', default: 1000, min: 0 },
  ],
  sql: `SELECT feedetl_sn AS finding_key, psn_no, mdtrt_id, setl_id, fixmedins_code, bilg_dr_code AS dr_code,
    feedetl_sn, 1 AS vola_item_type, det_item_fee_sumamt AS amount, '大额' AS vola_cont, 'large' AS vola_cont_en
    FROM fee WHERE det_item_fee_sumamt > $min_amount`,
};

const request = (extra: Partial<RuleRunRequest> = {}): RuleRunRequest => ({
  name: 'findings',
  pack: { kind: 'custom', rules: ['GZ10000204001000', 'NB-1'] },
  customRules: [BIG_LINE],
  ...extra,
});

let findingsRun: ReturnType<Service['runRules']> | undefined;
/**
 * Runs `request()` once, into table `findings`: every test that reads the findings awaits it, so each
 * test passes alone (`vitest -t`) and in any order.
 */
function runFindings(): ReturnType<Service['runRules']> {
  return (findingsRun ??= service.runRules(request(), newJobId()));
}

beforeAll(async () => {
  engine = await createNodeEngine();
  const data = await loadFixture(engine, FIXTURE);
  mappings = [...data.fields].map(([target, fields]) => ({
    source: `raw_${target}`,
    target,
    columns: Object.fromEntries([...fields].map((f) => [f, f])),
  }));
  service = createRuleService({
    engine: async () => nodeRuleEngine(engine),
    jobs: new Jobs(),
    mappings: () => mappings,
    isCellView: (name) => name === 'my_view',
  });
});

afterAll(async () => {
  await engine.close();
});

describe('the kernel rule service', () => {
  it('runs library and notebook rules together and reports per-rule outcomes', async () => {
    const run = await runFindings();
    if (!run.ok) throw new Error(run.error.message.en);
    const byId = new Map(run.value.rules.map((r) => [r.ruleId, r]));
    expect(byId.get('GZ10000204001000')?.findings).toBe(2);
    expect(byId.get('NB-1')?.findings).toBe(1);
    // S2 is flagged whole (分解住院, 800) and its 6000 line by NB-1: the whole settlement counts once.
    // S3 is a readmission 8 days after S2: 800.
    expect(run.value.amountAtRisk).toBe(1600);
    expect(run.value.byInstitution[0]).toMatchObject({ code: 'H1', name: '第一医院', amountAtRisk: 1600 });
    expect(run.value.byDoctor[0]).toMatchObject({ code: 'D9' });
    // The severity breakdown covers every finding once, in the national order, and the per-rule amounts.
    const sev = run.value.bySeverity;
    expect(sev.map((x) => x.severity)).toEqual(['明确违规', '高度可疑', '可疑']);
    expect(sev.reduce((n, x) => n + x.findings, 0)).toBe(run.value.findings);
    const ruleAmount = run.value.rules.reduce((n, r) => n + r.amount, 0);
    expect(sev.reduce((n, x) => n + x.amount, 0)).toBeCloseTo(ruleAmount, 2);
    expect(sev.filter((x) => x.findings > 0).length).toBeGreaterThan(0);
  });

  it('pages, filters and sorts findings with bound values', async () => {
    await runFindings();
    const page = await service.findingsPage({
      table: 'findings',
      sort: 'setl_id',
      descending: true,
      offset: 0,
      limit: 10,
    });
    if (!page.ok) throw new Error(page.error.message.en);
    expect(page.value.total).toBe(3);
    expect(page.value.rows.map((r) => r.setl_id)).toEqual(['S3', 'S2', 'S2']);
    const filtered = await service.findingsPage({
      table: 'findings',
      ruleId: 'NB-1',
      search: "x' OR 1=1 --",
      sort: 'vola_amt',
      descending: true,
      offset: 0,
      limit: 10,
    });
    expect(filtered.ok && filtered.value.total).toBe(0);
    const unknown = await service.findingsPage({
      table: 'setl',
      sort: 'vola_amt',
      descending: true,
      offset: 0,
      limit: 5,
    });
    expect(!unknown.ok && unknown.error.code).toBe('rule.unknown-table');
  });

  it('drills into a finding: every fee line of its settlement, violating ones marked, with the basis', async () => {
    await runFindings();
    const drill = await service.findingDrill('findings', 'NB-1:F1');
    if (!drill.ok) throw new Error(drill.error.message.en);
    expect(drill.value.basis).toEqual(BIG_LINE.basis);
    expect(drill.value.lines.map((l) => [l.feedetl_sn, l.vola_item_type])).toEqual([
      ['F1', 1],
      ['F2', null],
    ]);
  });

  it('refuses a parameter out of bounds, naming the rule and the range', async () => {
    const run = await service.runRules(
      request({ parameters: { GZ10000204001000: { window_days: 400 } } }),
      newJobId(),
    );
    expect(!run.ok && run.error.code).toBe('rule.parameter');
    expect(!run.ok && run.error.message.zh).toContain('0 – 90');
  });

  it('refuses a findings name that is a data table or a cell view', async () => {
    for (const name of ['setl', 'my_view']) {
      const run = await service.runRules(request({ name }), newJobId());
      expect(!run.ok && run.error.code).toBe('rule.name-taken');
    }
  });

  it('checks a custom rule: one query with the output columns', async () => {
    expect((await service.checkCustomRule(BIG_LINE)).ok).toBe(true);
    const missing = await service.checkCustomRule({
      ...BIG_LINE,
      sql: 'SELECT setl_id AS finding_key FROM setl',
    });
    expect(!missing.ok && missing.error.code).toBe('rule.custom-columns');
    expect(!missing.ok && missing.error.message.en).toContain('vola_item_type');
    const two = await service.checkCustomRule({ ...BIG_LINE, sql: `${BIG_LINE.sql}; DROP TABLE setl` });
    expect(two.ok).toBe(false);
    expect((await engine.rows('SELECT count(*) AS n FROM setl'))[0]).toEqual({ n: 3 });
    const library = await service.checkCustomRule({ ...BIG_LINE, id: 'GZ10000204001000' });
    expect(!library.ok && library.error.code).toBe('rule.custom-id');
  });

  it('exports the pack as a SQL script that reproduces the findings on another engine', async () => {
    await runFindings();
    const script = await service.exportRulePack(request({ name: 'exported' }));
    if (!script.ok) throw new Error(script.error.message.en);
    const other = await createNodeEngine();
    try {
      await loadFixture(other, FIXTURE);
      for (const statement of splitStatements(script.value)) await other.exec(statement);
      const mine = await engine.rows(`SELECT finding_id, vola_amt::DOUBLE AS a FROM findings ORDER BY 1`);
      const theirs = await other.rows(`SELECT finding_id, vola_amt::DOUBLE AS a FROM exported ORDER BY 1`);
      expect(theirs).toEqual(mine);
    } finally {
      await other.close();
    }
  });
});

/** The exporter ends each statement with `;` at a line end; comments are whole lines. */
function splitStatements(script: string): string[] {
  const body = script
    .split('\n')
    .filter((l) => !l.startsWith('--'))
    .join('\n');
  return body
    .split(/;\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
