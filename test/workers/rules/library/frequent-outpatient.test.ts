import { describe, expect, it } from 'vitest';
import { frequentOutpatient } from '../../../../workers/rules/library/frequent-outpatient';
import { runRule } from '../rule-harness';
import { days, lastHits, runOk, settlement } from './behaviour-fixtures';

const visits = (dates: string[], more = {}) =>
  dates.map((d, i) =>
    settlement(`S${String(i + 1).padStart(2, '0')}`, d, { medfee_sumamt: 100 + i, ...more }),
  );

describe('频繁门诊 GZ10000204002000', () => {
  it('flags the visits beyond 8 within 30 days as one finding, earlier ones related', async () => {
    const run = await runOk(frequentOutpatient, { setl: visits(days('2024-03-01', 10, 3)) }); // day 1..28
    expect(run.outcome.status).toBe('ok');
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]?.finding_id).toBe('GZ10000204002000:P1|2024-03-01');
    expect(run.findings[0]?.vola_cont).toBe(
      '参保人 P1 自 2024-03-01 至 2024-03-28 门诊就诊 10 次，其中 2 次为 30 天内第 9 次及以后（上限 8 次）',
    );
    const hits = await lastHits();
    expect(hits.filter((h) => h.vola_item_type === 1).map((h) => [h.setl_id, h.amount])).toEqual([
      ['S09', 108],
      ['S10', 109],
    ]);
    expect(hits.filter((h) => h.vola_item_type === 2).map((h) => h.amount)).toEqual(Array(8).fill(0));
    expect(run.summary.amountAtRisk).toBe(217);
  });

  it('boundary: the 9th visit on day 30 is flagged, on day 31 it is not; 8 visits never are', async () => {
    const eight = days('2024-03-01', 8, 2); // 03-01 .. 03-15
    const day30 = await runOk(frequentOutpatient, { setl: visits([...eight, '2024-03-30']) });
    expect(day30.findings).toHaveLength(1);
    expect((await lastHits()).filter((h) => h.vola_item_type === 1).map((h) => h.setl_id)).toEqual(['S09']);
    expect((await runOk(frequentOutpatient, { setl: visits([...eight, '2024-03-31']) })).findings).toEqual(
      [],
    );
    expect((await runOk(frequentOutpatient, { setl: visits(eight) })).findings).toEqual([]);
  });

  it('counts one visit per institution and day, and ignores inpatient, pharmacy and other people', async () => {
    const sameDay = days('2024-03-01', 8).map((d, i) => settlement(`A${i}`, d));
    const run = await runOk(frequentOutpatient, {
      setl: [
        ...sameDay,
        settlement('B1', '2024-03-08'), // a second settlement of the 8th day's visit at H1
        settlement('C1', '2024-03-09', { med_type: '21' }),
        settlement('C2', '2024-03-09', { med_type: '41' }),
        settlement('C3', '2024-03-09', { psn_no: 'P2' }),
      ],
    });
    expect(run.findings).toEqual([]);
    const other = await runOk(frequentOutpatient, {
      setl: [...sameDay, settlement('B1', '2024-03-08', { fixmedins_code: 'H2' })],
    });
    expect(other.findings.map((f) => f.setl_id)).toEqual(['B1']);
  });

  it('groups overlapping windows into one episode and starts a new one after a gap', async () => {
    const run = await runOk(frequentOutpatient, {
      setl: visits([...days('2024-01-01', 12), ...days('2024-06-01', 9)]),
    });
    expect(run.findings.map((f) => f.finding_id)).toEqual([
      'GZ10000204002000:P1|2024-01-01',
      'GZ10000204002000:P1|2024-06-01',
    ]);
    const violating = (await lastHits()).filter((h) => h.vola_item_type === 1).map((h) => h.setl_id);
    expect(violating).toEqual(['S09', 'S10', 'S11', 'S12', 'S21']);
    expect(run.summary.amountAtRisk).toBe(108 + 109 + 110 + 111 + 120);
  });

  it('honours changed parameters (window boundary: 16 days flags, 15 does not)', async () => {
    const rows = visits(days('2024-03-01', 5, 5)); // 03-01 .. 03-21
    expect((await runOk(frequentOutpatient, { setl: rows })).findings).toEqual([]);
    const run = await runOk(frequentOutpatient, { setl: rows }, { max_visits: 3 });
    expect(run.findings[0]?.vola_cont).toContain('其中 2 次为 30 天内第 4 次及以后（上限 3 次）');
    const sixteen = await runOk(frequentOutpatient, { setl: rows }, { max_visits: 3, window_days: 16 });
    expect(sixteen.findings).toHaveLength(1);
    expect((await lastHits()).filter((h) => h.vola_item_type === 1).map((h) => h.setl_id)).toEqual([
      'S04',
      'S05',
    ]);
    expect(sixteen.summary.amountAtRisk).toBe(103 + 104);
    const fifteen = await runOk(frequentOutpatient, { setl: rows }, { max_visits: 3, window_days: 15 });
    expect(fifteen.findings).toEqual([]);
  });

  it('is skipped with the reason when a field is not mapped', async () => {
    const run = await runRule(frequentOutpatient, {
      setl: visits(days('2024-03-01', 10)),
      unmapped: ['setl.med_type'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('setl.med_type');
  });
});
