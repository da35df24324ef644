import { describe, expect, it } from 'vitest';
import { drugKindsExcess } from '../../../../workers/rules/library/drug-kinds-excess';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, settlementRow } from '../../../fixtures';

const drug = (i: number): string => `XA0${i}AAA000A00000000000${i}`;
const PATENT = 'ZA01AAB0083010103227';
const line = (sn: string, setl: string, code: string, hour: number, amount = 10): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: `2024-05-01 ${String(hour).padStart(2, '0')}:00:00`,
    hilist_code: code,
    pric: amount,
    bilg_dr_code: undefined,
  });
const visit = (id: string, medType: string): Row =>
  settlementRow({ setl_id: id, med_type: medType, fixmedins_code: undefined });

/** `n` drugs in settlement `setl`, the k-th billed at hour k (the Chinese patent drug last). */
const drugs = (setl: string, n: number): Row[] =>
  Array.from({ length: n }, (_, k) =>
    line(`${setl}-${k + 1}`, setl, k === n - 1 ? PATENT : drug(k + 1), k + 1),
  );

const fixture = (fee: Row[]): Fixture => ({
  setl: [visit('S1', '11'), visit('S2', '门诊慢特病'), visit('S3', '21'), visit('S4', '41')],
  fee,
});

describe('药品种类超标 GZ10000202004000', () => {
  it('flags the drugs beyond the fifth of an outpatient settlement, by first billing time then code', async () => {
    const run = await runRule(
      drugKindsExcess,
      fixture([
        ...drugs('S1', 6),
        line('S1-0', 'S1', drug(7), 1, 25), // billed at the same hour as drug 1: code order puts it second
        line('S1-8', 'S1', 'T000700300', 0), // decoction piece: not counted
        line('S1-9', 'S1', '001102000010000', 0), // service item: not counted
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S1', 20]]);
    expect(run.lines.filter((l) => l.vola_item_type === 1).map((l) => l.feedetl_sn)).toEqual([
      'S1-5',
      'S1-6',
    ]);
    expect(run.lines.filter((l) => l.vola_item_type === 2)).toHaveLength(5);
    expect(run.findings[0]?.vola_cont).toBe('本次结算开具 7 种药品，超过 5 种上限');
    expect(run.summary.amountAtRisk).toBe(20);
  });

  it('boundary: five drugs (a sixth refunded) pass, six at a pharmacy do not; inpatient stays are not judged', async () => {
    const run = await runRule(
      drugKindsExcess,
      fixture([
        ...drugs('S2', 5),
        line('S2-r1', 'S2', drug(8), 9),
        line('S2-r2', 'S2', drug(8), 10, -10),
        ...drugs('S3', 7),
        ...drugs('S4', 6),
      ]),
    );
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S4', 10]]);
    expect(run.lines.filter((l) => l.vola_item_type === 1).map((l) => l.feedetl_sn)).toEqual(['S4-6']);
  });

  it('honours a changed limit', async () => {
    const run = await runRule(drugKindsExcess, fixture([...drugs('S1', 7), ...drugs('S4', 6)]), {
      max_kinds: 6,
    });
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S1', 10]]);
    expect(run.lines.filter((l) => l.vola_item_type === 1).map((l) => l.feedetl_sn)).toEqual(['S1-7']);
  });

  it('is skipped with the reason when the care setting is not mapped', async () => {
    const run = await runRule(drugKindsExcess, { ...fixture(drugs('S1', 7)), unmapped: ['setl.med_type'] });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.med_type');
  });
});
