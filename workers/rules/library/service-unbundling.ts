import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { daySql, FEE_LINE_FIELDS, lineIdentitySql, yuanSql } from './fee-line-sql';

/**
 * 医疗服务项目分解收费: every component of a package item (`kb_restriction` kind `bundle`: code = the
 * package, param = its component codes) charged separately on one day of one settlement, and the
 * package not charged that day. The component lines are violating. The amount at issue is the
 * components' total less the package's price cap when `kb_price_cap` has one (its highest cap over
 * levels, the conservative choice), else the whole total; it is shared over the lines in proportion to
 * their amounts, so the lines add up to it exactly.
 */
export const serviceUnbundling = defineRule({
  id: 'GZ10000102013000',
  name: msg('医疗服务项目分解收费', 'Service item unbundled'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('分解项目收费', 'Unbundled charging'),
  scenes: ['inpatient', 'outpatient'],
  window: 'day',
  needs: {
    fields: {
      fee: [...FEE_LINE_FIELDS, 'fee_ocur_time', 'det_item_fee_sumamt'],
    },
    knowledge: [{ table: 'kb_restriction', kind: 'bundle' }],
  },
  parameters: [],
  basis: msg(
    '医疗服务价格项目规范：应合并收费的项目不得拆分为若干项目分别收费（规则库 1.0 GZ10000102013000 医疗服务项目分解收费；《医疗保障基金使用监督管理条例》第三十八条 分解项目收费）。',
    'Service price schedule: items to be charged together may not be split into several charges (rule base 1.0 GZ10000102013000; Regulation on the Use of Medical Security Funds, art. 38: unbundled charging).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH comps AS (
  SELECT DISTINCT pkg, comp FROM (
    SELECT code AS pkg, trim(unnest(string_split(param, ','))) AS comp FROM kb_restriction WHERE kind = 'bundle')
  WHERE comp <> '' AND comp <> pkg
),
sizes AS (SELECT pkg, count(*) AS n FROM comps GROUP BY pkg HAVING count(*) >= 2),
lines AS (
  SELECT f.*, ${daySql('f.fee_ocur_time')} AS d FROM fee f
  WHERE f.hilist_code IN (SELECT comp FROM comps) AND f.fee_ocur_time IS NOT NULL AND f.det_item_fee_sumamt > 0
),
days AS (
  SELECT l.setl_id, l.d, c.pkg, string_agg(DISTINCT coalesce(l.hilist_name, l.hilist_code), '、') AS names
  FROM lines l JOIN comps c ON c.comp = l.hilist_code JOIN sizes s ON s.pkg = c.pkg
  GROUP BY l.setl_id, l.d, c.pkg, s.n HAVING count(DISTINCT c.comp) = s.n
),
packaged AS (
  SELECT DISTINCT setl_id, ${daySql('fee_ocur_time')} AS d, hilist_code AS pkg FROM fee
  WHERE hilist_code IN (SELECT pkg FROM sizes)
),
cap AS (SELECT code, max(max_pric) AS cap FROM kb_price_cap WHERE max_pric IS NOT NULL GROUP BY code),
hit AS (
  SELECT u.pkg, u.names, u.d AS hit_day, l.*, cap.cap,
    sum(l.det_item_fee_sumamt) OVER p AS total,
    sum(l.det_item_fee_sumamt) OVER (p ORDER BY l.feedetl_sn ROWS UNBOUNDED PRECEDING) AS cum
  FROM days u ANTI JOIN packaged k ON k.setl_id = u.setl_id AND k.d = u.d AND k.pkg = u.pkg
  JOIN comps c ON c.pkg = u.pkg
  JOIN lines l ON l.setl_id = u.setl_id AND l.d = u.d AND l.hilist_code = c.comp
  LEFT JOIN cap ON cap.code = u.pkg
  WINDOW p AS (PARTITION BY u.setl_id, u.pkg, u.d)
),
shared AS (SELECT *, (total - coalesce(cap, 0)) / total AS share FROM hit WHERE total > coalesce(cap, 0))
SELECT s.setl_id || '|' || s.pkg || '|' || s.hit_day AS finding_key, ${lineIdentitySql('s')}, 1 AS vola_item_type,
  round(s.cum * s.share, 2) - round((s.cum - s.det_item_fee_sumamt) * s.share, 2) AS amount,
  s.hit_day || ' 分别收取打包项目 ' || s.pkg || ' 的全部组成项目（' || s.names || '），合计 ' || ${yuanSql('s.total')}
    || ' 元，未按打包项目收费' || coalesce('（打包限价 ' || ${yuanSql('s.cap')} || ' 元）', '') AS vola_cont,
  'On ' || s.hit_day || ' every component of package item ' || s.pkg || ' (' || s.names || ') was charged separately, '
    || ${yuanSql('s.total')} || ' yuan in all, instead of the package'
    || coalesce(' (package cap ' || ${yuanSql('s.cap')} || ' yuan)', '') AS vola_cont_en
FROM shared s
`,
});
