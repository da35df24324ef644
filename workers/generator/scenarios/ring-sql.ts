/**
 * How 虚假住院 rings are found, as SQL over the canonical `setl` and `fee` tables: pairs of people
 * admitted to the same hospital on the same day at least `min_shared` times; their shared-date stays
 * are flagged when, per person and hospital, stay lengths are uniform (standard deviation ≤ `max_los_sd`
 * days) and treatment (治疗, 手术, 卫材, 药品: charge types 05 06 08 09 10 11) is at most
 * `max_treat_share` of the bill. One row per flagged stay, with the indicators.
 */
export function fakeHospitalRingSql(minShared = 2, maxLosSd = 1, maxTreatShare = 0.2): string {
  return `
WITH st AS (
  SELECT setl_id, psn_no, fixmedins_code, CAST(begndate AS DATE) AS d, medfee_sumamt,
    date_diff('day', CAST(begndate AS DATE), CAST(enddate AS DATE)) AS los
  FROM setl WHERE trim(med_type) = '21'
),
shared AS (
  SELECT a.setl_id, a.psn_no, a.fixmedins_code, b.psn_no AS partner
  FROM st a JOIN st b ON b.fixmedins_code = a.fixmedins_code AND b.d = a.d AND b.psn_no <> a.psn_no
),
pairs AS (
  SELECT psn_no, fixmedins_code, partner FROM shared GROUP BY ALL HAVING count(DISTINCT setl_id) >= ${minShared}
),
stays AS (
  SELECT DISTINCT s.setl_id FROM shared s JOIN pairs p USING (psn_no, fixmedins_code, partner)
),
treat AS (
  SELECT setl_id, sum(det_item_fee_sumamt) FILTER (
    WHERE trim(med_chrgitm_type) IN ('05', '06', '08', '09', '10', '11')) AS treat_amt
  FROM fee WHERE setl_id IN (SELECT setl_id FROM stays) GROUP BY setl_id
),
ind AS (
  SELECT st.*, coalesce(t.treat_amt, 0) / nullif(st.medfee_sumamt, 0) AS treat_share,
    stddev_pop(st.los) OVER (PARTITION BY st.psn_no, st.fixmedins_code) AS los_sd,
    count(*) OVER (PARTITION BY st.psn_no, st.fixmedins_code) AS shared_stays
  FROM st JOIN stays USING (setl_id) LEFT JOIN treat t USING (setl_id)
)
SELECT setl_id, psn_no, fixmedins_code, d AS begndate, los, shared_stays, los_sd, treat_share, medfee_sumamt
FROM ind WHERE los_sd <= ${maxLosSd} AND treat_share <= ${maxTreatShare}`;
}
