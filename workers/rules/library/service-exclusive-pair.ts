import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { daySql, FEE_LINE_FIELDS, itemNameSql, lineIdentitySql } from './fee-line-sql';

/**
 * 医疗服务项目重复收费: items A and B of a `kb_exclusive_pair` (B is included in A or may not be charged
 * besides it) both charged in one settlement (window `visit`) or on one day of it (window `day`). B's
 * lines are violating, A's are related.
 */
export const serviceExclusivePair = defineRule({
  id: 'GZ10000102012000',
  name: msg('医疗服务项目重复收费', 'Service items charged twice'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('重复收费', 'Duplicate charging'),
  scenes: ['inpatient', 'outpatient'],
  window: 'visit',
  needs: {
    fields: {
      fee: [...FEE_LINE_FIELDS, 'fee_ocur_time', 'det_item_fee_sumamt'],
    },
    knowledge: [{ table: 'kb_exclusive_pair' }],
  },
  parameters: [],
  basis: msg(
    '医疗服务价格项目规范：项目内涵已包含或计价说明规定不得另行收费的项目，不得与主项目同时收费（规则库 1.0 GZ10000102012000 医疗服务项目重复收费；《医疗保障基金使用监督管理条例》第三十八条 重复收费）。',
    'Service price schedule: an item included in another, or that may not be charged besides it, cannot be charged with it (rule base 1.0 GZ10000102012000; Regulation on the Use of Medical Security Funds, art. 38: duplicate charging).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH pairs AS (
  SELECT DISTINCT code_a, code_b, CASE WHEN lower(trim("window")) = 'day' THEN 'day' ELSE 'visit' END AS w
  FROM kb_exclusive_pair WHERE code_a IS NOT NULL AND code_b IS NOT NULL AND code_a <> code_b
),
codes AS (SELECT code_a AS code FROM pairs UNION SELECT code_b FROM pairs),
-- Settlements holding both codes of a pair, found on (settlement, code) pairs first: per-day detail is
-- then read only for them (a daily item in every stay would otherwise make the day table huge).
sc AS (SELECT DISTINCT f.setl_id, f.hilist_code FROM fee f JOIN codes c ON c.code = f.hilist_code),
both_setl AS (
  SELECT DISTINCT b.setl_id FROM pairs p
  JOIN sc b ON b.hilist_code = p.code_b
  JOIN sc a ON a.setl_id = b.setl_id AND a.hilist_code = p.code_a
),
-- The pair codes' lines in those settlements, narrow: every later step reads this, never the fee table,
-- so no join can pick the whole fee table as its build side.
pl AS (
  SELECT f.feedetl_sn, f.setl_id, f.hilist_code, ${daySql('f.fee_ocur_time')} AS d, f.psn_no, f.mdtrt_id,
    f.fixmedins_code, f.bilg_dr_code, f.det_item_fee_sumamt, ${itemNameSql('f')} AS item_name
  FROM fee f JOIN codes c ON c.code = f.hilist_code JOIN both_setl s ON s.setl_id = f.setl_id
),
present AS (
  SELECT setl_id, hilist_code, d, min(item_name) AS name FROM pl GROUP BY ALL
),
visit_present AS (
  SELECT setl_id, hilist_code, NULL AS d, min(name) AS name FROM present GROUP BY ALL
),
-- Equality joins only (a same-day pair joins on the day): a long stay's daily items would otherwise
-- pair every day of A with every day of B before the day filter.
hits AS (
  SELECT b.setl_id, p.code_a, p.code_b, p.w, b.d AS hit_day, min(a.name) AS name_a, min(b.name) AS name_b
  FROM pairs p
  JOIN present b ON b.hilist_code = p.code_b
  JOIN present a ON a.setl_id = b.setl_id AND a.hilist_code = p.code_a AND a.d = b.d
  WHERE p.w = 'day'
  GROUP BY ALL
  UNION ALL
  SELECT b.setl_id, p.code_a, p.code_b, p.w, NULL AS hit_day, min(a.name) AS name_a, min(b.name) AS name_b
  FROM pairs p
  JOIN visit_present b ON b.hilist_code = p.code_b
  JOIN visit_present a ON a.setl_id = b.setl_id AND a.hilist_code = p.code_a
  WHERE p.w = 'visit'
  GROUP BY ALL
),
rows AS (
  SELECT h.code_a, h.code_b, h.hit_day, h.name_a, h.name_b, l.*, 1 AS item_type FROM hits h
  JOIN pl l ON l.setl_id = h.setl_id AND l.hilist_code = h.code_b AND l.d = h.hit_day
  UNION ALL
  SELECT h.code_a, h.code_b, h.hit_day, h.name_a, h.name_b, l.*, 1 AS item_type FROM hits h
  JOIN pl l ON l.setl_id = h.setl_id AND l.hilist_code = h.code_b AND h.hit_day IS NULL
  UNION ALL
  SELECT h.code_a, h.code_b, h.hit_day, h.name_a, h.name_b, l.*, 2 AS item_type FROM hits h
  JOIN pl l ON l.setl_id = h.setl_id AND l.hilist_code = h.code_a AND l.d = h.hit_day
  UNION ALL
  SELECT h.code_a, h.code_b, h.hit_day, h.name_a, h.name_b, l.*, 2 AS item_type FROM hits h
  JOIN pl l ON l.setl_id = h.setl_id AND l.hilist_code = h.code_a AND h.hit_day IS NULL
)
SELECT r.setl_id || '|' || r.code_a || '|' || r.code_b || coalesce('|' || r.hit_day, '') AS finding_key,
  ${lineIdentitySql('r')}, r.item_type AS vola_item_type, r.det_item_fee_sumamt AS amount,
  '项目“' || r.name_b || '”与“' || r.name_a || '”' || coalesce('于 ' || r.hit_day || ' 同日', '在同一次结算中')
    || '同时收费，按规定不得另行收费' AS vola_cont,
  'Item "' || r.name_b || '" was charged with "' || r.name_a || '" ' || coalesce('on the same day (' || r.hit_day || ')', 'in the same settlement')
    || ', which the price schedule does not allow' AS vola_cont_en
FROM rows r
`,
});
