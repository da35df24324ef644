import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../../core/shared/errors';
import { summarize } from '../../../../workers/models/library/summarize';
import { runModelOn, type Fixture } from '../model-harness';

/** A money column (DECIMAL(18,2)) as read back by the engine's plain rows: unscaled, in cents. */
const yuan = (v: unknown): number => Number(v) / 100;

/** Three institutions, one settlement without an amount, one without an institution. */
const SETTLEMENTS: Fixture = {
  setl: [
    {
      setl_id: 'S1',
      psn_no: 'P1',
      fixmedins_code: 'H2',
      medfee_sumamt: 100.1,
      begndate: '2025-01-03 08:00:00',
    },
    { setl_id: 'S2', psn_no: 'P1', fixmedins_code: 'H2', medfee_sumamt: 50, begndate: '2025-01-20 08:00:00' },
    {
      setl_id: 'S3',
      psn_no: 'P2',
      fixmedins_code: 'H2',
      medfee_sumamt: 0.3,
      begndate: '2025-02-01 08:00:00',
    },
    {
      setl_id: 'S4',
      psn_no: 'P3',
      fixmedins_code: 'H1',
      medfee_sumamt: 1000,
      begndate: '2025-02-11 08:00:00',
    },
    { setl_id: 'S5', psn_no: 'P3', fixmedins_code: 'H1', begndate: '2025-02-12 08:00:00' },
    { setl_id: 'S6', psn_no: 'P4', medfee_sumamt: 7.25, begndate: '2025-03-01 08:00:00' },
  ],
};

describe('summarize', () => {
  it('counts, sums and ranks settlements by institution, keeping the empty key and rows without amount', async () => {
    const run = await runModelOn(summarize, SETTLEMENTS, {}, 'by_inst');
    expect(run.outcome).toMatchObject({ status: 'ran', parameters: { by: 'institution', of: 'setl' } });
    const rows = run.rows.map((r) => ({
      id: r.entity_id,
      rank: r.rank,
      type: r.entity_type,
      records: r.records,
      amount: yuan(r.amount),
      mean: yuan(r.mean_amount),
      min: yuan(r.min_amount),
      max: yuan(r.max_amount),
      people: r.people,
      noAmount: r.no_amount,
    }));
    expect(rows).toEqual([
      {
        id: 'H1',
        rank: 1,
        type: 'institution',
        records: 2,
        amount: 1000,
        mean: 1000,
        min: 1000,
        max: 1000,
        people: 1,
        noAmount: 1,
      },
      {
        id: 'H2',
        rank: 2,
        type: 'institution',
        records: 3,
        amount: 150.4,
        mean: 50.13,
        min: 0.3,
        max: 100.1,
        people: 2,
        noAmount: 0,
      },
      {
        id: '',
        rank: 3,
        type: 'institution',
        records: 1,
        amount: 7.25,
        mean: 7.25,
        min: 7.25,
        max: 7.25,
        people: 1,
        noAmount: 0,
      },
    ]);
    expect(run.rows[0]?.score).toBe(1000);
    expect(Number(run.rows[1]?.amount_share)).toBeCloseTo(150.4 / 1157.65, 12);
    expect(run.rows[0]?.explain_zh).toBe(
      '机构 H1：2 笔结算，合计 ¥1,000.00（占 86.4%），涉及 1 人，其中 1 行无金额',
    );
    expect(run.rows[0]?.explain_en).toBe(
      'institution H1: 2 settlements, total ¥1,000.00 (86.4%), 1 people, 1 without an amount',
    );
    expect(run.rows[2]?.explain_en).toContain('institution (empty): 1 settlements');
    expect(run.links.map((l) => [l.entity_id, l.setl_id]).sort()).toEqual([
      ['', 'S6'],
      ['H1', 'S4'],
      ['H1', 'S5'],
      ['H2', 'S1'],
      ['H2', 'S2'],
      ['H2', 'S3'],
    ]);
  });

  it('summarises by month of the settlement date', async () => {
    const run = await runModelOn(summarize, SETTLEMENTS, { by: 'month' });
    expect(run.rows.map((r) => [r.entity_id, r.records, yuan(r.amount)])).toEqual([
      ['2025-02', 3, 1000.3],
      ['2025-01', 2, 150.1],
      ['2025-03', 1, 7.25],
    ]);
  });

  it('summarises fee lines by item, and lines by their settlement’s visit type through setl_id', async () => {
    const fixture: Fixture = {
      setl: [
        { setl_id: 'A', psn_no: 'P1', med_type: '21', medfee_sumamt: 30 },
        { setl_id: 'B', psn_no: 'P2', med_type: '11', medfee_sumamt: 5 },
      ],
      fee: [
        { feedetl_sn: 'L1', setl_id: 'A', psn_no: 'P1', hilist_code: 'X1', det_item_fee_sumamt: 10 },
        { feedetl_sn: 'L2', setl_id: 'A', psn_no: 'P1', hilist_code: 'X1', det_item_fee_sumamt: 20 },
        { feedetl_sn: 'L3', setl_id: 'B', psn_no: 'P2', hilist_code: 'X2', det_item_fee_sumamt: 5 },
        // A line whose settlement is not in the extract: its visit type is unknown, not guessed.
        { feedetl_sn: 'L4', setl_id: 'Z', psn_no: 'P3', hilist_code: 'X2', det_item_fee_sumamt: 1 },
      ],
    };
    const items = await runModelOn(summarize, fixture, { by: 'item', of: 'fee' });
    expect(items.rows.map((r) => [r.entity_id, r.records, yuan(r.amount), r.people])).toEqual([
      ['X1', 2, 30, 1],
      ['X2', 2, 6, 2],
    ]);
    expect(items.rows[0]?.explain_zh).toContain('医保目录项目 X1：2 条费用明细');
    const types = await runModelOn(summarize, fixture, { by: 'med_type', of: 'fee' });
    expect(types.rows.map((r) => [r.entity_id, r.records, yuan(r.amount)])).toEqual([
      ['21', 2, 30],
      ['11', 1, 5],
      ['', 1, 1],
    ]);
  });

  it('refuses to summarise settlements by a line-level key, saying what to use', async () => {
    const refused = runModelOn(summarize, SETTLEMENTS, { by: 'item' });
    await expect(refused).rejects.toBeInstanceOf(AppErrorException);
    await expect(refused).rejects.toMatchObject({
      error: { code: 'model.bad-parameter', message: { en: expect.stringContaining('Use of: fee') } },
    });
  });

  it('is skipped with the reason when the chosen key is not mapped', async () => {
    const run = await runModelOn(summarize, SETTLEMENTS, { by: 'department' });
    expect(run.outcome.status).toBe('skipped');
    if (run.outcome.status === 'skipped') expect(run.outcome.reason.en).toContain('setl.adm_dept_codg');
  });

  it('shows a doctor key no row fills as one empty group holding every settlement, not a guess', async () => {
    const run = await runModelOn(summarize, SETTLEMENTS, { by: 'doctor' });
    expect(run.rows.map((r) => [r.entity_id, r.records])).toEqual([['', 6]]);
    expect(run.rows[0]?.explain_zh).toContain('医生 （空）：6 笔结算');
  });
});

/** Deterministic pseudo-random fee lines, shaped unlike the generator's (odd codes, many nulls). */
function scatteredLines(n: number, seed: number): Fixture {
  let s = seed;
  const next = (k: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % k;
  };
  const setl = Array.from({ length: 40 }, (_, i) => ({
    setl_id: `v-${i}`,
    psn_no: `p${i % 13}`,
    fixmedins_code: i % 7 === 0 ? null : `inst/${i % 5}`,
    med_type: ['普通门诊', '住院', '药店购药'][i % 3] as string,
    dise_codg: i % 4 === 0 ? null : `K${i % 6}`,
    insutype: i % 2 ? '310' : '390',
    begndate: `2024-${String(1 + (i % 12)).padStart(2, '0')}-15 10:00:00`,
    medfee_sumamt: i % 9 === 0 ? null : (next(100000) + 1) / 100,
  }));
  const fee = Array.from({ length: n }, (_, i) => {
    const visit = next(45); // some lines name a settlement that is not there
    return {
      feedetl_sn: `line${i}`,
      setl_id: `v-${visit}`,
      psn_no: `p${visit % 13}`,
      fixmedins_code: visit % 7 === 0 ? null : `inst/${visit % 5}`,
      hilist_code: next(5) === 0 ? null : `C${next(8)}`,
      med_chrgitm_type: String(1 + next(14)).padStart(2, '0'),
      bilg_dept_code: `d${next(3)}`,
      bilg_dr_code: next(6) === 0 ? null : `dr${next(4)}`,
      fee_ocur_time: `2024-${String(1 + next(12)).padStart(2, '0')}-0${1 + next(8)} 09:00:00`,
      det_item_fee_sumamt: next(11) === 0 ? null : (next(50000) - 100) / 100,
    };
  });
  return { setl, fee };
}

describe('summarize reconciles', () => {
  const fixture = scatteredLines(300, 7);
  const cents = (v: unknown) => Math.round(Number(v) * 100);
  const outputCents = (v: unknown) => Number(v);
  const total = (rows: readonly Record<string, unknown>[], field: string, read = cents) =>
    rows.reduce((sum, r) => sum + (r[field] === null || r[field] === undefined ? 0 : read(r[field])), 0);

  it.each([
    'institution',
    'person',
    'doctor',
    'department',
    'item',
    'charge_type',
    'med_type',
    'insutype',
    'diagnosis',
    'month',
  ])('fee lines by %s: the counts add up to the lines and the sums to the total', async (by) => {
    const run = await runModelOn(summarize, fixture, { by, of: 'fee' });
    expect(run.outcome.status).toBe('ran');
    const lines = fixture.fee ?? [];
    expect(run.rows.reduce((n, r) => n + Number(r.records), 0)).toBe(lines.length);
    expect(total(run.rows, 'amount', outputCents)).toBe(total(lines, 'det_item_fee_sumamt'));
    expect(run.rows.reduce((n, r) => n + Number(r.no_amount), 0)).toBe(
      lines.filter((l) => l.det_item_fee_sumamt === null).length,
    );
    expect(new Set(run.rows.map((r) => r.entity_id)).size).toBe(run.rows.length);
    expect(run.rows.map((r) => r.rank)).toEqual(run.rows.map((_, i) => i + 1));
  });

  it.each(['institution', 'person', 'med_type', 'insutype', 'diagnosis', 'month'])(
    'settlements by %s: the counts add up to the settlements and the sums to the total',
    async (by) => {
      const run = await runModelOn(summarize, fixture, { by, of: 'setl' });
      const settlements = fixture.setl ?? [];
      expect(run.rows.reduce((n, r) => n + Number(r.records), 0)).toBe(settlements.length);
      expect(total(run.rows, 'amount', outputCents)).toBe(total(settlements, 'medfee_sumamt'));
      const shares = run.rows.reduce((n, r) => n + Number(r.amount_share ?? 0), 0);
      expect(shares).toBeCloseTo(1, 9);
    },
  );
});
