import { describe, expect, it } from 'vitest';
import { herbalExcluded } from '../../../../workers/rules/library/herbal-excluded';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { type FeeFields, feeLine, restriction } from '../../../fixtures';

const EJIAO = 'T001700233';
const GANCAO = 'T000700300';
const line = (sn: string, setl: string, code: string, amount: number, more: FeeFields = {}): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: '2024-05-01 09:00:00',
    hilist_code: code,
    hilist_name: code === EJIAO ? '阿胶' : '甘草',
    cnt: 10,
    pric: amount / 10,
    det_item_fee_sumamt: amount,
    ...more,
  });

const fixture = (fee: Row[]): Fixture => ({
  fee,
  kb: {
    kb_restriction: [restriction(EJIAO, 'herbal_excluded', '', 'NHSA 第二批 行 1')],
  },
});

describe('中药饮片单复方均不予支付 GZ10000101003000', () => {
  it('flags every line of an excluded piece, alone or in a compound, at its whole amount', async () => {
    const run = await runRule(
      herbalExcluded,
      fixture([
        line('F1', 'S1', EJIAO, 120.5),
        line('F2', 'S1', GANCAO, 8),
        line('F3', 'S1', EJIAO, 30, { fee_ocur_time: '2024-05-03' }),
        line('F4', 'S2', EJIAO, 60),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([
      ['S1', 150.5],
      ['S2', 60],
    ]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 1, 120.5],
      ['F3', 1, 30],
      ['F4', 1, 60],
    ]);
    expect(run.findings[0]?.vola_cont).toContain('阿胶');
    expect(run.findings[0]?.vola_cont).toContain('150.50');
    expect(run.findings[0]?.vola_evid).toContain('GZ10000101003000');
    expect(run.summary.amountAtRisk).toBe(210.5);
  });

  it('ignores pieces without the restriction and codes that are not decoction pieces', async () => {
    const run = await runRule(
      herbalExcluded,
      fixture([line('F1', 'S1', GANCAO, 8), line('F2', 'S1', 'XA01AAA000A000000000000', 8)]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings).toEqual([]);
  });

  it('is skipped with the reason when the code is not mapped', async () => {
    const run = await runRule(herbalExcluded, {
      ...fixture([line('F1', 'S1', EJIAO, 10)]),
      unmapped: ['fee.hilist_code'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.hilist_code');
  });

  it('is skipped when the knowledge base has no such restrictions', async () => {
    const run = await runRule(herbalExcluded, {
      fee: [line('F1', 'S1', EJIAO, 10)],
      kb: { kb_restriction: [restriction(GANCAO, 'herbal_single', '', 'x')] },
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('herbal_excluded');
  });
});
