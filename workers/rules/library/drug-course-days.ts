import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';

/**
 * 药品限支付疗程: a drug paid for at most `param` days (kb_restriction `course_days`; several rows for one
 * code: the smallest) billed on more distinct days within one settlement. A day counts when the drug's net
 * amount that day is positive (a line refunded the same day does not make a day). The lines of the days
 * after the first `param` counted days are violating at their whole amount (refund lines on those days
 * net off); the lines of the first `param` days are related. Exactly `param` days is not a finding. One
 * finding per settlement and drug.
 */
export const drugCourseDays = defineRule({
  id: 'GZ10000101010000',
  name: msg('药品限支付疗程', 'Drug over the paid course'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'visit',
  needs: {
    fields: { fee: [...FEE_FINDING_FIELDS, 'fee_ocur_time'] },
    knowledge: [{ table: 'kb_restriction', kind: 'course_days' }],
  },
  parameters: [],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》限定支付疗程的药品，使用日期总计超过限定天数的部分不予支付（规则库 1.0 GZ10000101010000）。',
    'The national drug catalogue pays for this drug for a limited number of days; days of use beyond the limit are not paid (rule base 1.0 GZ10000101010000).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH k AS (
  SELECT code, min(try_cast(trim(param) AS INTEGER)) AS max_days
  FROM kb_restriction WHERE kind = 'course_days' GROUP BY code HAVING max_days IS NOT NULL
),
l AS (
  SELECT f.*, CAST(f.fee_ocur_time AS DATE) AS day, k.max_days
  FROM fee f JOIN k ON k.code = f.hilist_code
  WHERE regexp_matches(f.hilist_code, '^[XZ]') AND f.setl_id IS NOT NULL AND f.fee_ocur_time IS NOT NULL
),
days AS (
  SELECT setl_id, hilist_code, day, row_number() OVER (PARTITION BY setl_id, hilist_code ORDER BY day) AS nth,
    count(*) OVER (PARTITION BY setl_id, hilist_code) AS n_days
  FROM l GROUP BY setl_id, hilist_code, day HAVING sum(det_item_fee_sumamt) > 0
)
SELECT l.setl_id || '|' || l.hilist_code AS finding_key, l.psn_no, l.mdtrt_id, l.setl_id, l.fixmedins_code,
  l.bilg_dr_code AS dr_code, l.feedetl_sn, CASE WHEN d.nth > l.max_days THEN 1 ELSE 2 END AS vola_item_type,
  l.det_item_fee_sumamt AS amount,
  '药品“' || coalesce(l.hilist_name, l.hilist_code) || '”限支付 ' || l.max_days || ' 天，本次结算使用 ' || d.n_days
    || ' 天，超出 ' || (d.n_days - l.max_days) || ' 天' AS vola_cont,
  'Drug "' || coalesce(l.hilist_name, l.hilist_code) || '" is paid for at most ' || l.max_days
    || ' days; this settlement has ' || d.n_days || ' days, ' || (d.n_days - l.max_days) || ' over' AS vola_cont_en
FROM l JOIN days d ON d.setl_id = l.setl_id AND d.hilist_code = l.hilist_code AND d.day = l.day
WHERE d.n_days > l.max_days
`,
});
