import { describe, expect, it } from 'vitest';
import { drugChildOnly } from '../../../../workers/rules/library/drug-child-only';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { type FeeFields, feeLine, personRow, restriction } from '../../../fixtures';

const DRUG = 'XN05CDM084X001010102000';
const line = (sn: string, psn: string, time: string, more: FeeFields = {}): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: `S${psn}`,
    psn_no: psn,
    mdtrt_id: `M${psn}`,
    fee_ocur_time: time,
    hilist_code: DRUG,
    hilist_name: '咪达唑仑口服溶液',
    pric: 30,
    ...more,
  });

const fixture = (fee: Row[], kbParam = '18'): Fixture => ({
  fee,
  psn: [
    personRow('A', { brdy: '2006-06-15' }), // 18 on 2024-06-15
    personRow('B', { brdy: '2010-01-01' }),
  ],
  kb: { kb_restriction: [restriction(DRUG, 'child', kbParam, 'NHSA 第一批 行 1')] },
});

describe('药品限儿童使用 GZ10000101007000', () => {
  it('flags use at or over the age limit, by exact age (boundary: the day before and of the birthday)', async () => {
    const run = await runRule(
      drugChildOnly,
      fixture([
        line('F1', 'A', '2024-06-14 10:00:00'),
        line('F2', 'A', '2024-06-15 10:00:00'),
        line('F3', 'B', '2024-06-15'),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
    expect(run.findings[0]?.vola_cont).toContain('18岁');
    expect(run.findings[0]?.vola_evid).toContain('GZ10000101007000');
    expect(run.summary.amountAtRisk).toBe(30);
  });

  it('ignores codes without the restriction', async () => {
    const run = await runRule(
      drugChildOnly,
      fixture([line('F1', 'A', '2024-07-01', { hilist_code: 'XA01AAA000A000000000000' })]),
    );
    expect(run.findings).toEqual([]);
  });

  it('uses the default age when the knowledge row has none', async () => {
    const run = await runRule(drugChildOnly, fixture([line('F1', 'B', '2024-07-01')], ''), {
      default_age: 12,
    });
    expect(run.findings).toHaveLength(1);
  });

  it('is skipped when the birth date is not mapped', async () => {
    const run = await runRule(drugChildOnly, {
      ...fixture([line('F1', 'A', '2024-07-01')]),
      unmapped: ['psn.brdy'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('psn.brdy');
  });
});
