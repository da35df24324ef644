import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { daySql, lineIdentitySql, yuanSql } from './fee-line-sql';

/**
 * 计费日期与住院时间不符: a fee line of an inpatient settlement dated before the admission day or after the
 * discharge day, by more than the tolerance in days. One finding per settlement; each such line is
 * violating at its whole amount. A stay without a discharge date is checked against admission only.
 */
export const chargeOutsideStay = defineRule({
  id: 'GZ10000201008000',
  name: msg('计费日期与住院时间不符', 'Charge dated outside the stay'),
  tier: '管理类',
  subclass: msg('信息数据监管类', 'Data supervision'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('计费时间异常', 'Charge date outside the stay'),
  scenes: ['inpatient'],
  window: 'visit',
  needs: {
    fields: {
      setl: ['setl_id', 'med_type', 'begndate', 'enddate'],
      // What the check reads: the line, its settlement and date, its amount. The person, institution,
      // doctor and item only name the finding (NULL columns when unmapped).
      fee: ['feedetl_sn', 'setl_id', 'fee_ocur_time', 'det_item_fee_sumamt'],
    },
  },
  parameters: [
    {
      name: 'tolerance_days',
      label: msg(
        '允许早于入院或晚于出院的天数',
        'Days a charge may fall before admission or after discharge',
      ),
      kind: 'integer',
      default: 0,
      min: 0,
      max: 30,
      unit: msg('天', 'days'),
    },
  ],
  basis: msg(
    '规则库 1.0 GZ10000201008000 计费日期与住院时间不符：收费项目的计费日期不在住院时间范围内。',
    'Rule base 1.0 GZ10000201008000: a charge whose date is not within the inpatient stay.',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH stays AS (
  SELECT setl_id, ${daySql('begndate')} AS b, ${daySql('enddate')} AS e FROM setl
  WHERE cl_scene(med_type) = 'inpatient' AND begndate IS NOT NULL
),
outside AS (
  SELECT f.*, s.b, s.e, ${daySql('f.fee_ocur_time')} AS d,
    count(*) OVER (PARTITION BY f.setl_id) AS n, sum(f.det_item_fee_sumamt) OVER (PARTITION BY f.setl_id) AS total,
    min(${daySql('f.fee_ocur_time')}) OVER (PARTITION BY f.setl_id) AS first_day,
    max(${daySql('f.fee_ocur_time')}) OVER (PARTITION BY f.setl_id) AS last_day
  FROM fee f JOIN stays s ON s.setl_id = f.setl_id
  WHERE date_diff('day', ${daySql('f.fee_ocur_time')}, s.b) > $tolerance_days
    OR date_diff('day', s.e, ${daySql('f.fee_ocur_time')}) > $tolerance_days
)
SELECT o.setl_id AS finding_key, ${lineIdentitySql('o')}, 1 AS vola_item_type, o.det_item_fee_sumamt AS amount,
  o.n || ' 条费用明细的计费日期（' || o.first_day || ' 至 ' || o.last_day || '）不在住院期间 ' || o.b || ' 至 '
    || coalesce(CAST(o.e AS VARCHAR), '未出院') || ' 内，合计 ' || ${yuanSql('o.total')} || ' 元' AS vola_cont,
  o.n || ' fee lines are dated (' || o.first_day || ' to ' || o.last_day || ') outside the stay from ' || o.b || ' to '
    || coalesce(CAST(o.e AS VARCHAR), 'not yet discharged') || ', ' || ${yuanSql('o.total')} || ' yuan in all' AS vola_cont_en
FROM outside o
`,
});
