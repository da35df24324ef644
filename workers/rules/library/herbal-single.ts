import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';

/**
 * 中药饮片单方使用不予支付: decoction pieces the catalogue does not pay for when used alone, nor when the
 * whole prescription consists of such pieces (kb_restriction `herbal_single`).
 *
 * A prescription is taken as the herbal (T-code) lines of one settlement on one day of `fee_ocur_time`:
 * `fee.rxno` is often not extracted, so it is not used. The group is violating when it has at least one
 * `herbal_single` piece and every other piece in it is `herbal_single` too (pieces that are
 * `herbal_excluded` are never paid either, so they do not make the prescription a payable compound; they
 * are left to GZ10000101003000). Then every `herbal_single` line is violating at its whole line amount;
 * one payable piece in the group clears it. One finding per settlement and day.
 */
export const herbalSingle = defineRule({
  id: 'GZ10000101004000',
  name: msg('中药饮片单方使用不予支付', 'Decoction piece not paid alone'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'day',
  needs: {
    fields: { fee: [...FEE_FINDING_FIELDS, 'fee_ocur_time'] },
    knowledge: [{ table: 'kb_restriction', kind: 'herbal_single' }],
  },
  parameters: [],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》：单独使用时不予支付、且全部由这些饮片组成的处方也不予支付的中药饮片（规则库 1.0 GZ10000101004000）。',
    'National drug catalogue: decoction pieces not paid when used alone, nor in prescriptions made up only of such pieces (rule base 1.0 GZ10000101004000).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH k AS (
  SELECT code, bool_or(kind = 'herbal_single') AS is_single
  FROM kb_restriction WHERE kind IN ('herbal_single', 'herbal_excluded') GROUP BY code
),
herb AS (
  SELECT f.*, CAST(f.fee_ocur_time AS DATE) AS day, k.is_single, k.code IS NOT NULL AS is_unpaid
  FROM fee f LEFT JOIN k ON k.code = f.hilist_code
  WHERE regexp_matches(f.hilist_code, '^T[0-9]{9}') AND f.fee_ocur_time IS NOT NULL
),
grp AS (
  SELECT setl_id, day, count(DISTINCT hilist_code) FILTER (WHERE is_single) AS pieces,
    sum(det_item_fee_sumamt) FILTER (WHERE is_single) AS total
  FROM herb GROUP BY setl_id, day
  HAVING bool_and(is_unpaid) AND bool_or(is_single)
)
SELECT h.setl_id || '|' || h.day AS finding_key, h.psn_no, h.mdtrt_id, h.setl_id, h.fixmedins_code,
  h.bilg_dr_code AS dr_code, h.feedetl_sn, 1 AS vola_item_type, h.det_item_fee_sumamt AS amount,
  g.day || ' 的中药饮片处方仅由 ' || g.pieces || ' 味单方不予支付的饮片组成，计 ' || g.total || ' 元' AS vola_cont,
  'The herbal prescription of ' || g.day || ' consists only of ' || g.pieces
    || ' piece(s) not paid alone, ' || g.total || ' yuan' AS vola_cont_en
FROM herb h JOIN grp g ON g.setl_id = h.setl_id AND g.day = h.day
WHERE h.is_single
`,
});
