import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';

/**
 * 中药饮片单复方均不予支付: a decoction piece the catalogue never pays for (kb_restriction `herbal_excluded`),
 * whether used alone or in a compound prescription. Every billed line of such a piece is violating, at its
 * whole line amount; one finding per settlement and piece.
 */
export const herbalExcluded = defineRule({
  id: 'GZ10000101003000',
  name: msg('中药饮片单复方均不予支付', 'Decoction piece never paid'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'line',
  needs: {
    fields: { fee: FEE_FINDING_FIELDS },
    knowledge: [{ table: 'kb_restriction', kind: 'herbal_excluded' }],
  },
  parameters: [],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》：不得纳入基金支付范围的中药饮片，单方、复方均不予支付（规则库 1.0 GZ10000101003000）。',
    'National drug catalogue: decoction pieces excluded from fund payment are not paid, alone or in compound prescriptions (rule base 1.0 GZ10000101003000).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH hit AS (
  SELECT f.*, sum(f.det_item_fee_sumamt) OVER (PARTITION BY f.setl_id, f.hilist_code) AS total
  FROM fee f
  JOIN (SELECT DISTINCT code FROM kb_restriction WHERE kind = 'herbal_excluded') k ON k.code = f.hilist_code
  WHERE regexp_matches(f.hilist_code, '^T[0-9]{9}')
)
SELECT setl_id || '|' || hilist_code AS finding_key, psn_no, mdtrt_id, setl_id, fixmedins_code,
  bilg_dr_code AS dr_code, feedetl_sn, 1 AS vola_item_type, det_item_fee_sumamt AS amount,
  '中药饮片“' || coalesce(hilist_name, hilist_code) || '”单复方均不予支付，本次结算计费 ' || total || ' 元' AS vola_cont,
  'Decoction piece "' || coalesce(hilist_name, hilist_code)
    || '" is never paid (alone or in compounds); billed ' || total || ' yuan in this settlement' AS vola_cont_en
FROM hit
`,
});
