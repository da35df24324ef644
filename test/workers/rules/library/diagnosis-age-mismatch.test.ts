import { describe, expect, it } from 'vitest';
import { diagnosisAgeMismatch } from '../../../../workers/rules/library/diagnosis-age-mismatch';
import { runRule, type Row } from '../rule-harness';
import { runOk, settlement } from './behaviour-fixtures';
import { personRow } from '../../../fixtures';

/** Born on 1 March of `year`: on 2024-03-01 the person turns 2024 - year. */
const person = (no: string, year: number): Row => personRow(no, { brdy: `${year}-03-01` });
const visit = (id: string, psn: string, code: string, day: string) =>
  settlement(id, day, { psn_no: psn, dise_codg: code, medfee_sumamt: 300 });

describe('诊断与患者年龄不符 GZ10000204007000', () => {
  it('flags perinatal, obstetric and senility codes at ages they cannot have', async () => {
    const run = await runOk(diagnosisAgeMismatch, {
      setl: [
        visit('S1', 'A8', 'O80.000', '2024-05-01'),
        visit('S2', 'A45', 'R54.x00', '2024-05-01'),
        visit('S3', 'A8', 'P07.300', '2024-05-01'),
        visit('S4', 'A45', 'O80.000', '2024-05-01'),
        visit('S5', 'A45', 'J18.900', '2024-05-01'),
      ],
      psn: [person('A8', 2016), person('A45', 1979)],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([
      ['S1', 300],
      ['S2', 300],
      ['S3', 300],
    ]);
    expect(run.findings.map((f) => f.vola_cont)).toEqual([
      '主诊断 O80.000 为产科编码（限 12–60 岁），患者就诊时 8 岁',
      '主诊断 R54.x00 为老年性编码（限 60 岁及以上），患者就诊时 45 岁',
      '主诊断 P07.300 为围生期编码（应小于 1 岁），患者就诊时 8 岁',
    ]);
    expect(run.findings[2]?.vola_cont_en).toBe(
      'Main diagnosis P07.300 is a perinatal code (under 1); the person was 8 at the visit',
    );
    expect(run.summary.amountAtRisk).toBe(900);
  });

  it('boundary: exact age on the day before and on the birthday', async () => {
    const psn = [person('B0', 2023), person('B12', 2012), person('B60', 1964), person('B61', 1963)];
    const run = await runOk(diagnosisAgeMismatch, {
      setl: [
        visit('P-0', 'B0', 'P59.900', '2024-02-29'), // 0 years: allowed
        visit('P-1', 'B0', 'P59.900', '2024-03-01'), // 1 year: flagged
        visit('O-11', 'B12', 'O00.100', '2024-02-29'), // 11: flagged
        visit('O-12', 'B12', 'O00.100', '2024-03-01'), // 12: allowed
        visit('O-60', 'B61', 'O00.100', '2024-02-29'), // 60: allowed
        visit('O-61', 'B61', 'O00.100', '2024-03-01'), // 61: flagged
        visit('R-59', 'B60', 'R54.x00', '2024-02-29'), // 59: flagged
        visit('R-60', 'B60', 'R54.x00', '2024-03-01'), // 60: allowed
      ],
      psn,
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => f.setl_id)).toEqual(['O-11', 'O-61', 'P-1', 'R-59']);
  });

  it('honours changed ages and prefixes', async () => {
    const fixture = {
      setl: [visit('S1', 'A45', 'O80.000', '2024-05-01'), visit('S2', 'A45', 'F03.x00', '2024-05-01')],
      psn: [person('A45', 1979)],
    };
    expect((await runOk(diagnosisAgeMismatch, fixture)).findings).toEqual([]);
    const run = await runOk(diagnosisAgeMismatch, fixture, {
      obstetric_max_age: 44,
      senile_codes: 'R54,F03',
    });
    expect(run.findings.map((f) => f.setl_id)).toEqual(['S1', 'S2']);
    expect(run.findings[0]?.vola_cont).toContain('限 12–44 岁');
  });

  it('is skipped with the reason when the birth date is not mapped', async () => {
    const run = await runRule(diagnosisAgeMismatch, {
      setl: [visit('S1', 'A8', 'O80.000', '2024-05-01')],
      psn: [person('A8', 2016)],
      unmapped: ['psn.brdy'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('psn.brdy');
  });
});
