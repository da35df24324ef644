import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';

/**
 * 医疗服务项目限支付疗程: a service item (15-digit code) paid for at most `param` days (kb_restriction
 * `course_days`; several rows for one code: the smallest) used by one person on more distinct days within
 * any `lookback_days` consecutive calendar days, across settlements and institutions.
 *
 * The claims carry no episode of illness, so the course is a sliding window: a day of use is violating when
 * it is more than the `param`-th day of use counted from the earliest use in the `lookback_days` ending on
 * it. A day counts when the item's net amount that day is positive. Lines on violating days are violating
 * at their whole amount; lines of the earlier days in a violating day's window are related. One finding
 * per person and item. Severity 高度可疑: a new episode within the window may justify a new course.
 */
export const serviceCourseDays = defineRule({
  id: 'GZ10000102010000',
  name: msg('医疗服务项目限支付疗程', 'Service item over the paid course'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service item policy restrictions'),
  resultType: '明确违规',
  severity: '高度可疑',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient'],
  window: 'days',
  needs: {
    fields: {
      fee: [...FEE_FINDING_FIELDS, 'fee_ocur_time'],
    },
    knowledge: [{ table: 'kb_restriction', kind: 'course_days' }],
  },
  parameters: [
    {
      name: 'lookback_days',
      label: msg('计算疗程的滑动周期（天）', 'Sliding period in which the course is counted (days)'),
      kind: 'integer',
      default: 365,
      min: 1,
      max: 3650,
      unit: msg('天', 'days'),
    },
  ],
  basis: msg(
    '医疗服务项目分类与代码中限定支付疗程的项目，使用日期总计超过限定天数的部分不予支付（规则库 1.0 GZ10000102010000）。',
    'Service items paid for a limited number of days: days of use beyond the limit are not paid (rule base 1.0 GZ10000102010000).',
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
  WHERE regexp_matches(f.hilist_code, '^[0-9]{15}') AND f.psn_no IS NOT NULL AND f.fee_ocur_time IS NOT NULL
),
days AS (
  SELECT psn_no, hilist_code, day, any_value(max_days) AS max_days,
    count(*) OVER (PARTITION BY psn_no, hilist_code ORDER BY day
      RANGE BETWEEN to_days(CAST($lookback_days AS INTEGER) - 1) PRECEDING AND CURRENT ROW) AS n_window
  FROM l GROUP BY psn_no, hilist_code, day HAVING sum(det_item_fee_sumamt) > 0
),
flag AS (
  SELECT *, n_window > max_days AS is_over,
    min(CASE WHEN n_window > max_days THEN day END) OVER (PARTITION BY psn_no, hilist_code ORDER BY day
      ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS next_over,
    max(n_window) OVER (PARTITION BY psn_no, hilist_code) AS most
  FROM days
)
SELECT l.psn_no || '|' || l.hilist_code AS finding_key, l.psn_no, l.mdtrt_id, l.setl_id, l.fixmedins_code,
  l.bilg_dr_code AS dr_code, l.feedetl_sn, CASE WHEN d.is_over THEN 1 ELSE 2 END AS vola_item_type,
  l.det_item_fee_sumamt AS amount,
  '医疗服务项目“' || coalesce(l.hilist_name, l.hilist_code) || '”限支付 ' || d.max_days || ' 天，' || CAST($lookback_days AS INTEGER)
    || ' 天内最多使用 ' || d.most || ' 天' AS vola_cont,
  'Service item "' || coalesce(l.hilist_name, l.hilist_code) || '" is paid for at most ' || d.max_days
    || ' days; used on up to ' || d.most || ' days within ' || CAST($lookback_days AS INTEGER) || ' days' AS vola_cont_en
FROM l JOIN flag d ON d.psn_no = l.psn_no AND d.hilist_code = l.hilist_code AND d.day = l.day
WHERE d.is_over OR date_diff('day', d.day, d.next_over) < $lookback_days
`,
});
