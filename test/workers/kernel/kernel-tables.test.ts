import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomRuleSpec } from '../../../workers/api';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { sqlError } from '../../../workers/kernel/engine-errors';
import { HIDDEN_ANSWERS, loadHiddenAnswers } from '../../../workers/kernel/generated-parts';
import { Jobs } from '../../../workers/kernel/jobs';
import { nodeCellEngine } from '../../../node/engine/node-cell-engine';
import { nodeRuleEngine } from '../../../node/engine/node-rule-engine';
import { createRuleService } from '../../../workers/kernel/rule-service';
import { runCell } from '../../../workers/kernel/run-cell';
import { createWorkshopService } from '../../../workers/kernel/workshop-service';
import { KnowledgeBase } from '../../../workers/knowledge/knowledge-base';
import type { TableMapping } from '../../../core/mapping/mapping-types';
import { fail } from '../../../core/shared/errors';
import { newJobId } from '../../../core/shared/ids';
import { msg } from '../../../core/shared/msg';
import { loadFixture } from '../rules/rule-harness';

/** The attack corpus (test/attacks/names/README.md). */
const ATTACKS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../attacks/names');

/** The probes of `kernel-probes.sql`: one query per line, `--` lines are comments. */
const PROBES = readFileSync(path.join(ATTACKS, 'kernel-probes.sql'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('--'));

/** A value only the hidden answer key holds: no probe may ever return it. */
const SECRET = 'SECRET-SCENARIO-7f3a';

const ANSWERS_CSV = `scenario,level,setl_id,feedetl_sn,psn_no,fixmedins_code,amount
${SECRET},setl,S2,,P1,H1,6000.00
`;

let engine: NodeEngine;
let mappings: TableMapping[] = [];
const jobs = new Jobs();
const signal = new AbortController().signal;

let service: ReturnType<typeof createRuleService> | undefined;
/** The kernel's rule service (one per kernel: it remembers the findings tables it wrote). */
const rules = () =>
  (service ??= createRuleService({
    engine: async () => nodeRuleEngine(engine),
    jobs,
    mappings: () => mappings,
    isCellView: () => false,
  }));

/** A custom rule whose findings come from `probe` (every output column present, so only the FROM fails). */
const probeRule = (probe: string): CustomRuleSpec => ({
  id: 'NB-PROBE',
  name: msg('探测', 'Probe'),
  severity: '可疑',
  behaviour: msg('超标准收费', 'Overcharging'),
  basis: msg('攻击样例', 'Attack case'),
  scenes: ['inpatient'],
  needs: [],
  parameters: [],
  sql: `SELECT CAST(p.* AS VARCHAR) AS finding_key, NULL AS psn_no, NULL AS mdtrt_id, NULL AS setl_id,
    NULL AS fixmedins_code, NULL AS dr_code, NULL AS feedetl_sn, 1 AS vola_item_type, 0 AS amount,
    CAST(p.* AS VARCHAR) AS vola_cont, NULL AS vola_cont_en FROM (${probe}) AS p`,
});

beforeAll(async () => {
  engine = await createNodeEngine();
  const data = await loadFixture(engine, {
    setl: [
      { setl_id: 'S1', psn_no: 'P1', fixmedins_code: 'H1', begndate: '2024-01-01', enddate: '2024-01-05' },
      { setl_id: 'S2', psn_no: 'P1', fixmedins_code: 'H1', begndate: '2024-01-07', enddate: '2024-01-09' },
    ],
  });
  mappings = [...data.fields].map(([target, fields]) => ({
    source: `raw_${target}`,
    target,
    columns: Object.fromEntries([...fields].map((f) => [f, f])),
  }));
  await loadHiddenAnswers(engine, new Blob([ANSWERS_CSV]));
  // A run leaves the per-run tables (hits, meta, params, risk units) behind on the kernel's connection.
  const run = await rules().runRules(
    { name: 'findings', pack: { kind: 'custom', rules: ['GZ10000204001000'] } },
    newJobId(),
  );
  if (!run.ok) throw new Error(run.error.message.en);
});

afterAll(async () => {
  await engine.close();
});

/** The rows of `sql` as user SQL runs it, or the error it reports beside a cell. */
async function asUser(sql: string) {
  try {
    return { rows: JSON.stringify(await engine.rows(sql)) };
  } catch (e) {
    return { error: sqlError(e) };
  }
}

describe("the kernel's tables are out of user SQL's reach", () => {
  it('keeps them on its own connection', async () => {
    const [key] = await engine.kernelSql.rows<{ scenario: string }>(
      `SELECT scenario FROM temp.main.${HIDDEN_ANSWERS}`,
    );
    expect(key?.scenario).toBe(SECRET);
    const temp = await engine.kernelSql.rows<{ name: string }>(
      `SELECT table_name AS name FROM duckdb_tables() WHERE temporary ORDER BY 1`,
    );
    expect(temp.map((t) => t.name)).toEqual([
      '_cl_answers',
      '_cl_risk_units',
      '_cl_rule_hits',
      '_cl_rule_meta',
      '_cl_rule_params',
    ]);
  });

  it.each(PROBES)('on a user connection: %s', async (probe) => {
    const result = await asUser(probe);
    if (result.rows !== undefined) {
      // Only catalog listings succeed, and they list none of the kernel's tables.
      expect(probe).toMatch(/duckdb_tables|duckdb_columns|information_schema/);
      expect(result.rows).not.toContain('_cl_');
      expect(result.rows).not.toContain(SECRET);
      return;
    }
    expect(result.error?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(result.error?.message.en).not.toBe('');
    if (/_cl_/i.test(probe)) {
      expect(result.error?.code).toBe('sql.internal-table');
      expect(result.error?.message.en).toContain("ClaimLens's internal tables");
    }
  });

  it.each(PROBES)('as a SQL cell: %s', async (probe) => {
    const views = new Set<string>();
    try {
      const result = await runCell(
        nodeCellEngine(engine),
        views,
        { name: 'probe', sql: probe, parameters: [], pageSize: 1000 },
        signal,
      );
      expect(probe).toMatch(/duckdb_tables|duckdb_columns|information_schema/);
      const text = new TextDecoder().decode(result.firstPage.ipc);
      expect(text).not.toContain('_cl_');
      expect(text).not.toContain(SECRET);
    } catch (e) {
      const error = sqlError(e);
      expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
      if (/_cl_/i.test(probe)) expect(error.code).toBe('sql.internal-table');
    } finally {
      await engine.exec('DROP VIEW IF EXISTS probe');
    }
  });

  it.each(PROBES.filter((p) => /_cl_|cl_param/i.test(p)))('as a custom rule: %s', async (probe) => {
    const checked = await rules().checkCustomRule(probeRule(probe));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error.message.zh).toMatch(/[\u4e00-\u9fff]/);
    const run = await rules().runRules(
      {
        name: 'probe_findings',
        pack: { kind: 'custom', rules: ['NB-PROBE'] },
        customRules: [probeRule(probe)],
      },
      newJobId(),
    );
    // Refused up front by the friendly filter, or run where user SQL runs and failed there.
    const error = run.ok ? run.value.rules[0]?.error : run.error;
    expect(run.ok ? run.value.rules[0]?.status : 'refused').toMatch(/^(refused|failed)$/);
    expect(error?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(error?.message.en).not.toBe('');
    if (run.ok)
      expect(JSON.stringify(await engine.rows('SELECT * FROM probe_findings'))).not.toContain(SECRET);
  });
});

describe('rule cells and workshop scoring still work', () => {
  it('runs library and custom rules with parameters into the findings tables', async () => {
    const big: CustomRuleSpec = {
      ...probeRule('SELECT setl_id FROM setl'),
      id: 'NB-SETL',
      parameters: [{ name: 'prefix', label: msg('前缀', 'Prefix'), kind: 'text', default: 'S2' }],
      sql: `SELECT setl_id AS finding_key, psn_no, NULL AS mdtrt_id, setl_id, fixmedins_code, NULL AS dr_code,
        NULL AS feedetl_sn, 1 AS vola_item_type, 10 AS amount, 'x' AS vola_cont, 'x' AS vola_cont_en
        FROM setl WHERE starts_with(setl_id, $prefix)`,
    };
    const run = await rules().runRules(
      { name: 'mixed', pack: { kind: 'custom', rules: ['GZ10000204001000', 'NB-SETL'] }, customRules: [big] },
      newJobId(),
    );
    if (!run.ok) throw new Error(run.error.message.en);
    expect(run.value.rules.map((r) => r.status)).not.toContain('failed');
    const rows = await engine.rows<{ finding_id: string }>('SELECT finding_id FROM mixed ORDER BY 1');
    expect(rows.map((r) => r.finding_id)).toContain('NB-SETL:S2');
    expect(rows.map((r) => r.finding_id)).not.toContain('NB-SETL:S1');
    // The custom rule's rows passed through the exchange table, which is gone again.
    expect(await asUser('SELECT * FROM _cl_custom_out')).toHaveProperty('error');
  });

  it('scores findings against the hidden key', async () => {
    const workshop = createWorkshopService({
      engine: async () => engine,
      jobs,
      knowledge: async () => new KnowledgeBase(engine),
      replaceData: async () => fail({ kind: 'internal', code: 'unused', message: msg('', '') }),
    });
    await engine.exec(`CREATE OR REPLACE TABLE my_flags AS SELECT 'S2' AS setl_id`);
    const score = await workshop.scoreWorkshop('my_flags', 'setl');
    if (!score.ok) throw new Error(score.error.message.en);
    expect(score.value.overall.precision).toBe(1);
    expect(score.value.overall.recall).toBe(1);
  });
});
