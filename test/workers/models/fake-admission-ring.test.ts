/**
 * 虚假住院团伙 (institutions and people) on hand-made stays with a known answer: a ring of four at H1
 * (one member a day late once), a couple at H1 (one partner only), a treated cohort with long varied stays
 * at H2, and a short-stay group that is treated at H3.
 */
import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../core/shared/errors';
import { FAKE_ADMISSION_RING } from '../../../workers/models/library/fake-admission-ring';
import { FAKE_ADMISSION_RING_PEOPLE } from '../../../workers/models/library/fake-admission-ring-people';
import { feeLine, settlementRow } from '../../fixtures';
import { plantedAndClean } from './generated-model-run';
import { runModelOn, topIds, type Fixture, type Row } from './model-harness';

const setl: Row[] = [];
const fee: Row[] = [];
let n = 0;

/** One inpatient stay with its fee lines: [charge type, amount]. */
function stay(psn: string, inst: string, begin: string, days: number, lines: [string, number][]): void {
  n += 1;
  const id = `S${n}`;
  const end = new Date(Date.parse(`${begin}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const total = lines.reduce((a, [, v]) => a + v, 0);
  setl.push(
    settlementRow({
      setl_id: id,
      psn_no: psn,
      fixmedins_code: inst,
      med_type: '21',
      begndate: begin,
      enddate: end,
      medfee_sumamt: total,
    }),
  );
  lines.forEach(([type, amount], i) =>
    fee.push(
      feeLine({
        feedetl_sn: `${id}-${i}`,
        setl_id: id,
        psn_no: psn,
        fixmedins_code: inst,
        med_chrgitm_type: type,
        det_item_fee_sumamt: amount,
      }),
    ),
  );
}

const CHECK_ONLY: [string, number][] = [
  ['01', 300],
  ['04', 200],
];
const TREATED: [string, number][] = [
  ['01', 300],
  ['05', 400],
  ['09', 500],
];
for (const date of ['2024-01-10', '2024-03-10', '2024-05-10', '2024-07-10']) {
  for (const psn of ['R1', 'R2', 'R3', 'R4']) {
    const begin = psn === 'R4' && date === '2024-03-10' ? '2024-03-11' : date;
    stay(
      psn,
      'H1',
      begin,
      3,
      psn === 'R1' && date === '2024-01-10' ? [...CHECK_ONLY, ['09', 50]] : CHECK_ONLY,
    );
  }
}
for (const date of ['2024-02-01', '2024-04-01', '2024-06-01']) {
  stay('C1', 'H1', date, 5, TREATED);
  stay('C2', 'H1', date, 5, TREATED);
}
[8, 12, 15].forEach((days, i) => {
  for (const psn of ['G1', 'G2', 'G3'])
    stay(psn, 'H2', `2024-0${i + 2}-15`, days + (psn === 'G2' ? 3 : 0), TREATED);
});
for (const date of ['2024-02-20', '2024-04-20', '2024-06-20']) {
  for (const psn of ['T1', 'T2', 'T3']) stay(psn, 'H3', date, 4, TREATED);
}
// Noise the model must tolerate: a stay without dates, an outpatient visit on a ring day, a stay without fee lines.
setl.push(settlementRow({ setl_id: 'X1', psn_no: 'R1', fixmedins_code: 'H1', med_type: '21' }));
setl.push(
  settlementRow({
    setl_id: 'X2',
    psn_no: 'O1',
    fixmedins_code: 'H1',
    med_type: '11',
    begndate: '2024-01-10',
    enddate: '2024-01-10',
  }),
);

const medins: Row[] = [
  { fixmedins_code: 'H1', open_beds: 3 },
  { fixmedins_code: 'H2', open_beds: 50 },
  { fixmedins_code: 'H3', open_beds: 100 },
];
const fixture: Fixture = { setl, fee, medins };

describe('fake-admission-ring (institutions)', () => {
  it('ranks the ring’s hospital first with its indicators, the treated short-stay group below, the ordinary cohort not at all', async () => {
    const run = await runModelOn(FAKE_ADMISSION_RING, fixture);
    expect(run.outcome.status).toBe('ran');
    expect(topIds(run, 5)).toEqual(['H1', 'H3']);
    const h1 = run.rows[0] ?? {};
    expect(h1).toMatchObject({
      members: 4,
      group_stays: 16,
      admission_days: 5,
      mean_los: 3,
      over_capacity_days: 11,
    });
    expect(h1.treat_share as number).toBeCloseTo(50 / 8050, 6);
    // 4 members × 4 stays × (short 1 + uniform 1 + little treatment 2), × (1 + 11/30) for beds over capacity.
    expect(h1.score as number).toBeCloseTo(64 * (1 + 11 / 30), 6);
    expect(h1.explain_zh).toBe(
      '同一批 4 人在 5 个入院日同批入院（16 次住院），平均住院 3.0 天，治疗费占比 1%；11 天在院人数超过核定床位 3 张（最多 4 人）',
    );
    expect(h1.explain_en).toBe(
      '4 people admitted together on 5 days (16 stays), mean stay 3.0 days, treatment 1% of the bill; inpatients above the 3 approved beds on 11 days (at most 4)',
    );
    expect(run.rows[1]).toMatchObject({ members: 3, score: 18, over_capacity_days: 0 });
    expect(String(run.rows[1]?.explain_en)).toContain('within the 100 approved beds');
    const h1Links = run.links.filter((l) => l.entity_id === 'H1');
    expect(h1Links).toHaveLength(16);
    expect(new Set(h1Links.map((l) => l.psn_no))).toEqual(new Set(['R1', 'R2', 'R3', 'R4']));
    expect(h1Links.every((l) => l.begndate !== null)).toBe(true);
  });

  it('still runs without approved beds (unmapped or no institution table) and says capacity was not checked', async () => {
    for (const f of [
      { ...fixture, unmapped: ['medins.open_beds'] },
      { setl, fee },
    ]) {
      const run = await runModelOn(FAKE_ADMISSION_RING, f);
      expect(topIds(run, 5)).toEqual(['H1', 'H3']);
      expect(run.rows[0]).toMatchObject({ score: 64, over_capacity_days: null });
      expect(String(run.rows[0]?.explain_zh)).toContain('未提供核定床位数，未检查超床');
      expect(String(run.rows[0]?.explain_en)).toContain('approved beds not given, capacity not checked');
    }
  });

  it('says the treatment share is unknown for stays without fee lines, and does not count it as little treatment', async () => {
    const run = await runModelOn(FAKE_ADMISSION_RING, {
      setl,
      fee: fee.filter((f) => !/^S([1-9]|1[0-6])-/.test(String(f.feedetl_sn))),
    });
    const h1 = run.rows.find((r) => r.entity_id === 'H1');
    expect(h1).toMatchObject({ treat_share: null, score: 32 });
    expect(String(h1?.explain_en)).toContain('no fee lines, treatment share unknown');
  });

  it('finds the couple only when one partner is enough, and refuses a window out of bounds', async () => {
    const run = await runModelOn(FAKE_ADMISSION_RING_PEOPLE, fixture, { min_partners: 1 });
    expect(topIds(run, 20)).toContain('C1');
    await expect(runModelOn(FAKE_ADMISSION_RING, fixture, { window_days: 8 })).rejects.toBeInstanceOf(
      AppErrorException,
    );
    await expect(runModelOn(FAKE_ADMISSION_RING, fixture, { min_times: 1.5 })).rejects.toBeInstanceOf(
      AppErrorException,
    );
  });

  it('is skipped with the reason when discharge dates are not mapped', async () => {
    const run = await runModelOn(FAKE_ADMISSION_RING, { ...fixture, unmapped: ['setl.enddate'] });
    expect(run.outcome.status).toBe('skipped');
    if (run.outcome.status === 'skipped') expect(run.outcome.reason.en).toContain('setl.enddate');
  });
});

describe('fake-admission-ring-people', () => {
  it('ranks the four ring members first, then the treated group; the couple and the cohort are absent', async () => {
    const run = await runModelOn(FAKE_ADMISSION_RING_PEOPLE, fixture);
    expect(topIds(run, 10)).toEqual(['R1', 'R2', 'R3', 'R4', 'T1', 'T2', 'T3']);
    expect(run.rows[0]).toMatchObject({
      institution: 'H1',
      partners: 3,
      group_stays: 4,
      mean_los: 3,
      los_sd: 0,
      score: 16,
    });
    expect(run.rows[0]?.explain_zh).toBe(
      '与 3 名同伴在机构 H1 4 次同批入院，平均住院 3.0 天（标准差 0.0 天），治疗费占比 2%',
    );
    expect(run.rows[4]).toMatchObject({ score: 6 });
    const r4 = run.links
      .filter((l) => l.entity_id === 'R4')
      .map((l) => new Date(l.begndate as string).toISOString().slice(0, 10));
    expect(r4).toHaveLength(4);
    expect(r4.sort()).toEqual(['2024-01-10', '2024-03-11', '2024-05-10', '2024-07-10']);
  });
});

describe('fake-admission-ring on generated data', () => {
  // Planted: the hospitals of the planted rings, from the hidden answer key. Asserted: they rank in the top 3k. Without the plant (same
  // seed, nothing planted) no entity reaches the weakest planted score: nothing planted-looking tops the list.
  it('ranks the planted entities in the top 3k, and nothing as high without the plant', async () => {
    const r = await plantedAndClean(FAKE_ADMISSION_RING, {
      seed: 11,
      lines: 20_000,
      scenario: 'fake-hospital-ring',
      rate: 0.15,
      plantedSql: `SELECT fixmedins_code AS k FROM answers WHERE scenario = 'fake-hospital-ring' AND level = 'setl'`,
    });
    expect(r.k).toBeGreaterThan(0);
    expect(r.recallAt3k).toBe(1);
    expect(r.cleanTop).toBeLessThan(r.weakestPlanted);
  }, 300_000);
});

describe('fake-admission-ring-people on generated data', () => {
  // Planted: the ring members (the answer key's person rows). Same assertions as for the institutions.
  it('ranks the planted members in the top 3k, and nothing as high without the plant', async () => {
    const r = await plantedAndClean(FAKE_ADMISSION_RING_PEOPLE, {
      seed: 11,
      lines: 20_000,
      scenario: 'fake-hospital-ring',
      rate: 0.15,
      plantedSql: `SELECT psn_no AS k FROM answers WHERE scenario = 'fake-hospital-ring' AND level = 'psn'`,
    });
    expect(r.k).toBeGreaterThan(0);
    expect(r.recallAt3k).toBe(1);
    expect(r.cleanTop).toBeLessThan(r.weakestPlanted);
  }, 300_000);
});
