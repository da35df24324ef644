/**
 * How drug resale is found, as SQL over the canonical `setl` and `fee` tables, from pharmacy purchases
 * (med_type 41) of one drug priced at least `min_yuan` a unit: (1) a person buying it at `min_shops` or
 * more pharmacies with `min_boxes` or more units in all within 30 days (all those purchases); (2) a
 * middleman's cards: `min_people` or more people buying it at one pharmacy within one hour (those
 * purchases). One row per flagged settlement, with which signal flagged it.
 */
export function drugResaleSql(minYuan = 50, minShops = 4, minBoxes = 15, minPeople = 4): string {
  return `
WITH p AS (
  SELECT f.setl_id, f.psn_no, f.fixmedins_code, f.hilist_code, CAST(f.fee_ocur_time AS TIMESTAMP) AS t,
    CAST(f.fee_ocur_time AS DATE) AS d, f.cnt
  FROM fee f JOIN setl s USING (setl_id)
  WHERE trim(s.med_type) = '41' AND f.pric >= ${minYuan}
),
win AS (
  SELECT a.psn_no, a.hilist_code, a.d AS d0
  FROM p a JOIN p b ON b.psn_no = a.psn_no AND b.hilist_code = a.hilist_code AND b.d BETWEEN a.d AND a.d + 29
  GROUP BY ALL HAVING count(DISTINCT b.fixmedins_code) >= ${minShops} AND sum(b.cnt) >= ${minBoxes}
),
shops AS (
  SELECT DISTINCT p.setl_id, p.psn_no, p.fixmedins_code, 'many pharmacies' AS signal
  FROM p JOIN win w ON w.psn_no = p.psn_no AND w.hilist_code = p.hilist_code AND p.d BETWEEN w.d0 AND w.d0 + 29
),
cards AS (
  SELECT a.fixmedins_code, a.hilist_code, a.t AS t0
  FROM p a JOIN p b ON b.fixmedins_code = a.fixmedins_code AND b.hilist_code = a.hilist_code
    AND b.t BETWEEN a.t AND a.t + INTERVAL 60 MINUTE
  GROUP BY ALL HAVING count(DISTINCT b.psn_no) >= ${minPeople}
),
linked AS (
  SELECT DISTINCT p.setl_id, p.psn_no, p.fixmedins_code, 'one pharmacy, many cards' AS signal
  FROM p JOIN cards c ON c.fixmedins_code = p.fixmedins_code AND c.hilist_code = p.hilist_code
    AND p.t BETWEEN c.t0 AND c.t0 + INTERVAL 60 MINUTE
)
SELECT setl_id, psn_no, fixmedins_code, string_agg(DISTINCT signal, '; ') AS signal
FROM (SELECT * FROM shops UNION ALL SELECT * FROM linked) GROUP BY ALL`;
}
