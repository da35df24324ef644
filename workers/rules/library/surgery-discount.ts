import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { daySql, FEE_LINE_FIELDS, itemNameSql, lineIdentitySql, qtySql, yuanSql } from './fee-line-sql';

const discount = 'CAST($discount AS DECIMAL(18,4))';
const pct = qtySql('$discount * 100');

/**
 * 手术项目未按规定折价收费: two or more different surgeries of one discount group on the same day of one
 * settlement, where a lower-priced one is not discounted. The data carries no undiscounted price, so the
 * highest unit price charged for that code anywhere in the fee table stands for it; a surgery is over
 * when its price exceeds `discount` × that price by more than a cent. The top-priced surgery of the day
 * (charged in full) is the related line.
 */
export const surgeryDiscount = defineRule({
  id: 'GZ10000102002000',
  name: msg('手术项目未按规定折价收费', 'Surgery not discounted as required'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service item policy restrictions'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('超标准收费', 'Charging above the standard'),
  scenes: ['inpatient', 'outpatient'],
  window: 'day',
  needs: {
    fields: {
      fee: [...FEE_LINE_FIELDS, 'fee_ocur_time', 'cnt', 'pric', 'det_item_fee_sumamt'],
    },
    knowledge: [{ table: 'kb_restriction', kind: 'surgery_group' }],
  },
  parameters: [
    {
      name: 'discount',
      label: msg(
        '第二及以后手术的计价比例（如 0.5 即按 50% 收费）',
        'Share charged for the second and later surgeries',
      ),
      kind: 'number',
      default: 0.5,
      min: 0,
      max: 1,
    },
  ],
  basis: msg(
    '医疗服务价格项目规范：经同一切口进行的两种及以上不同手术，第二及以后的手术应按规定折价计收（规则库 1.0 GZ10000102002000 手术项目未按规定折价收费）。',
    'Service price schedule: when two or more different surgeries are done through the same incision, the second and later ones are charged at a discount (rule base 1.0 GZ10000102002000).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH grp AS (
  SELECT code, min(trim(param)) AS grp FROM kb_restriction
  WHERE kind = 'surgery_group' AND trim(coalesce(param, '')) <> '' GROUP BY code
),
lines AS (
  SELECT f.*, g.grp, ${daySql('f.fee_ocur_time')} AS d
  FROM fee f JOIN grp g ON g.code = f.hilist_code
  WHERE f.fee_ocur_time IS NOT NULL AND f.pric > 0 AND coalesce(f.cnt, 1) > 0
),
full_price AS (
  SELECT hilist_code, max(pric) AS full_pric FROM fee WHERE hilist_code IN (SELECT code FROM grp) GROUP BY ALL
),
ranked AS (
  SELECT l.*, p.full_pric,
    count(DISTINCT l.hilist_code) OVER w AS n_codes,
    row_number() OVER (PARTITION BY l.setl_id, l.grp, l.d ORDER BY l.pric DESC, l.feedetl_sn) AS rk,
    first_value(l.hilist_code) OVER (PARTITION BY l.setl_id, l.grp, l.d ORDER BY l.pric DESC, l.feedetl_sn) AS top_code,
    first_value(${itemNameSql('l')}) OVER (PARTITION BY l.setl_id, l.grp, l.d ORDER BY l.pric DESC, l.feedetl_sn) AS top_name
  FROM lines l JOIN full_price p USING (hilist_code)
  WINDOW w AS (PARTITION BY l.setl_id, l.grp, l.d)
),
flagged AS (
  SELECT *, hilist_code <> top_code AND pric > ${discount} * full_pric + 0.01 AS over,
    bool_or(hilist_code <> top_code AND pric > ${discount} * full_pric + 0.01)
      OVER (PARTITION BY setl_id, grp, d) AS any_over
  FROM ranked WHERE n_codes >= 2
),
texts AS (
  SELECT x.*, x.setl_id || '|' || x.grp || '|' || x.d AS finding_key,
    CASE WHEN x.over THEN x.d || ' 同组（' || x.grp || '）手术“' || x.top_name || '”已全价收费，另一手术“'
      || ${itemNameSql('x')} || '”单价 ' || ${yuanSql('x.pric')} || ' 元，未按原价 ' || ${yuanSql('x.full_pric')}
      || ' 元的 ' || ${pct} || '% 折价收费' END AS cont,
    CASE WHEN x.over THEN 'On ' || x.d || ' surgery "' || x.top_name || '" of group ' || x.grp
      || ' was charged in full, and "' || ${itemNameSql('x')} || '" at ' || ${yuanSql('x.pric')}
      || ' yuan, not discounted to ' || ${pct} || '% of its price of ' || ${yuanSql('x.full_pric')} || ' yuan' END AS cont_en
  FROM flagged x
  WHERE x.any_over AND (x.over OR x.rk = 1)
)
SELECT t.finding_key, ${lineIdentitySql('t')}, CASE WHEN t.over THEN 1 ELSE 2 END AS vola_item_type,
  CASE WHEN t.over THEN round((t.pric - ${discount} * t.full_pric) * coalesce(t.cnt, 1), 2)
    ELSE t.det_item_fee_sumamt END AS amount,
  coalesce(t.cont, min(t.cont) OVER (PARTITION BY t.finding_key)) AS vola_cont,
  coalesce(t.cont_en, min(t.cont_en) OVER (PARTITION BY t.finding_key)) AS vola_cont_en
FROM texts t
`,
});
