import { describe, expect, it } from 'vitest';
import {
  diagnosisSexMismatch,
  FEMALE_ONLY_DIAGNOSES,
  MALE_ONLY_DIAGNOSES,
} from '../../../../workers/rules/library/diagnosis-sex-mismatch';
import { runRule } from '../rule-harness';
import { runOk, settlement } from './behaviour-fixtures';
import { personRow, type SetlFields } from '../../../fixtures';

const psn = [personRow('M', { gend: '男' }), personRow('F', { gend: '2' }), personRow('U', { gend: '9' })];
const visit = (id: string, person: string, code: string, more: SetlFields = {}) =>
  settlement(id, '2024-02-01', { psn_no: person, dise_codg: code, medfee_sumamt: 420, ...more });

describe('诊断与患者性别不符 GZ10000204006000', () => {
  it('flags female-only diagnoses for men and male-only ones for women', async () => {
    const run = await runOk(diagnosisSexMismatch, {
      setl: [
        visit('S1', 'M', 'O80.000'),
        visit('S2', 'F', 'n40.x00', { medfee_sumamt: 88.5, atddr_no: 'D3' }),
        visit('S3', 'M', 'N40.x00'),
        visit('S4', 'F', 'O80.000'),
        visit('S5', 'U', 'O80.000'),
      ],
      psn,
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.dr_code, f.vola_amt, f.lines])).toEqual([
      ['S1', null, 420, 0],
      ['S2', 'D3', 88.5, 0],
    ]);
    expect(run.findings[0]?.vola_cont).toBe('主诊断 O80.000 仅适用于女性，参保人性别为男');
    expect(run.findings[1]?.vola_cont_en).toBe(
      'Main diagnosis n40.x00 applies to men only; the person is female',
    );
    expect(run.summary.amountAtRisk).toBe(508.5);
  });

  it('boundary: the edges of each range are in, their neighbours are not', async () => {
    const inside = ['N70.000', 'N98.100', 'C51.900', 'C58.x00', 'D07.300', 'Z32.000', 'Z37.000', 'Z39.000'];
    const outside = ['N69.000', 'N99.000', 'C50.900', 'C59.x00', 'D07.400', 'Z38.000'];
    const run = await runOk(diagnosisSexMismatch, {
      setl: [...inside, ...outside].map((code, i) => visit(`S${i}`, 'M', code)),
      psn,
    });
    expect(run.findings.map((f) => f.setl_id).sort()).toEqual(inside.map((_, i) => `S${i}`).sort());
    const men = ['N40.000', 'N51.800', 'C60.900', 'C63.000', 'D07.600', 'D29.000'];
    const notMen = ['N39.000', 'N52.000', 'C64.x00', 'D07.300', 'D30.000'];
    const women = await runOk(diagnosisSexMismatch, {
      setl: [...men, ...notMen].map((code, i) => visit(`S${i}`, 'F', code)),
      psn,
    });
    expect(women.findings.map((f) => f.setl_id).sort()).toEqual(men.map((_, i) => `S${i}`).sort());
  });

  it('honours changed prefix lists', async () => {
    const setl = [visit('S1', 'M', 'O80.000'), visit('S2', 'F', 'R31.000')];
    const run = await runOk(diagnosisSexMismatch, { setl, psn }, { female_only: 'O9', male_only: 'R31' });
    expect(run.findings.map((f) => f.setl_id)).toEqual(['S2']);
    expect(FEMALE_ONLY_DIAGNOSES.split(',')).toHaveLength(1 + 29 + 8 + 1 + 4 + 4 + 1 + 1 + 3 + 6 + 1);
    expect(MALE_ONLY_DIAGNOSES).toContain('N51,C60');
  });

  it('is skipped with the reason when the person table lacks the sex', async () => {
    const run = await runRule(diagnosisSexMismatch, {
      setl: [visit('S1', 'M', 'O80.000')],
      psn,
      unmapped: ['psn.gend'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('psn.gend');
  });
});
