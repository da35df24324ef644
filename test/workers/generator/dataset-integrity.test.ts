import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { generateDemoFiles } from '../../../workers/generator/demo-dataset';
import { idCheckDigit } from '../../../workers/generator/resident-id';

/**
 * Checks the demo dataset as an auditor's SQL would see it: every file read with DuckDB-WASM's
 * read_csv (all text, so nothing is lost to type sniffing), keys joined, amounts recomputed.
 */
describe('generated dataset integrity (DuckDB)', () => {
  let engine: NodeEngine;
  const one = async (sql: string) =>
    ((await engine.rows(sql))[0] ?? {}) as Record<string, number | string | null>;
  const count = async (sql: string) => Number((await one(`SELECT count(*) AS n FROM (${sql})`)).n);

  beforeAll(async () => {
    engine = await createNodeEngine();
    for (const file of generateDemoFiles()) {
      const path = `/claims/${file.name}`;
      await engine.registerBuffer(path, new TextEncoder().encode(file.text));
      const table = file.name.replace('.csv', '');
      await engine.exec(
        `CREATE TABLE ${table} AS SELECT * FROM read_csv('${path}', header = true, all_varchar = true)`,
      );
    }
    await engine.exec(`CREATE VIEW stays AS
      SELECT *, CAST(begndate AS TIMESTAMP) AS b, CAST(enddate AS TIMESTAMP) AS e FROM setl WHERE med_type = '21'`);
  });
  afterAll(async () => engine.close());

  it('has unique keys', async () => {
    for (const [table, key] of [
      ['setl', 'setl_id'],
      ['setl', 'mdtrt_id'],
      ['fee', 'feedetl_sn'],
      ['psn', 'psn_no'],
      ['psn', 'certno'],
      ['medins', 'fixmedins_code'],
      ['medins', 'fixmedins_name'],
    ] as const) {
      const r = await one(`SELECT count(*) AS n, count(DISTINCT ${key}) AS d FROM ${table}`);
      expect(r.d, `${table}.${key}`).toBe(r.n);
    }
  });

  it('keeps referential integrity between the tables', async () => {
    expect(await count('SELECT * FROM fee f ANTI JOIN setl s USING (setl_id)')).toBe(0);
    expect(
      await count(`SELECT * FROM fee f JOIN setl s USING (setl_id)
      WHERE f.mdtrt_id <> s.mdtrt_id OR f.psn_no <> s.psn_no OR f.fixmedins_code <> s.fixmedins_code`),
    ).toBe(0);
    expect(await count('SELECT * FROM setl ANTI JOIN psn USING (psn_no)')).toBe(0);
    expect(await count('SELECT * FROM setl ANTI JOIN medins USING (fixmedins_code)')).toBe(0);
    expect(await count('SELECT * FROM setl s ANTI JOIN fee f USING (setl_id)')).toBe(0);
    expect(
      await count(`SELECT * FROM setl s JOIN medins m USING (fixmedins_code)
      WHERE s.fixmedins_name <> m.fixmedins_name OR coalesce(s.medins_lv, '') <> coalesce(m.medins_lv, '') OR s.mdtrt_admdvs <> m.admdvs`),
    ).toBe(0);
    expect(
      await count(
        'SELECT * FROM setl s JOIN psn p USING (psn_no) WHERE s.insu_admdvs <> p.insu_admdvs OR s.insutype <> p.insutype',
      ),
    ).toBe(0);
  });

  it('makes every amount add up exactly', async () => {
    expect(
      await count(`SELECT * FROM fee WHERE CAST(det_item_fee_sumamt AS DECIMAL(18,2))
      <> CAST(cnt AS DECIMAL(18,2)) * CAST(pric AS DECIMAL(18,2))`),
    ).toBe(0);
    expect(
      await count(`SELECT * FROM setl s JOIN (
        SELECT setl_id, sum(CAST(det_item_fee_sumamt AS DECIMAL(18,2))) AS total FROM fee GROUP BY setl_id) f USING (setl_id)
      WHERE CAST(s.medfee_sumamt AS DECIMAL(18,2)) <> f.total`),
    ).toBe(0);
    expect(
      await count(`SELECT * FROM setl WHERE CAST(medfee_sumamt AS DECIMAL(18,2)) <> CAST(fund_pay_sumamt AS DECIMAL(18,2))
      + CAST(acct_pay AS DECIMAL(18,2)) + CAST(psn_cash_pay AS DECIMAL(18,2))
      OR CAST(hifp_pay AS DECIMAL(18,2)) > CAST(fund_pay_sumamt AS DECIMAL(18,2))
      OR least(CAST(hifp_pay AS DECIMAL(18,2)), CAST(acct_pay AS DECIMAL(18,2)), CAST(psn_cash_pay AS DECIMAL(18,2))) < 0`),
    ).toBe(0);
    // Residents (390) have no personal account.
    expect(
      await count(`SELECT * FROM setl WHERE insutype = '390' AND CAST(acct_pay AS DECIMAL(18,2)) <> 0`),
    ).toBe(0);
  });

  it('writes codes in their national formats', async () => {
    const bad = async (table: string, where: string) => count(`SELECT * FROM ${table} WHERE NOT (${where})`);
    expect(
      await bad(
        'fee',
        `CASE list_type
      WHEN '101' THEN regexp_full_match(hilist_code, 'X[A-Z0-9]{22}') OR regexp_full_match(hilist_code, 'Z[A-Z0-9]{19}')
      WHEN '102' THEN regexp_full_match(hilist_code, 'T[0-9]{9}')
      WHEN '201' THEN regexp_full_match(hilist_code, '[0-9]{15}')
      WHEN '301' THEN regexp_full_match(hilist_code, 'C[0-9]{19}') ELSE false END`,
      ),
    ).toBe(0);
    expect(
      await bad(
        'fee',
        `regexp_full_match(med_chrgitm_type, '(0[1-9]|1[0-4])') AND regexp_full_match(feedetl_sn, '[0-9]{16}')`,
      ),
    ).toBe(0);
    expect(
      await bad('setl', `med_type = '41' OR regexp_full_match(dise_codg, '[A-Z][0-9]{2}\\.[0-9x][0-9]{2}')`),
    ).toBe(0);
    expect(
      await bad(
        'medins',
        `regexp_full_match(fixmedins_code, '[HP][0-9]{11}') AND regexp_full_match(admdvs, '[0-9]{6}')`,
      ),
    ).toBe(0);
    expect(
      await bad(
        'psn',
        `regexp_full_match(psn_no, '[0-9]{18}') AND regexp_full_match(certno, '[0-9]{17}[0-9X]')
      AND gend IN ('1', '2') AND insutype IN ('310', '390') AND regexp_full_match(insu_admdvs, '[0-9]{6}')`,
      ),
    ).toBe(0);
    expect(await bad('setl', `med_type = '41' OR regexp_full_match(atddr_no, 'D[0-9]{13}')`)).toBe(0);
    const kinds = await engine.rows<{ kind: string; n: number }>(
      'SELECT kind, count(*) AS n FROM kb_restriction GROUP BY kind ORDER BY kind',
    );
    expect(kinds.map((k) => k.kind)).toEqual(['child', 'medins_lv', 'sex']);
  });

  it('gives identity numbers a valid check digit matching birth date and sex', async () => {
    const people = await engine.rows<{ certno: string; brdy: string; gend: string }>(
      'SELECT certno, brdy, gend FROM psn',
    );
    for (const p of people) {
      expect(p.certno.slice(17)).toBe(idCheckDigit(p.certno.slice(0, 17)));
      expect(p.certno.slice(6, 14)).toBe(p.brdy.replaceAll('-', ''));
      expect(Number(p.certno[16]) % 2).toBe(p.gend === '1' ? 1 : 0);
    }
  });

  it('keeps fee times within the visit and stays from overlapping', async () => {
    expect(
      await count(`SELECT * FROM fee f JOIN setl s USING (setl_id)
      WHERE CAST(f.fee_ocur_time AS TIMESTAMP) NOT BETWEEN CAST(s.begndate AS TIMESTAMP) AND CAST(s.enddate AS TIMESTAMP)`),
    ).toBe(0);
    expect(
      await count(`SELECT * FROM setl WHERE CAST(setl_time AS TIMESTAMP) < CAST(enddate AS TIMESTAMP)
      OR CAST(enddate AS TIMESTAMP) < CAST(begndate AS TIMESTAMP)`),
    ).toBe(0);
    expect(
      await count(`SELECT * FROM stays a JOIN stays b ON a.psn_no = b.psn_no AND a.setl_id < b.setl_id
      AND a.b < b.e AND b.b < a.e`),
    ).toBe(0);
    // Never two patients in one bed at the same time.
    expect(
      await count(`SELECT * FROM stays a JOIN stays b ON a.fixmedins_code = b.fixmedins_code AND a.bedno = b.bedno
      AND a.setl_id < b.setl_id AND a.b < b.e AND b.b < a.e`),
    ).toBe(0);
    // No outpatient visit or purchase while the person is in hospital.
    expect(
      await count(`SELECT * FROM setl o JOIN stays s ON o.psn_no = s.psn_no AND o.med_type <> '21'
      AND CAST(o.begndate AS TIMESTAMP) BETWEEN s.b AND s.e`),
    ).toBe(0);
    // Inpatients are billed a bed every day of their stay.
    expect(
      await count(`SELECT * FROM stays s WHERE s.bedno IS NULL OR (SELECT count(*) FROM fee f
      WHERE f.setl_id = s.setl_id AND f.med_chrgitm_type = '01') <> greatest(1, date_diff('day', CAST(s.b AS DATE), CAST(s.e AS DATE)))`),
    ).toBe(0);
  });

  it('has plausible distributions', async () => {
    const ages =
      await one(`SELECT min(date_diff('year', CAST(p.brdy AS DATE), CAST(s.begndate AS DATE))) AS lo,
        max(date_diff('year', CAST(p.brdy AS DATE), CAST(s.begndate AS DATE))) AS hi,
        avg(CASE WHEN date_diff('year', CAST(p.brdy AS DATE), DATE '2024-07-01') < 18 THEN 1 ELSE 0 END) AS children,
        avg(CASE WHEN date_diff('year', CAST(p.brdy AS DATE), DATE '2024-07-01') >= 60 THEN 1 ELSE 0 END) AS elderly
      FROM setl s JOIN psn p USING (psn_no)`);
    expect(Number(ages.lo)).toBeGreaterThanOrEqual(0);
    expect(Number(ages.hi)).toBeLessThanOrEqual(101);
    expect(Number(ages.children)).toBeGreaterThan(0.05);
    expect(Number(ages.elderly)).toBeGreaterThan(0.2);
    const los = await one(`SELECT count(*) AS n,
        avg(CASE WHEN date_diff('day', CAST(b AS DATE), CAST(e AS DATE)) BETWEEN 2 AND 30 THEN 1 ELSE 0 END) AS usual,
        median(date_diff('day', CAST(b AS DATE), CAST(e AS DATE))) AS med FROM stays`);
    expect(Number(los.n)).toBeGreaterThan(150);
    expect(Number(los.usual)).toBeGreaterThan(0.9);
    expect(Number(los.med)).toBeGreaterThanOrEqual(5);
    expect(Number(los.med)).toBeLessThanOrEqual(12);
    const shape = await one(`SELECT (SELECT count(*) FROM fee) / count(*) AS per_setl,
        avg(CASE WHEN med_type = '21' THEN 1 ELSE 0 END) AS ip_share FROM setl`);
    expect(Number(shape.per_setl)).toBeGreaterThan(10);
    expect(Number(shape.per_setl)).toBeLessThan(25);
    expect(Number(shape.ip_share)).toBeGreaterThan(0.05);
    expect(Number(shape.ip_share)).toBeLessThan(0.2);
    const cost = await engine.rows<{ medins_lv: string; avg_cost: number }>(`SELECT medins_lv,
        avg(CAST(medfee_sumamt AS DOUBLE)) AS avg_cost FROM stays GROUP BY medins_lv ORDER BY medins_lv`);
    expect(cost.map((c) => c.medins_lv)).toEqual(['1', '2', '3']);
    expect(cost[0]!.avg_cost).toBeLessThan(cost[2]!.avg_cost);
  });

  it('is consistent with kb_restriction, apart from the noise and the planted scenarios', async () => {
    // The demo plants scenarios (限性别/限儿童 lines, resold hospital-only drugs bought at pharmacies…):
    // the answer key lists their settlements.
    const violations = (kind: string, cond: string) =>
      count(`SELECT * FROM fee f JOIN kb_restriction k ON k.code = f.hilist_code AND k.kind = '${kind}'
        JOIN psn p USING (psn_no) JOIN setl s USING (setl_id) WHERE ${cond}
        AND f.setl_id NOT IN (SELECT setl_id FROM answers WHERE setl_id IS NOT NULL)`);
    expect(await violations('sex', 'p.gend <> k.param')).toBe(0);
    expect(await violations('medins_lv', `coalesce(s.medins_lv, '0') < k.param`)).toBe(0);
    const adultAge = `date_diff('year', CAST(p.brdy AS DATE), CAST(f.fee_ocur_time AS DATE))
      - CASE WHEN strftime(CAST(f.fee_ocur_time AS DATE), '%m%d') < strftime(CAST(p.brdy AS DATE), '%m%d') THEN 1 ELSE 0 END >= CAST(k.param AS INTEGER)`;
    const adults = await violations('child', adultAge);
    const all = await violations('child', 'true');
    expect(adults).toBeGreaterThan(0);
    expect(adults / all).toBeLessThan(0.1);
  });

  it('contains legitimate readmissions within 15 days, and chemotherapy cycles', async () => {
    const readmissions = await count(`SELECT * FROM (
        SELECT psn_no, fixmedins_code, b, lag(e) OVER (PARTITION BY psn_no, fixmedins_code ORDER BY b) AS prev FROM stays)
      WHERE date_diff('day', CAST(prev AS DATE), CAST(b AS DATE)) BETWEEN 0 AND 15`);
    expect(readmissions).toBeGreaterThan(0);
    expect(await count(`SELECT * FROM stays WHERE dise_codg = 'Z51.100'`)).toBeGreaterThan(0);
  });
});
