/**
 * How 串换 (a cheap consumable billed under a high-value consumable's code) is found, as SQL over the
 * canonical `fee` table: a consumable line (收费项目类别 08) of at least `min_yuan` per unit on a day of
 * its settlement that has no surgery line (06). In ordinary care every high-value consumable the
 * generator bills (sutures, trocars, stents, prostheses) is billed with its operation, at the same
 * time, so a lone one is the planted substitution. Returns one row per flagged line.
 */
export function substitutionSql(minYuan = 100): string {
  return `
SELECT f.feedetl_sn, f.setl_id, f.psn_no, f.fixmedins_code, f.hilist_code, f.det_item_fee_sumamt
FROM fee f
WHERE trim(f.med_chrgitm_type) = '08' AND f.pric >= ${minYuan}
  AND NOT EXISTS (
    SELECT 1 FROM fee g
    WHERE g.setl_id = f.setl_id AND trim(g.med_chrgitm_type) = '06'
      AND CAST(g.fee_ocur_time AS DATE) = CAST(f.fee_ocur_time AS DATE)
  )`;
}
