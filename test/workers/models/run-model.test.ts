import { describe, expect, it } from 'vitest';
import { defineModel } from '../../../core/models/model-types';
import { AppErrorException } from '../../../core/shared/errors';
import { msg } from '../../../core/shared/msg';
import { runModelOn } from './model-harness';

/** A small model over settlements: institutions scored by their total amount above `floor`. */
const spendModel = defineModel({
  id: 'test-spend',
  family: 'analytics',
  name: msg('测试：机构金额', 'Test: spend per institution'),
  description: msg('按机构汇总医疗费总额', 'Total medical fees per institution'),
  entity: 'institution',
  needs: { fields: { setl: ['setl_id', 'fixmedins_code', 'medfee_sumamt'] } },
  parameters: [
    {
      name: 'floor',
      label: msg('金额下限', 'Amount floor'),
      kind: 'number',
      default: 0,
      min: 0,
      max: 1e9,
      reason: msg('测试用', 'For the test'),
    },
    {
      name: 'mode',
      label: msg('方式', 'Mode'),
      kind: 'choice',
      default: 'sum',
      choices: ['sum', 'max'],
      reason: msg('测试用', 'For the test'),
    },
  ],
  indicators: [
    {
      name: 'settlements',
      label: msg('结算数', 'Settlements'),
      format: 'count',
      description: msg('结算数', 'Settlements'),
    },
    { name: 'amount', label: msg('金额', 'Amount'), format: 'money', description: msg('金额', 'Amount') },
  ],
  basis: msg('测试', 'Test'),
  chart: { kind: 'score-bars' },
  build: (p) => {
    const agg = p.mode === 'max' ? 'max' : 'sum';
    return {
      sql: `SELECT 'institution' AS entity_type, fixmedins_code AS entity_id,
              ${agg}(medfee_sumamt)::DOUBLE - ${Number(p.floor)} AS score,
              count(*) AS settlements, ${agg}(medfee_sumamt) AS amount,
              '金额 ' || ${agg}(medfee_sumamt) AS explain_zh, 'amount ' || ${agg}(medfee_sumamt) AS explain_en
            FROM setl GROUP BY fixmedins_code`,
      links: `SELECT fixmedins_code AS entity_id, setl_id FROM setl`,
      extras: [{ suffix: 'totals', sql: `SELECT count(*) AS n FROM setl` }],
    };
  },
});

const fixture = {
  setl: [
    { setl_id: 'S1', fixmedins_code: 'H2', medfee_sumamt: 100 },
    { setl_id: 'S2', fixmedins_code: 'H1', medfee_sumamt: 300 },
    { setl_id: 'S3', fixmedins_code: 'H3', medfee_sumamt: 300 },
    { setl_id: 'S4', fixmedins_code: 'H2', medfee_sumamt: 50 },
  ],
};

describe('runModel', () => {
  it('ranks entities by score, ties by id, and writes links and extras', async () => {
    const run = await runModelOn(spendModel, fixture);
    expect(run.outcome.status).toBe('ran');
    expect(run.rows.map((r) => [r.entity_id, r.rank])).toEqual([
      ['H1', 1],
      ['H3', 2],
      ['H2', 3],
    ]);
    expect(Object.keys(run.rows[0] ?? {})).toEqual([
      'entity_type',
      'entity_id',
      'score',
      'rank',
      'settlements',
      'amount',
      'explain_zh',
      'explain_en',
    ]);
    expect(run.links).toHaveLength(4);
    expect(run.extras.totals).toEqual([{ n: 4 }]);
  });

  it('drops entities scoring 0 or less and records the parameters it ran with', async () => {
    const run = await runModelOn(spendModel, fixture, { floor: 200 });
    expect(run.rows.map((r) => r.entity_id)).toEqual(['H1', 'H3']);
    expect(run.outcome.parameters).toEqual({ floor: 200, mode: 'sum' });
  });

  it('refuses a value out of bounds, not among the choices, or a parameter the model lacks', async () => {
    for (const bad of [
      { floor: -1 },
      { floor: 'abc' },
      { mode: 'avg' },
      { mode: "sum'); DROP TABLE setl; --" },
      { nope: 1 },
    ]) {
      await expect(runModelOn(spendModel, fixture, bad)).rejects.toBeInstanceOf(AppErrorException);
    }
  });

  it('is skipped with the reason when a needed field is not mapped, and leaves no old output behind', async () => {
    await runModelOn(spendModel, fixture, {}, 'spend');
    const run = await runModelOn(spendModel, { ...fixture, unmapped: ['setl.medfee_sumamt'] }, {}, 'spend');
    expect(run.outcome.status).toBe('skipped');
    if (run.outcome.status === 'skipped') expect(run.outcome.reason.en).toContain('setl.medfee_sumamt');
    const { testEngine } = await import('../../fixtures');
    const engine = await testEngine();
    const left = await engine.rows(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'spend%'`);
    expect(left).toEqual([]);
  });
});
