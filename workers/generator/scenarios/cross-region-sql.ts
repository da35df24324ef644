/**
 * How 异地就医 cost inflation is found, as SQL over the canonical `setl` and `fee` tables. For each
 * quantity-driven line (exams, labs, treatment, surgery, consumables, drugs: charge types 03–06, 08–11;
 * bed, ward-round, nursing and registration counts follow the stay) of a non-local visit (insu_admdvs ≠
 * mdtrt_admdvs; outpatient 11, inpatient 21), its quantity against the median quantity of the same item
 * for local patients at the same hospital; a visit's ratio is the median over its lines. A hospital
 * whose non-local visits (at least `min_visits`) have a median ratio of `k` or more has those of its
 * non-local visits at `visit_k` or more flagged. One row per flagged settlement, with its ratio and the
 * hospital's: "the same item, the same hospital, k times the quantity for patients from elsewhere".
 */
export function crossRegionSql(k = 2, minVisits = 3, visitK = 1.5): string {
  return `
WITH l AS (
  SELECT f.setl_id, s.psn_no, f.fixmedins_code, f.hilist_code, f.cnt,
    s.insu_admdvs IS DISTINCT FROM s.mdtrt_admdvs AS non_local
  FROM fee f JOIN setl s USING (setl_id)
  WHERE trim(s.med_type) IN ('11', '21') AND trim(f.med_chrgitm_type) IN ('03', '04', '05', '06', '08', '09', '10', '11')
),
usual AS (
  SELECT fixmedins_code, hilist_code, median(cnt) AS local_cnt FROM l WHERE NOT non_local
  GROUP BY ALL HAVING count(*) >= 3
),
v AS (
  SELECT l.setl_id, any_value(l.psn_no) AS psn_no, any_value(l.fixmedins_code) AS fixmedins_code,
    median(l.cnt / u.local_cnt) AS qty_ratio, count(*) AS lines
  FROM l JOIN usual u USING (fixmedins_code, hilist_code) WHERE l.non_local GROUP BY l.setl_id
),
h AS (SELECT fixmedins_code, median(qty_ratio) AS hospital_ratio FROM v GROUP BY 1 HAVING count(*) >= ${minVisits})
SELECT v.setl_id, v.psn_no, v.fixmedins_code, v.qty_ratio, v.lines, h.hospital_ratio
FROM v JOIN h USING (fixmedins_code) WHERE h.hospital_ratio >= ${k} AND v.qty_ratio >= ${visitK}`;
}
