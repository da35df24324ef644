import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_LINE_FIELDS, itemNameSql, lineIdentitySql, yuanSql } from './fee-line-sql';

/**
 * 医疗服务项目超限定报销总额: an item's charges in one settlement add up to more than its cap
 * (`kb_restriction` kind `total_cap`, param = yuan). Lines are summed in charge-time order; the part of
 * each line past the cap is violating, so the lines' amounts add up to the excess; lines within the cap
 * are related.
 */
export const serviceTotalCap = defineRule({
  id: 'GZ10000102015000',
  name: msg('医疗服务项目超限定报销总额', 'Service item over its reimbursement cap'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient'],
  window: 'visit',
  needs: {
    fields: {
      fee: [...FEE_LINE_FIELDS, 'fee_ocur_time', 'det_item_fee_sumamt'],
    },
    knowledge: [{ table: 'kb_restriction', kind: 'total_cap' }],
  },
  parameters: [],
  basis: msg(
    '医疗服务项目限定了每次就诊的最高报销总额，超出部分不予支付（规则库 1.0 GZ10000102015000 医疗服务项目超限定报销总额）。',
    'The catalogue caps what is reimbursed for this item per visit; the excess is not paid (rule base 1.0 GZ10000102015000).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH caps AS (
  SELECT code, min(try_cast(trim(param) AS DECIMAL(18,2))) AS cap FROM kb_restriction
  WHERE kind = 'total_cap' GROUP BY code HAVING min(try_cast(trim(param) AS DECIMAL(18,2))) >= 0
),
capped AS (
  SELECT f.*, c.cap FROM fee f JOIN caps c ON c.code = f.hilist_code WHERE f.det_item_fee_sumamt IS NOT NULL
),
over_totals AS (SELECT setl_id, hilist_code FROM capped GROUP BY ALL HAVING sum(det_item_fee_sumamt) > min(cap)),
summed AS (
  SELECT f.*, sum(f.det_item_fee_sumamt) OVER s AS total,
    sum(f.det_item_fee_sumamt) OVER (s ORDER BY f.fee_ocur_time NULLS LAST, f.feedetl_sn
      ROWS UNBOUNDED PRECEDING) AS cum
  FROM capped f SEMI JOIN over_totals o ON o.setl_id = f.setl_id AND o.hilist_code = f.hilist_code
  WINDOW s AS (PARTITION BY f.setl_id, f.hilist_code)
),
over_cap AS (
  SELECT *, greatest(0, least(det_item_fee_sumamt, cum - cap)) AS excess FROM summed WHERE total > cap
)
SELECT o.setl_id || '|' || o.hilist_code AS finding_key, ${lineIdentitySql('o')},
  CASE WHEN o.excess > 0 THEN 1 ELSE 2 END AS vola_item_type,
  CASE WHEN o.excess > 0 THEN o.excess ELSE o.det_item_fee_sumamt END AS amount,
  '项目“' || ${itemNameSql('o')} || '”本次结算共收费 ' || ${yuanSql('o.total')} || ' 元，超过限定报销总额 '
    || ${yuanSql('o.cap')} || ' 元 ' || ${yuanSql('o.total - o.cap')} || ' 元' AS vola_cont,
  'Item "' || ${itemNameSql('o')} || '" was charged ' || ${yuanSql('o.total')} || ' yuan in this settlement, '
    || ${yuanSql('o.total - o.cap')} || ' yuan over its cap of ' || ${yuanSql('o.cap')} || ' yuan' AS vola_cont_en
FROM over_cap o
`,
});
