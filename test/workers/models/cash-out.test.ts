/**
 * 药店套现 on hand-made pharmacy settlements with a known answer: one pharmacy with a night burst of five
 * round 300-yuan sums from personal accounts and a day burst of four round 500-yuan sums; a rush hour of
 * uneven baskets, three round sums in an hour, round sums spread over hours, and a hospital's round sums.
 */
import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../core/shared/errors';
import { CASH_OUT } from '../../../workers/models/library/cash-out';
import { settlementRow } from '../../fixtures';
import { plantedAndClean } from './generated-model-run';
import { runModelOn, topIds, type Fixture, type Row } from './model-harness';

const setl: Row[] = [];
function settle(psn: string, inst: string, time: string, amount: number, acct: number, medType = '41'): void {
  setl.push(
    settlementRow({
      setl_id: `S${setl.length + 1}`,
      psn_no: psn,
      fixmedins_code: inst,
      med_type: medType,
      setl_time: time,
      medfee_sumamt: amount,
      acct_pay: acct,
    }),
  );
}
for (let i = 0; i < 5; i += 1)
  settle(`N${i}`, 'PA', `2024-03-01 22:${String(10 + 10 * i).padStart(2, '0')}:00`, 300, 300);
for (let i = 0; i < 4; i += 1) settle(`D${i}`, 'PA', `2024-03-05 14:0${2 * i}:00`, 500, 0);
[123.45, 88.1, 240.6, 57.3, 199.99, 310.2].forEach((a, i) =>
  settle(`U${i}`, 'PB', `2024-03-02 09:0${i}:00`, a, a),
);
for (let i = 0; i < 3; i += 1) settle(`T${i}`, 'PB', `2024-03-03 10:1${i}:00`, 200, 200);
for (let i = 0; i < 4; i += 1) settle(`H${i}`, 'PC', `2024-03-04 ${10 + 2 * i}:00:00`, 300, 300);
for (let i = 0; i < 5; i += 1) settle(`O${i}`, 'H1', `2024-03-04 09:0${i}:00`, 300, 300, '11');
const fixture: Fixture = { setl };

describe('cash-out', () => {
  it('ranks only the burst pharmacy, with its shares and explanation', async () => {
    const run = await runModelOn(CASH_OUT, fixture);
    expect(run.outcome.status).toBe('ran');
    expect(topIds(run, 10)).toEqual(['PA']);
    const pa = run.rows[0] ?? {};
    expect(pa).toMatchObject({
      burst_settlements: 9,
      people: 9,
      burst_days: 2,
      amount: 3500,
      identical_share: 1,
    });
    expect(pa.acct_share as number).toBeCloseTo(1500 / 3500, 9);
    expect(pa.night_share as number).toBeCloseTo(5 / 9, 9);
    expect(pa.score as number).toBeCloseTo(9 * (1 + 1500 / 3500 + 5 / 9 + 1), 9);
    expect(pa.explain_zh).toBe(
      '9 人在 2 天内的短时集中刷卡中结算整额 9 笔，共 3500.00 元；个人账户支付 43%，夜间 56%，金额相同 100%',
    );
    expect(pa.explain_en).toBe(
      '9 round-sum settlements by 9 people in bursts on 2 days, 3500.00 yuan in all; 43% paid from personal accounts, 56% at night, 100% identical amounts',
    );
    expect(run.links).toHaveLength(9);
  });

  it('still runs without personal-account payments and says so', async () => {
    const run = await runModelOn(CASH_OUT, { ...fixture, unmapped: ['setl.acct_pay'] });
    expect(run.rows[0]).toMatchObject({ entity_id: 'PA', acct_share: null });
    expect(run.rows[0]?.score as number).toBeCloseTo(9 * (1 + 5 / 9 + 1), 9);
    expect(String(run.rows[0]?.explain_zh)).toContain('未提供个人账户支付');
  });

  it('finds three round sums in an hour only when three people make a burst; refuses a bad window; skips without times', async () => {
    expect(topIds(await runModelOn(CASH_OUT, fixture, { min_people: 3 }), 10)).toEqual(['PA', 'PB']);
    await expect(runModelOn(CASH_OUT, fixture, { window_minutes: 0 })).rejects.toBeInstanceOf(
      AppErrorException,
    );
    const run = await runModelOn(CASH_OUT, { ...fixture, unmapped: ['setl.setl_time'] });
    expect(run.outcome.status).toBe('skipped');
    if (run.outcome.status === 'skipped') expect(run.outcome.reason.en).toContain('setl.setl_time');
  });
});

describe('cash-out on generated data', () => {
  // Planted: the cash-out pharmacies, from the hidden answer key. Asserted: they rank in the top 3k. Without the plant (same
  // seed, nothing planted) no entity reaches the weakest planted score: nothing planted-looking tops the list.
  it('ranks the planted entities in the top 3k, and nothing as high without the plant', async () => {
    const r = await plantedAndClean(CASH_OUT, {
      seed: 11,
      lines: 20_000,
      scenario: 'cash-out',
      rate: 0.3,
      plantedSql: `SELECT DISTINCT fixmedins_code AS k FROM answers WHERE scenario = 'cash-out'`,
    });
    expect(r.k).toBeGreaterThan(0);
    expect(r.recallAt3k).toBe(1);
    expect(r.cleanTop).toBeLessThan(r.weakestPlanted);
  }, 300_000);
});
