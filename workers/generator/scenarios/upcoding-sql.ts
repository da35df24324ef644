/**
 * How 高套编码 is found, as SQL over the canonical `setl` and `medins` tables: each hospital's share of
 * stays grouped with a complication (CHS-DRG code ending in 1 MCC or 3 CC) against the other hospitals
 * of its level (leave-one-out mean and standard deviation); a hospital with a z-score of `z` or more has
 * its CC/MCC stays flagged. One row per flagged stay, with the hospital's share and z-score.
 */
export function upcodingSql(z = 3, minStays = 10): string {
  return `
WITH st AS (
  SELECT s.setl_id, s.psn_no, s.fixmedins_code, s.drg_code, coalesce(m.medins_lv, s.medins_lv) AS lv,
    right(trim(s.drg_code), 1) IN ('1', '3') AS cc
  FROM setl s LEFT JOIN medins m USING (fixmedins_code)
  WHERE trim(s.med_type) = '21' AND s.drg_code IS NOT NULL
),
h AS (SELECT fixmedins_code, any_value(lv) AS lv, avg(CAST(cc AS INTEGER)) AS share FROM st GROUP BY 1 HAVING count(*) >= ${minStays}),
z AS (
  SELECT a.fixmedins_code, a.share, (a.share - avg(b.share)) / nullif(stddev_samp(b.share), 0) AS z_score
  FROM h a JOIN h b ON b.lv = a.lv AND b.fixmedins_code <> a.fixmedins_code GROUP BY a.fixmedins_code, a.share
  HAVING count(*) >= 2
)
SELECT st.setl_id, st.psn_no, st.fixmedins_code, st.drg_code, z.share, z.z_score
FROM st JOIN z USING (fixmedins_code) WHERE st.cc AND z.z_score >= ${z}`;
}
