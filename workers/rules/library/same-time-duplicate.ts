import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_LINE_FIELDS, itemNameSql, lineIdentitySql, yuanSql } from './fee-line-sql';

/**
 * 同一项目同一时间重复收费: the same item at the same unit price on several lines of one settlement with
 * the very same charge time. The first line (by line ID) is related, the copies are violating. A group
 * with a refund line (negative quantity or amount) is left alone, and by default so are times of exactly
 * 00:00:00, which are what extracts with dates only carry.
 */
export const sameTimeDuplicate = defineRule({
  id: 'CL-CHG-001',
  name: msg('同一项目同一时间重复收费', 'Same item charged twice at the same time'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('重复收费', 'Duplicate charging'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'line',
  needs: {
    fields: {
      fee: [...FEE_LINE_FIELDS, 'fee_ocur_time', 'cnt', 'pric', 'det_item_fee_sumamt'],
    },
  },
  parameters: [
    {
      name: 'min_copies',
      label: msg('同一时间至少几条相同明细才计', 'Identical lines at one time before flagging'),
      kind: 'integer',
      default: 2,
      min: 2,
      max: 20,
    },
    {
      name: 'ignore_midnight',
      label: msg(
        '忽略时间为 00:00:00 的明细（只有日期的数据）：1 是，0 否',
        'Ignore lines timed 00:00:00 (date-only data): 1 yes, 0 no',
      ),
      kind: 'integer',
      default: 1,
      min: 0,
      max: 1,
    },
  ],
  basis: msg(
    '《医疗保障基金使用监督管理条例》第三十八条：重复收费。同一结算中同一项目、同一单价在同一时间出现多条明细。',
    'Regulation on the Use of Medical Security Funds, art. 38: duplicate charging. Several lines of one settlement with the same item, unit price and charge time.',
  ),
  origin: 'regulation',
  sql: `
WITH
-- Candidates first, by an 8-byte hash of the group key: grouping 10 M wide string keys (nearly all
-- unique) would not fit a browser tab's memory. Equality is checked on the real columns below.
hashes AS (
  SELECT hash(f.setl_id, f.hilist_code, f.fee_ocur_time, f.pric) AS h FROM fee f
  WHERE f.fee_ocur_time IS NOT NULL AND f.hilist_code IS NOT NULL AND f.pric IS NOT NULL
  GROUP BY h HAVING count(*) >= 2
),
keyed AS (
  SELECT f.* FROM fee f
  WHERE f.fee_ocur_time IS NOT NULL AND f.hilist_code IS NOT NULL AND f.pric IS NOT NULL
    AND hash(f.setl_id, f.hilist_code, f.fee_ocur_time, f.pric) IN (SELECT h FROM hashes)
    AND ($ignore_midnight = 0 OR CAST(f.fee_ocur_time AS TIME) <> TIME '00:00:00')
),
groups AS (
  SELECT setl_id, hilist_code, fee_ocur_time, pric, count(*) FILTER (WHERE det_item_fee_sumamt > 0) AS n
  FROM keyed GROUP BY ALL
  HAVING n >= $min_copies AND NOT bool_or(coalesce(det_item_fee_sumamt, 0) < 0 OR coalesce(cnt, 0) < 0)
),
copies AS (
  SELECT k.*, g.n,
    row_number() OVER (PARTITION BY k.setl_id, k.hilist_code, k.fee_ocur_time, k.pric ORDER BY k.feedetl_sn) AS rn
  FROM keyed k
  JOIN groups g ON g.setl_id = k.setl_id AND g.hilist_code = k.hilist_code AND g.fee_ocur_time = k.fee_ocur_time
    AND g.pric = k.pric
  WHERE k.det_item_fee_sumamt > 0
)
SELECT c.setl_id || '|' || c.hilist_code || '|' || strftime(c.fee_ocur_time, '%Y-%m-%d %H:%M:%S') || '|'
    || ${yuanSql('c.pric')} AS finding_key,
  ${lineIdentitySql('c')}, CASE WHEN c.rn = 1 THEN 2 ELSE 1 END AS vola_item_type, c.det_item_fee_sumamt AS amount,
  '项目“' || ${itemNameSql('c')} || '”于 ' || strftime(c.fee_ocur_time, '%Y-%m-%d %H:%M:%S') || ' 以相同单价 '
    || ${yuanSql('c.pric')} || ' 元收费 ' || c.n || ' 条，重复 ' || (c.n - 1) || ' 条' AS vola_cont,
  'Item "' || ${itemNameSql('c')} || '" was charged on ' || c.n || ' lines at ' || strftime(c.fee_ocur_time, '%Y-%m-%d %H:%M:%S')
    || ' at the same unit price of ' || ${yuanSql('c.pric')} || ' yuan, ' || (c.n - 1) || ' of them copies' AS vola_cont_en
FROM copies c
`,
});
