import { describe, expect, it } from 'vitest';
import { serviceDepartmentOnly } from '../../../../workers/rules/library/service-department-only';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { SERVICE, feeLine, restriction } from './line-restriction-fixture';

const at = (sn: string, dept: string | null): Row =>
  feeLine(sn, 'A', SERVICE, '2024-03-01', { bilg_dept_code: dept, det_item_fee_sumamt: 66.6 });

const fixture = (fee: Row[], kbParams: string[] = ['0301,0302']): Fixture => ({
  fee,
  kb: { kb_restriction: kbParams.map((p) => restriction(SERVICE, 'dept', p)) },
});

describe('医疗服务项目限科室使用 GZ10000102008000', () => {
  it('flags the item billed by a department outside the listed prefixes', async () => {
    const run = await runRule(
      serviceDepartmentOnly,
      fixture([at('F1', '030101'), at('F2', '0401'), at('F3', '0303')]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 133.2]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.amount])).toEqual([
      ['F2', 66.6],
      ['F3', 66.6],
    ]);
    expect(run.findings[0]?.vola_cont).toContain('编码以 0301、0302 开头');
  });

  it('does not flag a line without a billing department', async () => {
    const run = await runRule(serviceDepartmentOnly, fixture([at('F1', null), at('F2', '')]));
    expect(run.findings).toEqual([]);
  });

  it('allows the departments of every knowledge row of the code', async () => {
    const run = await runRule(
      serviceDepartmentOnly,
      fixture([at('F1', '0401'), at('F2', '0501')], ['0301', '04']),
    );
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
    expect(run.findings[0]?.vola_cont).toContain('0301、04');
  });

  it('is skipped when the billing department is not mapped', async () => {
    const run = await runRule(serviceDepartmentOnly, {
      ...fixture([at('F1', '0401')]),
      unmapped: ['fee.bilg_dept_code'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.bilg_dept_code');
  });
});
