import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { daySql, FEE_LINE_FIELDS } from './fee-line-sql';
import { frequencyExcessSql } from './frequency-excess-sql';

const periodZh = `CASE r.period WHEN 'week' THEN '每周' WHEN 'month' THEN '每月' WHEN 'quarter' THEN '每季度' ELSE '每年' END`;
const periodEn = `CASE r.period WHEN 'week' THEN 'per week' WHEN 'month' THEN 'per month' WHEN 'quarter' THEN 'per quarter'
  ELSE 'per year' END`;
const bucketZh = `CASE r.period WHEN 'week' THEN r.bucket || ' 起的一周内' WHEN 'month' THEN strftime(r.bucket, '%Y年%m月内')
  WHEN 'quarter' THEN year(r.bucket) || '年第' || quarter(r.bucket) || '季度内' ELSE year(r.bucket) || '年内' END`;
const bucketEn = `CASE r.period WHEN 'week' THEN 'in the week from ' || r.bucket WHEN 'month' THEN 'in ' || strftime(r.bucket, '%Y-%m')
  WHEN 'quarter' THEN 'in ' || year(r.bucket) || ' Q' || quarter(r.bucket) ELSE 'in ' || year(r.bucket) END`;

/**
 * 医疗服务项目周期超频次: more units of an item per person than `kb_frequency` allows in a period,
 * across settlements. Calendar periods (`week` from Monday, `month`, `quarter`, `year`) count the units
 * of the period in charge-time order: the lines past the limit are violating, the others related.
 * `<n>d` allows `max_cnt` units in any n consecutive days (`14d` with 1: no two uses less than 14 days
 * apart), counting every use billed: a line is over when the units of the n days up to it pass the
 * limit. Uses less than n days apart form a chain; a chain with a line over is one finding.
 */
export const servicePeriodFrequency = defineRule({
  id: 'NHSA2025-31',
  name: msg('医疗服务项目周期超频次', 'Service item over its frequency limit for a period'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service item policy restrictions'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('超标准收费', 'Charging above the standard'),
  scenes: ['inpatient', 'outpatient'],
  window: 'period',
  needs: {
    fields: {
      fee: [...FEE_LINE_FIELDS, 'fee_ocur_time', 'cnt', 'pric', 'det_item_fee_sumamt'],
    },
    knowledge: [{ table: 'kb_frequency' }],
  },
  parameters: [],
  basis: msg(
    '国家医保局规则库（2025 年版）第 31 类“医疗服务项目周期超频次”：在设定的周期内超出限定支付数量（周期取自诊疗规范或支付政策）。',
    'NHSA rule base (2025), class 31 "service item over its frequency limit for a period": more units than paid for within the set period (taken from clinical norms or payment policy).',
  ),
  origin: 'nhsa-2025',
  sql: `
WITH lim AS (
  SELECT code, lower(trim(period)) AS period, min(max_cnt) AS max_cnt,
    try_cast(regexp_extract(lower(trim(period)), '^([0-9]+)d$', 1) AS INTEGER) AS n_days
  FROM kb_frequency
  WHERE (lower(trim(period)) IN ('week', 'month', 'quarter', 'year') OR regexp_matches(lower(trim(period)), '^[0-9]+d$'))
    AND max_cnt >= 0
  GROUP BY ALL
),
uses AS (
  SELECT f.*, lim.period, lim.max_cnt, lim.n_days, ${daySql('f.fee_ocur_time')} AS d,
    date_diff('day', DATE '2000-01-01', ${daySql('f.fee_ocur_time')}) AS dn,
    CASE WHEN lim.n_days IS NULL THEN CAST(date_trunc(lim.period, ${daySql('f.fee_ocur_time')}) AS DATE) END AS bucket
  FROM fee f JOIN lim ON lim.code = f.hilist_code
  WHERE f.cnt > 0 AND f.fee_ocur_time IS NOT NULL AND f.psn_no IS NOT NULL AND coalesce(lim.n_days, 1) >= 1
),
over_buckets AS (
  SELECT psn_no, hilist_code, period, bucket FROM uses WHERE bucket IS NOT NULL
  GROUP BY ALL HAVING sum(cnt) > min(max_cnt)
),
calendar AS (
  SELECT u.*, u.psn_no || '|' || u.hilist_code || '|' || u.period || '|' || u.bucket AS finding_key,
    sum(u.cnt) OVER b AS total,
    greatest(0, least(u.cnt, coalesce(sum(u.cnt) OVER (b ORDER BY u.fee_ocur_time, u.feedetl_sn
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) + u.cnt - u.max_cnt)) AS excess
  FROM uses u SEMI JOIN over_buckets o ON o.psn_no = u.psn_no AND o.hilist_code = u.hilist_code
    AND o.period = u.period AND o.bucket = u.bucket
  WINDOW b AS (PARTITION BY u.psn_no, u.hilist_code, u.period, u.bucket)
),
rolling AS (
  SELECT *,
    coalesce(sum(u.cnt) OVER (p ORDER BY u.dn RANGE BETWEEN u.n_days - 1 PRECEDING AND 1 PRECEDING), 0)
    + coalesce(sum(u.cnt) OVER (PARTITION BY u.psn_no, u.hilist_code, u.period, u.dn ORDER BY u.fee_ocur_time, u.feedetl_sn
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS prior,
    CASE WHEN u.dn - lag(u.dn) OVER (p ORDER BY u.fee_ocur_time, u.feedetl_sn) < u.n_days THEN 0 ELSE 1 END AS starts
  FROM uses u WHERE u.n_days IS NOT NULL
  WINDOW p AS (PARTITION BY u.psn_no, u.hilist_code, u.period)
),
chained AS (
  SELECT *, greatest(0, least(cnt, prior + cnt - max_cnt)) AS excess,
    sum(starts) OVER (PARTITION BY psn_no, hilist_code, period ORDER BY fee_ocur_time, feedetl_sn ROWS UNBOUNDED PRECEDING) AS chain
  FROM rolling
),
chains AS (
  SELECT * EXCLUDE (prior, starts, chain), min(d) OVER c AS first_day, max(d) OVER c AS last_day,
    psn_no || '|' || hilist_code || '|' || period || '|' || min(d) OVER c AS finding_key,
    sum(cnt) OVER c AS total, sum(excess) OVER c AS over
  FROM chained
  WINDOW c AS (PARTITION BY psn_no, hilist_code, period, chain)
),
report AS (
  SELECT * FROM chains WHERE over > 0
  UNION ALL BY NAME
  SELECT *, total - max_cnt AS over FROM calendar
)
${frequencyExcessSql('report', {
  limitZh: `CASE WHEN r.n_days IS NOT NULL THEN '每 ' || r.n_days || ' 天' ELSE ${periodZh} END`,
  limitEn: `CASE WHEN r.n_days IS NOT NULL THEN 'in ' || r.n_days || ' days' ELSE ${periodEn} END`,
  scopeZh: `CASE WHEN r.n_days IS NOT NULL THEN r.first_day || ' 至 ' || r.last_day || ' 期间' ELSE ${bucketZh} END`,
  scopeEn: `CASE WHEN r.n_days IS NOT NULL THEN 'from ' || r.first_day || ' to ' || r.last_day ELSE ${bucketEn} END`,
})}
`,
});
