import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_LINE_FIELDS, itemNameSql, lineIdentitySql, qtySql, yuanSql } from './fee-line-sql';

/**
 * 医疗服务项目超限定单价收费: a service item charged above the price cap for the settlement's facility
 * level (the level's `kb_price_cap` row, else the row with an empty level, which holds for every level).
 */
export const servicePriceCap = defineRule({
  id: 'GZ10000102001000',
  name: msg('医疗服务项目超限定单价收费', 'Service item charged above its price cap'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超标准收费', 'Charging above the standard'),
  scenes: ['inpatient', 'outpatient'],
  window: 'line',
  needs: {
    fields: {
      fee: [...FEE_LINE_FIELDS, 'cnt', 'pric'],
      setl: ['setl_id', 'medins_lv'],
    },
    knowledge: [{ table: 'kb_price_cap' }],
  },
  parameters: [
    {
      name: 'tolerance',
      label: msg(
        '单价容差（元，超过限价该金额以上才计）',
        'Price tolerance (yuan above the cap before flagging)',
      ),
      kind: 'number',
      default: 0,
      min: 0,
      max: 1000,
      unit: msg('元', 'yuan'),
    },
  ],
  basis: msg(
    '医疗服务价格项目规范限定了该项目的最高单价，超出部分不予支付（规则库 1.0 GZ10000102001000 医疗服务项目超限定单价收费）。',
    'The service price schedule caps the unit price of this item; the excess is not paid (rule base 1.0 GZ10000102001000).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH caps AS (
  SELECT code, coalesce(cl_level(nullif(trim(medins_lv), '')), 0) AS lv, min(max_pric) AS cap
  FROM kb_price_cap WHERE max_pric IS NOT NULL GROUP BY ALL
),
lines AS (
  SELECT f.*, cl_level(s.medins_lv) AS lv
  FROM fee f JOIN setl s ON s.setl_id = f.setl_id
  WHERE f.hilist_code IN (SELECT code FROM caps) AND f.pric IS NOT NULL
),
capped AS (
  SELECT l.*, coalesce(c1.cap, c0.cap) AS cap, c1.cap IS NOT NULL AS by_level
  FROM lines l
  LEFT JOIN caps c1 ON c1.code = l.hilist_code AND c1.lv = l.lv
  LEFT JOIN caps c0 ON c0.code = l.hilist_code AND c0.lv = 0
)
SELECT c.setl_id || '|' || c.hilist_code AS finding_key, ${lineIdentitySql('c')}, 1 AS vola_item_type,
  round((c.pric - c.cap) * coalesce(c.cnt, 1), 2) AS amount,
  '项目“' || ${itemNameSql('c')} || '”单价 ' || ${yuanSql('c.pric')} || ' 元，超过限定单价 ' || ${yuanSql('c.cap')}
    || ' 元（' || CASE WHEN c.by_level THEN c.lv || '级医疗机构' ELSE '各级医疗机构' END || '），数量 ' || ${qtySql('coalesce(c.cnt, 1)')} AS vola_cont,
  'Item "' || ${itemNameSql('c')} || '" charged ' || ${yuanSql('c.pric')} || ' yuan per unit, above the cap of '
    || ${yuanSql('c.cap')} || ' yuan (' || CASE WHEN c.by_level THEN 'level ' || c.lv || ' facility' ELSE 'any facility' END || '), quantity '
    || ${qtySql('coalesce(c.cnt, 1)')} AS vola_cont_en
FROM capped c
WHERE c.cap IS NOT NULL AND c.pric > c.cap + CAST($tolerance AS DECIMAL(18,4))
`,
});
