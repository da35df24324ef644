/**
 * `benford` on the real engine: published digit distributions and constructed ones at Nigrini's bounds,
 * a z against a hand computation, small scopes, skips and refusals, and a hand-made world where one
 * institution's amounts are partly made up (round and repeated amounts) — drawn log-uniformly otherwise,
 * a shape no generator here was tuned to.
 */
import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../core/shared/errors';
import { quoteLiteral } from '../../../workers/engine/sql-quote';
import { benford } from '../../../workers/models/library/benford';
import { runModel } from '../../../workers/models/run-model';
import { buildWorld } from '../../corpus/build-world';
import { exportLines, lineAmount } from '../../corpus/corpus-model';
import { plantBenford } from '../../corpus/plant-benford';
import { createPrng } from '../../corpus/prng';
import { loadFixture, testEngine } from '../rules/rule-harness';
import { runModelOn } from './model-harness';

type Test = 'first' | 'first-two' | 'second' | 'last-two';
/** Fee amounts whose tested digit is `digit`, by test. */
const AMOUNT: Record<Test, (digit: number) => number> = {
  first: (d) => d * 100,
  'first-two': (d) => d * 10,
  second: (d) => (10 + d) * 10,
  'last-two': (d) => 1000 + d,
};
const DIGITS: Record<Test, number[]> = {
  first: range(1, 9),
  'first-two': range(10, 99),
  second: range(0, 9),
  'last-two': range(0, 99),
};
function range(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
function expected(test: Test, d: number): number {
  if (test === 'last-two') return 0.01;
  if (test === 'second') return range(1, 9).reduce((s, k) => s + Math.log10(1 + 1 / (10 * k + d)), 0);
  return Math.log10(1 + 1 / d);
}

/** Runs the model over fee lines with the given digit counts per institution (bulk-inserted). */
async function runCounts(
  test: Test,
  counts: Readonly<Record<string, ReadonlyMap<number, number>>>,
  parameters: Record<string, unknown> = {},
) {
  const engine = await testEngine();
  const data = await loadFixture(engine, {
    fee: [{ feedetl_sn: 'x', setl_id: 'x', fixmedins_code: 'x', det_item_fee_sumamt: 1 }],
  });
  await engine.exec('DELETE FROM fee');
  const values = Object.entries(counts).flatMap(([inst, m]) =>
    [...m].map(([d, c]) => `(${quoteLiteral(inst)}, ${AMOUNT[test](d)}, ${c})`),
  );
  await engine.exec(
    `INSERT INTO fee (feedetl_sn, setl_id, fixmedins_code, det_item_fee_sumamt)
     SELECT inst || '-' || amount || '-' || i, inst || '-' || i, inst, amount
     FROM (VALUES ${values.join(', ')}) t(inst, amount, c), range(c) r(i)`,
  );
  const outcome = await runModel(engine, data, {
    model: benford,
    parameters: { test, ...parameters },
    table: 'out',
  });
  const rows = await engine.rows<Record<string, unknown>>(
    `SELECT * REPLACE (CAST(amounts AS INTEGER) AS amounts) FROM out ORDER BY "rank"`,
  );
  const digits = await engine.rows<Record<string, unknown>>(
    `SELECT * REPLACE (CAST(count AS INTEGER) AS count) FROM out_digits`,
  );
  return { outcome, rows, digits };
}

/** Runs the model over fee rows inserted in bulk (the harness inserts row by row: too slow for thousands). */
async function runRows(fee: readonly FeeRow[], parameters: Record<string, unknown> = {}) {
  const engine = await testEngine();
  const data = await loadFixture(engine, {
    fee: [{ feedetl_sn: 'x', setl_id: 'x', fixmedins_code: 'x', det_item_fee_sumamt: 1 }],
  });
  await engine.exec('DELETE FROM fee');
  for (let i = 0; i < fee.length; i += 5000) {
    const values = fee
      .slice(i, i + 5000)
      .map(
        (r) => `(${[r.feedetl_sn, r.setl_id, r.fixmedins_code].map(quoteLiteral).join(', ')}, ${r.amount})`,
      );
    await engine.exec(
      `INSERT INTO fee (feedetl_sn, setl_id, fixmedins_code, det_item_fee_sumamt) VALUES ${values.join(', ')}`,
    );
  }
  await runModel(engine, data, { model: benford, parameters, table: 'out' });
  return engine.rows<Record<string, unknown>>(`SELECT * FROM out ORDER BY "rank"`);
}
interface FeeRow {
  feedetl_sn: string;
  setl_id: string;
  fixmedins_code: string;
  amount: number;
}

/**
 * Counts of n amounts at exact expected shares (rounded), then `moved` amounts moved one at a time from
 * the first half of the digits to the second half, round robin (so no digit runs out).
 */
function benfordCounts(test: Test, n: number, moved = 0): Map<number, number> {
  const digits = DIGITS[test];
  const m = new Map(digits.map((d) => [d, Math.round(n * expected(test, d))]));
  const half = Math.floor(digits.length / 2);
  const low = digits.slice(0, half);
  const high = digits.slice(digits.length - half);
  for (let j = 0; j < moved; j++) {
    const from = low[j % half] as number;
    const to = high[j % half] as number;
    m.set(from, (m.get(from) ?? 0) - 1);
    m.set(to, (m.get(to) ?? 0) + 1);
  }
  for (const c of m.values()) if (c < 0) throw new Error('a digit ran out: raise n');
  return m;
}
/** MAD of counts, computed here independently of the SQL. */
function mad(test: Test, m: ReadonlyMap<number, number>): number {
  const n = [...m.values()].reduce((a, b) => a + b, 0);
  const digits = DIGITS[test];
  const raw =
    digits.reduce((s, d) => s + Math.abs((m.get(d) ?? 0) / n - expected(test, d)), 0) / digits.length;
  // The model compares MAD rounded to 9 decimals, so float noise cannot push a MAD equal to a bound over it.
  return Math.round(raw * 1e9) / 1e9;
}

const BOUNDS: Record<Test, [number, number, number]> = {
  first: [0.006, 0.012, 0.015],
  'first-two': [0.0012, 0.0018, 0.0022],
  second: [0.008, 0.01, 0.012],
  'last-two': [0.0012, 0.0018, 0.0022],
};
const LEVELS = ['close', 'acceptable', 'marginal', 'nonconformity'];

describe('benford: published distributions and Nigrini bounds', () => {
  it.each(['first', 'first-two', 'second', 'last-two'] as Test[])(
    '%s: exact expected shares give MAD ≈ 0, close conformity',
    async (test) => {
      const run = await runCounts(test, { H1: benfordCounts(test, 100_000) });
      const all = run.rows.find((r) => r.entity_id === 'all');
      expect(all?.entity_type).toBe('group');
      expect(Number(all?.mad)).toBeLessThan(0.0001);
      expect(all?.conformity).toBe('close');
      expect(run.digits.filter((d) => d.scope === 'all')).toHaveLength(DIGITS[test].length);
    },
  );

  it('a uniform first digit (1/9 each) is nonconforming, MAD as computed by hand', async () => {
    const run = await runCounts('first', { H1: new Map(range(1, 9).map((d) => [d, 1000])) });
    const all = run.rows.find((r) => r.entity_id === 'all');
    const hand = range(1, 9).reduce((s, d) => s + Math.abs(1 / 9 - Math.log10(1 + 1 / d)), 0) / 9;
    expect(Number(all?.mad)).toBeCloseTo(hand, 8);
    expect(all?.conformity).toBe('nonconformity');
    expect(String(all?.top_digit)).toBe('1');
    expect(all?.explain_en).toContain('9,000 amounts');
    expect(all?.explain_zh).toContain('不符合');
  });

  it.each(['first', 'first-two', 'second', 'last-two'] as Test[])(
    '%s: distributions just within and just beyond each bound are classified on either side',
    async (test) => {
      const n = 20_000;
      for (const [i, bound] of BOUNDS[test].entries()) {
        let moved = 0;
        while (mad(test, benfordCounts(test, n, moved + 1)) <= bound) moved++;
        const within = benfordCounts(test, n, moved);
        const beyond = benfordCounts(test, n, moved + 1);
        expect(mad(test, within)).toBeLessThanOrEqual(bound);
        expect(mad(test, beyond)).toBeGreaterThan(bound);
        const runs = await runCounts(test, { A: within, B: beyond });
        const level = (id: string) => runs.rows.find((r) => r.entity_id === id)?.conformity;
        expect([test, bound, level('A')]).toEqual([test, bound, LEVELS[i]]);
        expect([test, bound, level('B')]).toEqual([test, bound, LEVELS[i + 1]]);
      }
    },
    60_000,
  );

  it("a digit's z matches the hand computation, with the continuity correction only when smaller", async () => {
    // 1,000 amounts: 350 begin with 1 (expected 0.30103), the rest spread to make 650.
    const m = new Map([
      [1, 350],
      [2, 150],
      [3, 125],
      [4, 97],
      [5, 79],
      [6, 67],
      [7, 58],
      [8, 51],
      [9, 23],
    ]);
    const run = await runCounts('first', { H1: m });
    const z1 = run.digits.find((d) => d.scope === 'H1' && d.digit === 1)?.z;
    // |0.350 − 0.30103| = 0.04897; − 1/(2·1000) = 0.04847; σ = √(0.30103 × 0.69897 / 1000) = 0.0145055.
    expect(Number(z1)).toBeCloseTo(0.04847 / 0.0145055, 3);
    // Digit 6: |0.067 − 0.066947| = 0.000053 < 0.0005, so no correction: 0.000053 / √(e(1−e)/n).
    const e6 = Math.log10(7 / 6);
    const z6 = run.digits.find((d) => d.scope === 'H1' && d.digit === 6)?.z;
    expect(Number(z6)).toBeCloseTo(Math.abs(0.067 - e6) / Math.sqrt((e6 * (1 - e6)) / 1000), 6);
  });
});

describe('benford: scopes, skips and refusals', () => {
  it('lists a small institution with no conformity, score 0 and the reason', async () => {
    const run = await runCounts('first', {
      BIG: benfordCounts('first', 5000),
      SMALL: benfordCounts('first', 100),
    });
    const small = run.rows.find((r) => r.entity_id === 'SMALL');
    expect(small?.conformity).toBeNull();
    expect(small?.score).toBe(0);
    expect(small?.mad).toBeNull();
    expect(small?.explain_en).toContain('fewer than 300: conformity not judged');
    expect(small?.explain_zh).toContain('少于 300 个，不判断符合度');
    expect(run.rows.find((r) => r.entity_id === 'BIG')?.conformity).toBe('close');
  });

  it('leaves out NULL, negative and small amounts and counts only the rest', async () => {
    const fee = [5, null, -300, 120, 250, 10].map((x, i) => ({
      feedetl_sn: `L${i}`,
      setl_id: `S${i}`,
      fixmedins_code: 'H1',
      det_item_fee_sumamt: x,
    }));
    const run = await runModelOn(benford, { fee }, { min_count: 30 });
    expect(run.rows.find((r) => r.entity_id === 'H1')?.amounts).toBe(3);
    expect(run.links.map((l) => l.setl_id).sort()).toEqual(['S3', 'S4', 'S5']);
  });

  it('is skipped naming the field when the chosen amount is not mapped, and refuses bad values', async () => {
    const fee = [{ feedetl_sn: 'L1', setl_id: 'S1', fixmedins_code: 'H1', det_item_fee_sumamt: 100 }];
    const skipped = await runModelOn(benford, { fee, unmapped: ['fee.det_item_fee_sumamt'] });
    expect(skipped.outcome.status).toBe('skipped');
    if (skipped.outcome.status === 'skipped')
      expect(skipped.outcome.reason.en).toContain('det_item_fee_sumamt');
    const noSetl = await runModelOn(benford, { fee }, { field: 'setl.medfee_sumamt' });
    expect(noSetl.outcome.status).toBe('skipped');
    if (noSetl.outcome.status === 'skipped') expect(noSetl.outcome.reason.en).toContain('setl');
    for (const bad of [{ min_amount: 0 }, { test: 'third' }, { field: 'setl.psn_no' }, { min_count: 2.5 }])
      await expect(runModelOn(benford, { fee }, bad)).rejects.toBeInstanceOf(AppErrorException);
  });
});

/** Eight institutions of log-uniform amounts in [10, 10,000); `planted` replaces 35 % of one's amounts. */
function world(planted: boolean): FeeRow[] {
  const rng = createPrng(715);
  const fee: FeeRow[] = [];
  const made = [500, 800, 1000, 1500, 2000, 3000, 480, 480, 480];
  for (let h = 1; h <= 8; h++) {
    const size = 600 + 250 * h;
    for (let i = 0; i < size; i++) {
      const natural = Math.round(10 ** (1 + 3 * rng.next()) * 100) / 100;
      const roll = rng.chance(0.35);
      const madeUp = rng.pick(made);
      const fake = planted && h === 5 && roll;
      fee.push({
        feedetl_sn: `H${h}-${i}`,
        setl_id: `H${h}-S${i}`,
        fixmedins_code: `H${h}`,
        amount: fake ? madeUp : natural,
      });
    }
  }
  return fee;
}

describe('benford: made-up amounts at one institution (hand-made world)', () => {
  it.each(['first', 'last-two'] as Test[])(
    '%s: the institution ranks first among institutions; without the plant nothing scores near it',
    async (test) => {
      const planted = await runRows(world(true), { test });
      const institutions = planted.filter((r) => r.entity_type === 'institution');
      expect(institutions[0]?.entity_id).toBe('H5');
      expect(institutions[0]?.conformity).toBe('nonconformity');
      // Same seed, no plant: every scope scores below half the planted institution's score, so the top
      // of the list carries nothing that looks like the plant.
      const clean = await runRows(world(false), { test });
      for (const r of clean) expect(Number(r.score)).toBeLessThan(Number(institutions[0]?.score) / 2);
      // Nigrini's bounds assume large samples: at ~600 amounts the last-two test's chance MAD (≈ 0.0033)
      // is already above its nonconformity bound, so only the first-digit test must conform here.
      if (test === 'first')
        for (const r of clean) expect(r.conformity, String(r.entity_id)).not.toBe('nonconformity');
    },
    60_000,
  );
});

const CORPUS_INSTITUTIONS = [
  { code: 'H-001', name: '甲医院', level: 3 as const },
  { code: 'H-002', name: '乙医院', level: 2 as const },
  { code: 'H-003', name: '丙医院', level: 2 as const },
  { code: 'C-004', name: '丁卫生院', level: 1 as const },
];

/** A foreign-layout world (test/corpus), its fee lines as canonical rows, made-up amounts at H-002 or not. */
function corpusWorld(planted: boolean): FeeRow[] {
  const world = buildWorld({
    seed: 0xbf0d,
    persons: 600,
    institutions: CORPUS_INSTITUTIONS,
    scenes: [
      ['outpatient', 3],
      ['inpatient', 1],
    ],
    ids: {
      person: (n) => `P${n}`,
      visit: (n) => `V${n}`,
      line: (n) => `L${n}`,
      doctor: (n) => `D${n}`,
      trace: (n) => `T${n}`,
    },
    depts: ['内科', '外科'],
  });
  if (planted) plantBenford(world, CORPUS_INSTITUTIONS[1] as (typeof CORPUS_INSTITUTIONS)[number], 0.3);
  return exportLines(world).map(({ visit, line }) => ({
    feedetl_sn: line.id,
    setl_id: visit.id,
    fixmedins_code: visit.institution.code,
    amount: lineAmount(line),
  }));
}

describe('benford: made-up amounts at one institution of a foreign-layout world (test/corpus)', () => {
  it('last-two: that institution ranks first; without the plant nothing scores near it', async () => {
    const planted = await runRows(corpusWorld(true), { test: 'last-two' });
    const institutions = planted.filter((r) => r.entity_type === 'institution');
    console.log(`benford last-two (corpus): ${describeScores(institutions)}`);
    expect(institutions[0]?.entity_id).toBe('H-002');
    // Without the plant no institution scores near it. (The overall row does: the catalogue prices'
    // last two digits are not uniform across the pooled amounts, which the overall row rightly shows.)
    const clean = await runRows(corpusWorld(false), { test: 'last-two' });
    console.log(`benford last-two (corpus, no plant): ${describeScores(clean)}`);
    for (const r of clean.filter((c) => c.entity_type === 'institution'))
      expect(Number(r.score)).toBeLessThan(Number(institutions[0]?.score) / 2);
  }, 120_000);

  it('first: a background of catalogue prices does not follow Benford anywhere, and the model says so', async () => {
    // The corpus bills a few hundred catalogue prices: first digits are set by that price list, not by
    // Benford's law, so every institution is nonconforming with or without made-up amounts, and the
    // first-digit test cannot single out the fabricating one here (the last-two test above does).
    const clean = await runRows(corpusWorld(false), { test: 'first' });
    console.log(`benford first (corpus, no plant): ${describeScores(clean)}`);
    for (const r of clean) expect(r.conformity, String(r.entity_id)).toBe('nonconformity');
  }, 120_000);
});

function describeScores(rows: readonly Record<string, unknown>[]): string {
  return rows
    .map((r) => `${String(r.entity_id)}=${Number(r.score).toFixed(2)}/${String(r.amounts)}`)
    .join(' ');
}
