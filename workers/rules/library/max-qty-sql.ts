/** What `maxQtySql` builds a query for: one kind of catalogue item, by code shape and name. */
export interface MaxQtySqlOptions {
  /** Regular expression the item codes match, e.g. `^[XZ]` for drugs. */
  readonly codePattern: string;
  /** The kind of item in Chinese (药品) and English (Drug), for the finding's sentence. */
  readonly itemZh: string;
  readonly itemEn: string;
}

/** A quantity as short text: `3`, `2.5` (no trailing zeros). */
const qty = (expr: string): string => `rtrim(rtrim(printf('%.4f', ${expr}), '0'), '.')`;

/**
 * The query of a per-visit quantity cap (kb_restriction `max_qty`; several rows for one code: the smallest
 * cap; rows whose `param` is not a number are ignored): the net quantity (sum of `cnt`, refunds included)
 * of a code in one settlement above the cap. Exactly the cap is not a finding.
 *
 * Amount at issue: the excess quantity (net total − cap) valued at each line's own unit price (line
 * amount ÷ `cnt`), charged to the latest positive lines (by `fee_ocur_time`, then `feedetl_sn`) until the
 * excess is used up. Those lines are violating (1) with the value of their share of the excess; the other
 * lines of the code in the settlement are related (2) at their whole amount. One finding per settlement and
 * code.
 */
export function maxQtySql(options: MaxQtySqlOptions): string {
  const { codePattern, itemZh, itemEn } = options;
  return `
WITH k AS (
  SELECT code, min(try_cast(trim(param) AS DECIMAL(18,4))) AS cap
  FROM kb_restriction WHERE kind = 'max_qty' GROUP BY code HAVING cap IS NOT NULL
),
l AS (
  SELECT f.*, k.cap,
    sum(f.cnt) OVER (PARTITION BY f.setl_id, f.hilist_code) AS total,
    sum(greatest(f.cnt, 0)) OVER (PARTITION BY f.setl_id, f.hilist_code
      ORDER BY f.fee_ocur_time DESC, f.feedetl_sn DESC ROWS UNBOUNDED PRECEDING) AS later_qty
  FROM fee f JOIN k ON k.code = f.hilist_code
  WHERE regexp_matches(f.hilist_code, '${codePattern}') AND f.setl_id IS NOT NULL AND f.cnt IS NOT NULL
),
x AS (
  SELECT *, CASE WHEN cnt > 0 THEN greatest(0, least(cnt, (total - cap) - (later_qty - cnt))) ELSE 0 END AS over_qty
  FROM l WHERE total > cap
)
SELECT setl_id || '|' || hilist_code AS finding_key, psn_no, mdtrt_id, setl_id, fixmedins_code,
  bilg_dr_code AS dr_code, feedetl_sn, CASE WHEN over_qty > 0 THEN 1 ELSE 2 END AS vola_item_type,
  CASE WHEN over_qty > 0 THEN round(det_item_fee_sumamt * over_qty / cnt, 2) ELSE det_item_fee_sumamt END AS amount,
  '${itemZh}“' || coalesce(hilist_name, hilist_code) || '”每次就诊限 ' || ${qty('cap')} || '，本次结算共 '
    || ${qty('total')} || '，超出 ' || ${qty('total - cap')} AS vola_cont,
  '${itemEn} "' || coalesce(hilist_name, hilist_code) || '" is limited to ' || ${qty('cap')}
    || ' per visit; this settlement has ' || ${qty('total')} || ', ' || ${qty('total - cap')} || ' over' AS vola_cont_en
FROM x
`;
}
