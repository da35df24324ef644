import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { daySql, FEE_LINE_FIELDS } from './fee-line-sql';
import { frequencyExcessSql } from './frequency-excess-sql';

/**
 * 医疗服务项目限定频次: more units of an item than `kb_frequency` allows per day (period `day`) or per
 * settlement (period `visit`). Units are counted in charge-time order; the lines past the limit are
 * violating for the units beyond it, the lines within it are related.
 */
export const serviceFrequency = defineRule({
  id: 'GZ10000102014000',
  name: msg('医疗服务项目限定频次', 'Service item over its frequency limit'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超标准收费', 'Charging above the standard'),
  scenes: ['inpatient', 'outpatient'],
  window: 'day',
  needs: {
    fields: {
      fee: [...FEE_LINE_FIELDS, 'fee_ocur_time', 'cnt', 'pric', 'det_item_fee_sumamt'],
    },
    knowledge: [{ table: 'kb_frequency' }],
  },
  parameters: [],
  basis: msg(
    '医疗服务价格项目规范限定了该项目的计价频次（如每日、每次住院），超出部分不予支付（规则库 1.0 GZ10000102014000 医疗服务项目限定频次）。',
    'The service price schedule limits how often this item is charged (per day, per stay); the excess is not paid (rule base 1.0 GZ10000102014000).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH lim AS (
  SELECT code, lower(trim(period)) AS period, min(max_cnt) AS max_cnt FROM kb_frequency
  WHERE lower(trim(period)) IN ('day', 'visit') AND max_cnt >= 0 GROUP BY ALL
),
uses AS (
  SELECT f.*, lim.period, lim.max_cnt, CASE WHEN lim.period = 'day' THEN ${daySql('f.fee_ocur_time')} END AS d
  FROM fee f JOIN lim ON lim.code = f.hilist_code
  WHERE f.cnt > 0 AND (lim.period = 'visit' OR f.fee_ocur_time IS NOT NULL)
),
over_buckets AS (
  SELECT setl_id, hilist_code, period, d FROM uses GROUP BY ALL HAVING sum(cnt) > min(max_cnt)
),
counted AS (
  SELECT f.*, f.setl_id || '|' || f.hilist_code || '|' || coalesce(CAST(f.d AS VARCHAR), 'visit') AS finding_key,
    sum(f.cnt) OVER b AS total,
    greatest(0, least(f.cnt, coalesce(sum(f.cnt) OVER (b ORDER BY f.fee_ocur_time NULLS LAST, f.feedetl_sn
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) + f.cnt - f.max_cnt)) AS excess
  FROM uses f SEMI JOIN over_buckets o ON o.setl_id = f.setl_id AND o.hilist_code = f.hilist_code
    AND o.period = f.period AND o.d IS NOT DISTINCT FROM f.d
  WINDOW b AS (PARTITION BY f.setl_id, f.hilist_code, f.period, f.d)
),
over_limit AS (SELECT *, total - max_cnt AS over FROM counted WHERE total > max_cnt)
${frequencyExcessSql('over_limit', {
  limitZh: `CASE WHEN r.period = 'day' THEN '每日' ELSE '每次就诊' END`,
  limitEn: `CASE WHEN r.period = 'day' THEN 'per day' ELSE 'per visit' END`,
  scopeZh: `CASE WHEN r.period = 'day' THEN r.d || ' 当日' ELSE '本次结算' END`,
  scopeEn: `CASE WHEN r.period = 'day' THEN 'on ' || r.d ELSE 'in this settlement' END`,
})}
`,
});
