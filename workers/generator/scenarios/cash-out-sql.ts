/**
 * How pharmacy cash-out (套现) is found, as SQL over the canonical `setl` table: pharmacy settlements
 * (med_type 41) of a round sum (a multiple of 100 yuan, at least `min_yuan`) at a pharmacy where
 * `min_people` or more people settle round sums within one hour, and the personal account pays at least
 * `min_acct_share` of that hour's round sums. One row per flagged settlement, with the indicators.
 */
export function cashOutSql(minYuan = 100, minPeople = 4, minAcctShare = 0.4): string {
  return `
WITH r AS (
  SELECT setl_id, psn_no, fixmedins_code, CAST(setl_time AS TIMESTAMP) AS t, medfee_sumamt, acct_pay
  FROM setl
  WHERE trim(med_type) = '41' AND medfee_sumamt >= ${minYuan} AND medfee_sumamt % 100 = 0
),
burst AS (
  SELECT a.fixmedins_code, a.t AS t0, count(DISTINCT b.psn_no) AS people,
    sum(coalesce(b.acct_pay, 0)) / sum(b.medfee_sumamt) AS acct_share
  FROM r a JOIN r b ON b.fixmedins_code = a.fixmedins_code AND b.t BETWEEN a.t AND a.t + INTERVAL 60 MINUTE
  GROUP BY ALL HAVING count(DISTINCT b.psn_no) >= ${minPeople}
)
SELECT r.setl_id, r.psn_no, r.fixmedins_code, r.t AS setl_time, r.medfee_sumamt, max(b.people) AS people,
  max(b.acct_share) AS acct_share
FROM r JOIN burst b ON b.fixmedins_code = r.fixmedins_code AND r.t BETWEEN b.t0 AND b.t0 + INTERVAL 60 MINUTE
WHERE b.acct_share >= ${minAcctShare}
GROUP BY ALL`;
}
