/**
 * How a doctor prescribing far above peers is found, as SQL over the canonical `setl` and `fee`
 * tables: for each doctor with at least `min_visits` outpatient visits (med_type 11, 14) and each drug
 * (charge types 09, 11), the amount of the drug per visit of the doctor; the peers are the other
 * doctors of the same department who prescribe it (all departments' when fewer than `min_peers`). A
 * doctor is an outlier for a drug when their amount per visit is at least `k` times the peers' median
 * (specialists who prescribe a drug daily are compared with their own department, not with everyone).
 * One row per fee line of an outlier doctor's drug, with the ratio.
 */
export function doctorOutlierSql(k = 6, minPeers = 3, minVisits = 1): string {
  return `
WITH v AS (
  SELECT atddr_no AS dr, count(*) AS visits FROM setl
  WHERE trim(med_type) IN ('11', '14') AND atddr_no IS NOT NULL GROUP BY 1 HAVING count(*) >= ${minVisits}
),
d AS (
  SELECT f.bilg_dr_code AS dr, any_value(f.bilg_dept_code) AS dept, f.hilist_code,
    sum(f.det_item_fee_sumamt) AS amount
  FROM fee f JOIN setl s USING (setl_id)
  WHERE trim(s.med_type) IN ('11', '14') AND trim(f.med_chrgitm_type) IN ('09', '11') GROUP BY f.bilg_dr_code, f.hilist_code
),
r AS (SELECT d.*, d.amount / v.visits AS per_visit FROM d JOIN v USING (dr)),
peer AS (
  SELECT a.dr, a.hilist_code, a.per_visit,
    median(b.per_visit) FILTER (WHERE b.dept = a.dept) AS dept_median,
    count(*) FILTER (WHERE b.dept = a.dept) AS dept_peers, median(b.per_visit) AS all_median
  FROM r a JOIN r b ON b.hilist_code = a.hilist_code AND b.dr <> a.dr GROUP BY a.dr, a.hilist_code, a.per_visit
  HAVING count(*) >= ${minPeers}
),
o AS (
  SELECT dr, hilist_code, per_visit / CASE WHEN dept_peers >= ${minPeers} THEN dept_median ELSE all_median END AS ratio
  FROM peer
)
SELECT f.feedetl_sn, f.setl_id, f.psn_no, f.fixmedins_code, f.bilg_dr_code, f.hilist_code, o.ratio
FROM fee f JOIN setl s USING (setl_id) JOIN o ON o.dr = f.bilg_dr_code AND o.hilist_code = f.hilist_code
WHERE trim(s.med_type) IN ('11', '14') AND o.ratio >= ${k}`;
}
