/**
 * The answer key of a dataset with every scenario planted at a high rate, checked against the data as
 * an auditor's SQL sees it on the real engine: every answer points at existing rows with the same
 * person and institution, amounts agree with the lines, and each planted item has the shape its
 * scenario promises. No scenario plants an amount inconsistency: det_item_fee_sumamt = cnt × pric and
 * settlement totals = the sum of their lines hold everywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../../node/engine/duckdb-node-engine';
import { SCENARIO_IDS } from '../../../../workers/generator/scenarios/scenario-ids';
import { generateFiles, loadScenarioDataset } from './scenario-dataset';

let engine: NodeEngine;
const count = async (sql: string): Promise<number> => {
  const [row] = await engine.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (${sql})`);
  return row?.n ?? NaN;
};
/** Planted fee answers of one scenario (`l`: the line, its settlement's level, type and diagnosis, the answer's amount) where `condition` holds. */
const plantedLines = (scenario: string, condition: string) => `
  SELECT * FROM (
    SELECT a.amount::DECIMAL(18,2) AS amount, f.*, s.medins_lv, s.med_type, s.dise_codg
    FROM answers a JOIN fee f USING (feedetl_sn) JOIN setl s ON s.setl_id = f.setl_id
    WHERE a.scenario = '${scenario}'
  ) l WHERE ${condition}`;

beforeAll(async () => {
  engine = await createNodeEngine();
  // Resellers are per person (0.25 would make a quarter of adults resellers); few visits are non-local.
  const scenarios = {
    ...Object.fromEntries(SCENARIO_IDS.map((id) => [id, 0.25])),
    'drug-resale': 0.02,
    'cross-region': 0.5,
  };
  await loadScenarioDataset(engine, generateFiles({ seed: 11, lines: 30_000, headers: 'code', scenarios }));
}, 120_000);
afterAll(async () => engine.close());

describe('answer key integrity (every scenario at rate 0.25, resellers 0.02, cross-region 0.5)', () => {
  it('plants each scenario several times', async () => {
    const rows = await engine.rows<{ scenario: string; n: number }>(
      `SELECT scenario, count(*)::INTEGER AS n FROM answers GROUP BY ALL`,
    );
    expect(rows.map((r) => r.scenario).sort()).toEqual([...SCENARIO_IDS].sort());
    for (const r of rows) expect(r.n, r.scenario).toBeGreaterThanOrEqual(5);
  });

  it('points every answer at an existing settlement or line of the same person and institution', async () => {
    expect(await count(`SELECT * FROM answers WHERE level NOT IN ('setl', 'fee', 'psn')`)).toBe(0);
    expect(
      await count(`SELECT * FROM answers a ANTI JOIN setl s
        ON s.setl_id = a.setl_id AND s.psn_no = a.psn_no AND s.fixmedins_code = a.fixmedins_code
        WHERE a.level <> 'psn'`),
    ).toBe(0);
    expect(await count(`SELECT * FROM answers WHERE level = 'setl' AND feedetl_sn IS NOT NULL`)).toBe(0);
    expect(
      await count(`SELECT * FROM answers a ANTI JOIN fee f ON f.feedetl_sn = a.feedetl_sn AND f.setl_id = a.setl_id
        WHERE a.level = 'fee'`),
    ).toBe(0);
    expect(
      await count(`SELECT feedetl_sn FROM answers WHERE level = 'fee' GROUP BY ALL HAVING count(*) > 1`),
    ).toBe(0);
    expect(
      await count(`SELECT setl_id FROM answers WHERE level = 'setl' GROUP BY ALL HAVING count(*) > 1`),
    ).toBe(0);
  });

  it('names people only for rings and resale, with the sum of their planted settlements', async () => {
    expect(
      await count(`SELECT * FROM answers WHERE level = 'psn'
        AND (scenario NOT IN ('fake-hospital-ring', 'drug-resale') OR setl_id IS NOT NULL)`),
    ).toBe(0);
    expect(await count(`SELECT * FROM answers a ANTI JOIN psn p USING (psn_no) WHERE a.level = 'psn'`)).toBe(
      0,
    );
    expect(
      await count(`SELECT a.psn_no FROM answers a JOIN answers s ON s.psn_no = a.psn_no
          AND s.scenario = a.scenario AND s.level = 'setl'
        WHERE a.level = 'psn' GROUP BY a.psn_no, a.scenario, a.amount
        HAVING sum(s.amount::DECIMAL(18,2)) <> a.amount::DECIMAL(18,2)`),
    ).toBe(0);
    expect(
      await count(`SELECT DISTINCT psn_no, scenario FROM answers WHERE level = 'setl'
          AND scenario IN ('fake-hospital-ring', 'drug-resale')
        EXCEPT SELECT psn_no, scenario FROM answers WHERE level = 'psn'`),
    ).toBe(0);
  });

  it('keeps every amount consistent: lines = cnt × pric, settlements = sum of lines', async () => {
    expect(await count(`SELECT * FROM fee WHERE det_item_fee_sumamt <> round(cnt * pric, 2)`)).toBe(0);
    expect(
      await count(`SELECT s.setl_id FROM setl s JOIN fee f USING (setl_id)
        GROUP BY s.setl_id, s.medfee_sumamt HAVING sum(f.det_item_fee_sumamt) <> s.medfee_sumamt`),
    ).toBe(0);
  });

  it('values whole-settlement answers at their total and line answers at the line or its excess', async () => {
    expect(
      await count(`SELECT * FROM answers a JOIN setl s USING (setl_id)
        WHERE a.level = 'setl' AND a.amount::DECIMAL(18,2) <> s.medfee_sumamt`),
    ).toBe(0);
    for (const whole of ['duplicate-charge', 'sex-mismatch', 'child-drug-adult', 'trace-code-reuse'])
      expect(await count(plantedLines(whole, 'l.amount <> l.det_item_fee_sumamt')), whole).toBe(0);
    expect(
      await count(
        plantedLines(
          'over-price',
          `l.amount <= 0 OR NOT EXISTS (SELECT 1 FROM kb_price_cap c WHERE c.code = l.hilist_code
            AND c.medins_lv = l.medins_lv AND l.amount = (l.pric - c.max_pric) * l.cnt)`,
        ),
      ),
    ).toBe(0);
    expect(
      await count(plantedLines('substitution', 'l.amount <= 0 OR l.amount >= l.det_item_fee_sumamt')),
    ).toBe(0);
  });

  it('plants split admissions as a readmission 2–5 days after a stay with the same diagnosis', async () => {
    expect(
      await count(`SELECT a.setl_id FROM answers a JOIN setl s USING (setl_id)
        WHERE a.scenario = 'split-admission' AND NOT EXISTS (
          SELECT 1 FROM setl p WHERE p.psn_no = s.psn_no AND p.fixmedins_code = s.fixmedins_code
            AND p.dise_codg = s.dise_codg AND p.med_type = '21' AND p.setl_id <> s.setl_id
            AND date_diff('day', CAST(p.enddate AS DATE), CAST(s.begndate AS DATE)) BETWEEN 2 AND 5)`),
    ).toBe(0);
  });

  it('plants phantom stays of three days or more with treatment on one day at most', async () => {
    const rows = await engine.rows<{ los: number; treat: number; bed: number }>(
      `SELECT any_value(date_diff('day', CAST(s.begndate AS DATE), CAST(s.enddate AS DATE)))::INTEGER AS los,
         count(DISTINCT CAST(f.fee_ocur_time AS DATE)) FILTER (WHERE f.med_chrgitm_type IN ('05','06','09','10','11'))::INTEGER AS treat,
         count(*) FILTER (WHERE f.med_chrgitm_type = '01')::INTEGER AS bed
       FROM answers a JOIN setl s USING (setl_id) JOIN fee f ON f.setl_id = s.setl_id
       WHERE a.scenario = 'phantom-stay' GROUP BY s.setl_id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.los).toBeGreaterThanOrEqual(3);
      expect(r.treat).toBeLessThanOrEqual(1);
      expect(r.bed).toBe(r.los);
    }
  });

  it('plants line scenarios with the shape they promise', async () => {
    // A duplicate repeats an earlier line of its settlement: same item, time and unit price.
    expect(
      await count(
        plantedLines(
          'duplicate-charge',
          `NOT EXISTS (SELECT 1 FROM fee g WHERE g.setl_id = l.setl_id AND g.hilist_code = l.hilist_code
            AND g.fee_ocur_time = l.fee_ocur_time AND g.pric = l.pric AND g.feedetl_sn < l.feedetl_sn)`,
        ),
      ),
    ).toBe(0);
    expect(
      await count(
        plantedLines(
          'sex-mismatch',
          `NOT EXISTS (SELECT 1 FROM kb_restriction r JOIN psn p ON p.psn_no = l.psn_no
            WHERE r.code = l.hilist_code AND r.kind = 'sex' AND r.param <> p.gend)`,
        ),
      ),
    ).toBe(0);
    expect(
      await count(
        plantedLines(
          'child-drug-adult',
          `NOT (l.med_type IN ('11', '21') AND EXISTS (SELECT 1 FROM kb_restriction r JOIN psn p ON p.psn_no = l.psn_no
            WHERE r.code = l.hilist_code AND r.kind = 'child' AND date_sub('year', CAST(p.brdy AS DATE), CAST(l.fee_ocur_time AS DATE)) >= 18))`,
        ),
      ),
    ).toBe(0);
    // The same trace code on an earlier line of another settlement at the same pharmacy.
    expect(
      await count(
        plantedLines(
          'trace-code-reuse',
          `NOT EXISTS (SELECT 1 FROM fee g WHERE g.fixmedins_code = l.fixmedins_code AND g.setl_id <> l.setl_id
            AND g.fee_ocur_time < l.fee_ocur_time AND g.hilist_code = l.hilist_code
            AND list_contains(string_split(g.trace_code, ';'), l.trace_code))`,
        ),
      ),
    ).toBe(0);
  });

  it('gives every package its own trace code, except the planted reuses', async () => {
    const [row] = await engine.rows<{ codes: number; distinct_codes: number; reused: number }>(
      `WITH c AS (SELECT feedetl_sn, unnest(string_split(trace_code, ';')) AS code FROM fee WHERE trace_code IS NOT NULL)
       SELECT count(*)::INTEGER AS codes, count(DISTINCT code)::INTEGER AS distinct_codes,
         (SELECT count(*) FROM answers WHERE scenario = 'trace-code-reuse')::INTEGER AS reused FROM c`,
    );
    expect(row?.codes).toBeGreaterThan(1000);
    expect(row?.codes).toBe((row?.distinct_codes ?? 0) + (row?.reused ?? 0));
    expect(
      await count(
        `SELECT * FROM fee WHERE trace_code IS NOT NULL AND NOT regexp_full_match(trace_code, '8[0-9]{19}(;8[0-9]{19})*')`,
      ),
    ).toBe(0);
  });

  it('plants rings as uniform stays at one hospital on dates shared with other members, without treatment', async () => {
    const rings = `SELECT s.* FROM answers a JOIN setl s USING (setl_id)
      WHERE a.scenario = 'fake-hospital-ring' AND a.level = 'setl'`;
    expect(await count(rings)).toBeGreaterThan(0);
    expect(
      await count(`SELECT psn_no FROM (${rings}) GROUP BY psn_no
        HAVING count(DISTINCT fixmedins_code) > 1 OR count(DISTINCT date_diff('day', CAST(begndate AS DATE), CAST(enddate AS DATE))) > 1`),
    ).toBe(0);
    expect(
      await count(`SELECT * FROM (${rings}) r WHERE NOT EXISTS (SELECT 1 FROM (${rings}) o
        WHERE o.fixmedins_code = r.fixmedins_code AND CAST(o.begndate AS DATE) = CAST(r.begndate AS DATE) AND o.psn_no <> r.psn_no)`),
    ).toBe(0);
    expect(
      await count(`SELECT * FROM (${rings}) r JOIN fee f USING (setl_id)
        WHERE f.med_chrgitm_type IN ('05', '06', '08', '09', '10', '11')`),
    ).toBe(0);
  });

  it('plants resale as single-drug pharmacy purchases and cash-out as round pharmacy sums', async () => {
    const purchases = (scenario: string) => `SELECT s.* FROM answers a JOIN setl s USING (setl_id)
      WHERE a.scenario = '${scenario}' AND a.level = 'setl'`;
    expect(await count(`SELECT * FROM (${purchases('drug-resale')}) WHERE med_type <> '41'`)).toBe(0);
    expect(
      await count(`SELECT setl_id FROM (${purchases('drug-resale')}) JOIN fee f USING (setl_id)
        GROUP BY setl_id HAVING count(*) <> 1 OR min(f.pric) < 50`),
    ).toBe(0);
    expect(
      await count(
        `SELECT * FROM (${purchases('cash-out')}) WHERE med_type <> '41' OR medfee_sumamt % 100 <> 0`,
      ),
    ).toBe(0);
  });

  it('plants doctor outliers as drug lines of the visit doctor, cross-region at non-local visits', async () => {
    expect(
      await count(
        plantedLines(
          'doctor-outlier',
          `l.med_chrgitm_type NOT IN ('09', '11') OR l.med_type NOT IN ('11', '14') OR l.bilg_dr_code IS DISTINCT FROM
            (SELECT atddr_no FROM setl WHERE setl_id = l.setl_id)`,
        ),
      ),
    ).toBe(0);
    expect(
      await count(`SELECT * FROM answers a JOIN setl s USING (setl_id) WHERE a.scenario = 'cross-region'
        AND (s.insu_admdvs = s.mdtrt_admdvs OR s.med_type NOT IN ('11', '21'))`),
    ).toBe(0);
  });

  it('plants care after a registered death, and none after the ordinary deaths', async () => {
    const after = `SELECT s.setl_id FROM setl s JOIN death d USING (psn_no)
      WHERE CAST(s.begndate AS DATE) > CAST(d.death_date AS DATE)`;
    expect(await count(`SELECT * FROM answers WHERE scenario = 'service-after-death'`)).toBeGreaterThan(0);
    expect(
      await count(`SELECT setl_id FROM answers WHERE scenario = 'service-after-death' EXCEPT ${after}`),
    ).toBe(0);
    expect(
      await count(`${after} EXCEPT SELECT setl_id FROM answers WHERE scenario = 'service-after-death'`),
    ).toBe(0);
    expect(await count(`SELECT * FROM death`)).toBeGreaterThan(
      await count(`SELECT DISTINCT psn_no FROM answers WHERE scenario = 'service-after-death'`),
    );
  });

  it('groups every stay in a DRG with a matching complication flag, upcoded stays with one', async () => {
    expect(
      await count(`SELECT * FROM setl WHERE (med_type = '21') <> (drg_code IS NOT NULL)
        OR NOT regexp_full_match(coalesce(drg_code, 'ER15'), '[A-Z][CR][1-9][135]')`),
    ).toBe(0);
    expect(
      await count(`SELECT * FROM answers a JOIN setl s USING (setl_id)
        WHERE a.scenario = 'upcoding' AND right(s.drg_code, 1) NOT IN ('1', '3')`),
    ).toBe(0);
  });
});
