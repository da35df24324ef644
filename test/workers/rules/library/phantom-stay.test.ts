import { describe, expect, it } from 'vitest';
import { phantomStay } from '../../../../workers/rules/library/phantom-stay';
import { runRule, type Row } from '../rule-harness';
import { days, runOk, stay } from './behaviour-fixtures';
import { feeLine } from '../../../fixtures';

let sn = 0;
const line = (day: string, type: string, setl = 'S1'): Row =>
  feeLine({
    feedetl_sn: `F${++sn}`,
    setl_id: setl,
    fee_ocur_time: `${day} 09:00:00`,
    med_chrgitm_type: type,
    det_item_fee_sumamt: 50,
    psn_no: undefined,
    fixmedins_code: undefined,
    cnt: undefined,
    bilg_dr_code: undefined,
  });

/** A 10-day stay (03-01 to 03-11) with bed charges every day and treatment on the given days. */
const tenDays = (treatmentDays: string[], treatmentType = '09') => ({
  setl: [stay('S1', '2024-03-01', '2024-03-11', { medfee_sumamt: 3200 })],
  fee: [
    ...days('2024-03-01', 10).map((d) => line(d, '01')),
    ...treatmentDays.map((d) => line(d, treatmentType)),
  ],
});

describe('挂床住院 CL-BHV-003', () => {
  it('flags a stay with treatment on fewer than 30% of its days (boundary: 2 of 10 flagged, 3 not)', async () => {
    const run = await runOk(phantomStay, tenDays(['2024-03-04', '2024-03-04', '2024-03-08']));
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt, f.lines])).toEqual([['S1', 3200, 0]]);
    expect(run.findings[0]?.vola_cont).toBe(
      '住院 10 天（2024-03-01 至 2024-03-11），仅 2 天有治疗、手术或药品类费用（20%，低于 30%），但有床位、护理或检查费用；入院当日及次日无治疗类费用（48 小时内无实质治疗）',
    );
    expect(run.findings[0]?.vola_cont_en).toContain('(20%, below 30%)');
    expect(run.summary.amountAtRisk).toBe(3200);
    const three = await runOk(phantomStay, tenDays(['2024-03-01', '2024-03-04', '2024-03-08']));
    expect(three.findings).toEqual([]);
  });

  it('omits the 48-hour signal when treatment starts the day after admission', async () => {
    const run = await runOk(phantomStay, tenDays(['2024-03-02'], '5'));
    expect(run.findings[0]?.vola_cont).toContain('仅 1 天有治疗');
    expect(run.findings[0]?.vola_cont).not.toContain('48');
  });

  it('boundary: stays shorter than 3 days and stays without bed, nursing or exam lines are not flagged', async () => {
    const short = await runOk(phantomStay, {
      setl: [stay('S2', '2024-03-01', '2024-03-03'), stay('S3', '2024-03-01', '2024-03-04')],
      fee: [line('2024-03-01', '01', 'S2'), line('2024-03-01', '07', 'S3')],
    });
    expect(short.findings.map((f) => f.setl_id)).toEqual(['S3']);
    const drugsOnly = await runOk(phantomStay, {
      setl: [stay('S1', '2024-03-01', '2024-03-11')],
      fee: [line('2024-03-05', '09'), line('2024-03-05', '14')],
    });
    expect(drugsOnly.findings).toEqual([]);
    const outpatient = await runOk(phantomStay, {
      setl: [stay('S1', '2024-03-01', '2024-03-11', { med_type: '11' })],
      fee: [line('2024-03-01', '01')],
    });
    expect(outpatient.findings).toEqual([]);
  });

  it('honours changed parameters', async () => {
    const fixture = tenDays(['2024-03-04', '2024-03-08']);
    expect((await runOk(phantomStay, fixture, { min_treatment_share: 20 })).findings).toEqual([]);
    expect((await runOk(phantomStay, fixture, { min_treatment_share: 20.5 })).findings).toHaveLength(1);
    expect((await runOk(phantomStay, fixture, { min_days: 11 })).findings).toEqual([]);
    // Bed lines counted as treatment: every day is a treatment day.
    expect((await runOk(phantomStay, fixture, { treatment_types: '01,09' })).findings).toEqual([]);
  });

  it('is skipped with the reason when a field is not mapped', async () => {
    const run = await runRule(phantomStay, { ...tenDays([]), unmapped: ['fee.med_chrgitm_type'] });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('fee.med_chrgitm_type');
  });
});
