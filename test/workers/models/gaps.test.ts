/**
 * `gaps` on the real engine: hand-made sequences with known gaps (padded tails, several prefixes, a
 * repeated key, values with no numeric tail, per-institution series, a jump beyond `max_gap`), skips and
 * refusals.
 */
import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../core/shared/errors';
import { gaps } from '../../../workers/models/library/gaps';
import { runModelOn, type Row } from './model-harness';

const setl: Row[] = [
  ...['S0001', 'S0002', 'S0004', 'S0008', 'S0008', 'S0009'].map((id, i) => ({
    setl_id: id,
    fixmedins_code: i < 3 ? 'H1' : 'H2',
  })),
  // another prefix: 17 and 18 present, 19 missing, 20 present; then a jump of 5,000 (a new range).
  ...['X-17', 'X-18', 'X-20', 'X-5021'].map((id) => ({ setl_id: id, fixmedins_code: 'H1' })),
  { setl_id: 'NO-NUMBER', fixmedins_code: 'H1' },
  { setl_id: null, fixmedins_code: 'H1' },
];

describe('gaps', () => {
  it('finds each gap per prefix, ranked by the count missing, with repeated keys and links', async () => {
    const run = await runModelOn(gaps, { setl });
    expect(run.rows.map((r) => [r.entity_id, r.score, r.first_missing, r.last_missing])).toEqual([
      ['S:5-7', 3, 'S0005', 'S0007'],
      ['S:3-3', 1, 'S0003', 'S0003'],
      ['X-:19-19', 1, 'X-19', 'X-19'],
    ]);
    expect(run.rows[0]?.series_size).toBe(5);
    expect(run.rows[0]?.series_duplicates).toBe(1);
    expect(run.rows[0]?.explain_zh).toBe(
      '结算ID序列「S」缺少 S0005–S0007 共 3 个编号（前后为 S0004、S0008）；该序列 5 个编号，重复 1 个',
    );
    expect(run.rows[0]?.explain_en).toBe(
      'settlement ID series "S": 3 number(s) missing, S0005–S0007 (between S0004 and S0008); the series has 5 numbers, 1 repeated',
    );
    expect(
      run.links
        .filter((l) => l.entity_id === 'S:5-7')
        .map((l) => l.setl_id)
        .sort(),
    ).toEqual(['S0004', 'S0008']);
  });

  it('takes a jump beyond max_gap as a gap when allowed, and numbers per institution', async () => {
    const wide = await runModelOn(gaps, { setl }, { max_gap: 10_000 });
    expect(wide.rows[0]).toMatchObject({ entity_id: 'X-:21-5020', score: 5000 });
    const perInst = await runModelOn(gaps, { setl }, { by: 'institution' });
    // Per institution, S0004 (H1) and S0008 (H2) are in different series: no gap between them.
    expect(perInst.rows.map((r) => r.entity_id)).toEqual(['H1:S:3-3', 'H1:X-:19-19']);
    expect(perInst.rows[0]?.institution).toBe('H1');
    expect(perInst.rows[0]?.explain_en).toContain('at institution H1');
  });

  it('counts no duplicates for a field that repeats by nature, and is skipped or refused as it should', async () => {
    const fee = ['R1', 'R1', 'R3'].map((rxno, i) => ({ feedetl_sn: `F${i}`, setl_id: 'S1', rxno }));
    const rx = await runModelOn(gaps, { fee }, { field: 'fee.rxno' });
    expect(rx.rows.map((r) => [r.entity_id, r.series_duplicates])).toEqual([['R:2-2', null]]);
    const skipped = await runModelOn(gaps, { setl }, { field: 'fee.rxno' });
    expect(skipped.outcome.status).toBe('skipped');
    const unmapped = await runModelOn(
      gaps,
      { setl, unmapped: ['setl.fixmedins_code'] },
      { by: 'institution' },
    );
    expect(unmapped.outcome.status).toBe('skipped');
    if (unmapped.outcome.status === 'skipped') expect(unmapped.outcome.reason.en).toContain('fixmedins_code');
    for (const bad of [{ max_gap: 0 }, { field: 'setl.psn_no' }, { by: 'doctor' }])
      await expect(runModelOn(gaps, { setl }, bad)).rejects.toBeInstanceOf(AppErrorException);
  });
});
