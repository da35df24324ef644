import { describe, expect, it } from 'vitest';
import { drugIndication } from '../../../../workers/rules/library/drug-indication';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, restriction, settlementRow } from '../../../fixtures';

const APREPITANT = 'XA04ADA285B002010102180';
const line = (sn: string, setl: string, amount = 88.8, code = APREPITANT): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: '2024-05-01',
    hilist_code: code,
    hilist_name: '阿瑞匹坦注射液',
    pric: amount,
    bilg_dr_code: undefined,
  });
const stay = (id: string, diagnosis: string | null): Row =>
  settlementRow({
    setl_id: id,
    dise_codg: diagnosis,
  });

const indication = (param: string): Row => restriction(APREPITANT, 'indication', param, 'NHSA 行 1');
const fixture = (setl: Row[], fee: Row[], kb: Row[] = [indication('C, Z51.1')]): Fixture => ({
  setl,
  fee,
  kb: { kb_restriction: kb },
});

describe('药品限适应症 GZ10000101008000', () => {
  it('flags a drug whose settlement main diagnosis matches no indication prefix (dots and case ignored)', async () => {
    const run = await runRule(
      drugIndication,
      fixture(
        [
          stay('S1', 'J18.900'),
          stay('S2', 'C34.100'),
          stay('S3', 'Z51.100'),
          stay('S4', 'z51.102'),
          stay('S5', null),
          stay('S6', 'Z51.200'),
        ],
        [
          line('F1', 'S1'),
          line('F2', 'S1', 11.2),
          line('F3', 'S2'),
          line('F4', 'S3'),
          line('F5', 'S4'),
          line('F6', 'S5'),
          line('F7', 'S6'),
          line('F8', 'S1', 50, 'XA01AAA000A000000000000'),
        ],
      ),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([
      ['S1', 100],
      ['S6', 88.8],
    ]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 1, 88.8],
      ['F2', 1, 11.2],
      ['F7', 1, 88.8],
    ]);
    expect(run.findings[0]?.vola_cont).toContain('J18.900');
    expect(run.findings[0]?.vola_cont_en).toContain('C,Z51.1');
    expect(run.summary.amountAtRisk).toBe(188.8);
  });

  it('pools several restriction rows, ignores empty ones, and reads only the main diagnosis', async () => {
    const setl = [stay('S1', 'J18.900'), stay('S2', 'K35.800')];
    const fee = [line('F1', 'S1'), line('F2', 'S2')];
    const run = await runRule(drugIndication, {
      ...fixture(setl, fee, [indication('C'), indication('J18'), indication('')]),
      dise: [{ mdtrt_id: 'M2', dise_codg: 'C34.100', maindiag_flag: '0' }],
    });
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
  });

  it('is skipped with the reason when the main diagnosis is not mapped', async () => {
    const run = await runRule(drugIndication, {
      ...fixture([stay('S1', 'J18.900')], [line('F1', 'S1')]),
      unmapped: ['setl.dise_codg'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.dise_codg');
  });
});
