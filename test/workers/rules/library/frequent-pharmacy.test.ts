import { describe, expect, it } from 'vitest';
import { frequentPharmacy } from '../../../../workers/rules/library/frequent-pharmacy';
import { runRule } from '../rule-harness';
import { days, lastHits, runOk, settlement } from './behaviour-fixtures';
import type { SetlFields } from '../../../fixtures';

const purchases = (dates: string[], more: SetlFields = {}) =>
  dates.map((d, i) => settlement(`S${i + 1}`, d, { med_type: '41', fixmedins_code: 'Y1', ...more }));

describe('频繁购药 GZ10000204003000', () => {
  it('flags the 7th and later purchases within 30 days (boundary: 6 purchases are not flagged)', async () => {
    const six = days('2024-05-01', 6, 4); // 05-01 .. 05-21
    const run = await runOk(frequentPharmacy, { setl: purchases([...six, '2024-05-30']) });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => f.setl_id)).toEqual(['S7']);
    expect(run.findings[0]?.vola_cont).toBe(
      '参保人 P1 自 2024-05-01 至 2024-05-30 购药 7 次，其中 1 次为 30 天内第 7 次及以后（上限 6 次）',
    );
    expect(run.findings[0]?.vola_cont_en).toContain('7 pharmacy purchases from 2024-05-01 to 2024-05-30');
    expect(run.findings[0]?.vola_amt).toBe(100);
    expect(run.summary.amountAtRisk).toBe(100);
    expect((await runOk(frequentPharmacy, { setl: purchases(six) })).findings).toEqual([]);
    expect((await runOk(frequentPharmacy, { setl: purchases([...six, '2024-05-31']) })).findings).toEqual([]);
  });

  it('counts purchases at different pharmacies on one day separately, outpatient visits not at all', async () => {
    const six = days('2024-05-01', 6);
    const run = await runOk(frequentPharmacy, {
      setl: [...purchases(six), settlement('Y2', '2024-05-06', { med_type: '41', fixmedins_code: 'Y2' })],
    });
    expect(run.findings.map((f) => f.setl_id)).toEqual(['Y2']);
    const hits = await lastHits();
    expect(hits.map((h) => [h.setl_id, h.vola_item_type, h.amount])).toEqual([
      ['S1', 2, 0],
      ['S2', 2, 0],
      ['S3', 2, 0],
      ['S4', 2, 0],
      ['S5', 2, 0],
      ['S6', 2, 0],
      ['Y2', 1, 100],
    ]);
    const outpatient = await runOk(frequentPharmacy, {
      setl: [...purchases(six), settlement('O1', '2024-05-07', { med_type: '11' })],
    });
    expect(outpatient.findings).toEqual([]);
  });

  it('honours a changed limit', async () => {
    const rows = purchases(days('2024-05-01', 4, 7));
    expect((await runOk(frequentPharmacy, { setl: rows })).findings).toEqual([]);
    const run = await runOk(frequentPharmacy, { setl: rows }, { max_visits: 3 });
    expect(run.findings.map((f) => f.setl_id)).toEqual(['S4']);
  });

  it('is skipped with the reason when a field is not mapped', async () => {
    const run = await runRule(frequentPharmacy, {
      setl: purchases(days('2024-05-01', 8)),
      unmapped: ['setl.begndate'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.begndate');
  });
});
