import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_LINE_FIELDS, lineIdentitySql, qtySql, yuanSql } from './fee-line-sql';

const diff = 'abs(f.det_item_fee_sumamt - round(f.cnt * f.pric, 2))';
const over = `${diff} > CAST($tolerance AS DECIMAL(18,4))`;

/**
 * 结算明细信息异常: a fee line without a catalogue code, with a quantity of zero or less but a positive
 * amount, or whose amount differs from quantity × unit price (rounded to the cent) by more than the
 * tolerance. One finding per line; its amount is the whole line for the first two checks (the line cannot
 * be checked against the catalogue or is not a real quantity), else the difference.
 */
export const billDetailAnomaly = defineRule({
  id: 'GZ10000201002000',
  name: msg('结算明细信息异常', 'Abnormal settlement detail'),
  tier: '管理类',
  subclass: msg('信息数据监管类', 'Data supervision'),
  resultType: '可疑',
  severity: '可疑',
  behaviour: msg('结算信息异常', 'Abnormal settlement data'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'line',
  needs: {
    fields: {
      fee: [...FEE_LINE_FIELDS, 'cnt', 'pric', 'det_item_fee_sumamt'],
    },
  },
  parameters: [
    {
      name: 'tolerance',
      label: msg(
        '金额与数量×单价的允许误差（元）',
        'Allowed difference between amount and quantity × price (yuan)',
      ),
      kind: 'number',
      default: 0.01,
      min: 0,
      max: 100,
      unit: msg('元', 'yuan'),
    },
  ],
  basis: msg(
    '规则库 1.0 GZ10000201002000 结算明细信息异常：对结算明细信息缺失、错误的情形进行监管（医保目录编码缺失、数量与金额不符、金额≠数量×单价）。',
    'Rule base 1.0 GZ10000201002000: settlement details missing or wrong (no catalogue code, quantity not matching the amount, amount ≠ quantity × unit price).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH checked AS (
  SELECT f.*, coalesce(trim(f.hilist_code), '') = '' AS no_code,
    coalesce(f.cnt <= 0 AND f.det_item_fee_sumamt > 0, false) AS bad_cnt,
    coalesce(${over}, false) AS bad_sum, ${diff} AS diff
  FROM fee f
  WHERE f.det_item_fee_sumamt IS NOT NULL
)
SELECT c.setl_id || '|' || c.feedetl_sn AS finding_key, ${lineIdentitySql('c')}, 1 AS vola_item_type,
  CASE WHEN c.no_code OR c.bad_cnt THEN abs(c.det_item_fee_sumamt) ELSE c.diff END AS amount,
  concat_ws('；',
    CASE WHEN c.no_code THEN '明细缺少医保目录编码（金额 ' || ${yuanSql('c.det_item_fee_sumamt')} || ' 元）' END,
    CASE WHEN c.bad_cnt THEN '数量 ' || ${qtySql('c.cnt')} || ' 不为正，金额却为 ' || ${yuanSql('c.det_item_fee_sumamt')} || ' 元' END,
    CASE WHEN c.bad_sum THEN '数量 ' || ${qtySql('c.cnt')} || ' × 单价 ' || ${yuanSql('c.pric')} || ' = '
      || ${yuanSql('round(c.cnt * c.pric, 2)')} || ' 元，与明细金额 ' || ${yuanSql('c.det_item_fee_sumamt')} || ' 元相差 '
      || ${yuanSql('c.diff')} || ' 元' END) AS vola_cont,
  concat_ws('; ',
    CASE WHEN c.no_code THEN 'the line has no catalogue code (amount ' || ${yuanSql('c.det_item_fee_sumamt')} || ' yuan)' END,
    CASE WHEN c.bad_cnt THEN 'quantity ' || ${qtySql('c.cnt')} || ' is not positive but the amount is '
      || ${yuanSql('c.det_item_fee_sumamt')} || ' yuan' END,
    CASE WHEN c.bad_sum THEN 'quantity ' || ${qtySql('c.cnt')} || ' × unit price ' || ${yuanSql('c.pric')} || ' = '
      || ${yuanSql('round(c.cnt * c.pric, 2)')} || ' yuan, but the line amount is ' || ${yuanSql('c.det_item_fee_sumamt')}
      || ' yuan, ' || ${yuanSql('c.diff')} || ' yuan apart' END) AS vola_cont_en
FROM checked c
WHERE c.no_code OR c.bad_cnt OR c.bad_sum
`,
});
