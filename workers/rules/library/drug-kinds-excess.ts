import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';

/**
 * 药品种类超标: an outpatient or pharmacy settlement (`cl_scene(setl.med_type)`) with more than `max_kinds`
 * distinct drug codes (X and Z; decoction pieces are not counted). `fee.rxno` is often not extracted, so
 * the settlement stands for the prescription. A drug counts when its net amount in the settlement is
 * positive. The drugs are ordered by their first `fee_ocur_time`, then code: the first `max_kinds` are
 * related (2); the lines of each drug beyond them are violating (1) at their whole amount. Exactly
 * `max_kinds` drugs is not a finding. One finding per settlement.
 */
export const drugKindsExcess = defineRule({
  id: 'GZ10000202004000',
  name: msg('药品种类超标', 'Too many drugs in one visit'),
  tier: '管理类',
  subclass: msg('药品监管类', 'Drug supervision'),
  resultType: '可疑',
  severity: '可疑',
  behaviour: msg('超量开药', 'Over-prescribing'),
  scenes: ['outpatient', 'pharmacy'],
  window: 'visit',
  needs: {
    fields: {
      setl: ['setl_id', 'med_type'],
      fee: [...FEE_FINDING_FIELDS, 'fee_ocur_time'],
    },
  },
  parameters: [
    {
      name: 'max_kinds',
      label: msg(
        '每次门诊/购药的药品种类上限（含）',
        'Most drugs per outpatient visit or purchase (inclusive)',
      ),
      kind: 'integer',
      default: 5,
      min: 1,
      max: 100,
      unit: msg('种', 'drugs'),
    },
  ],
  basis: msg(
    '药品日常开药种类监管（规则库 1.0 GZ10000202004000）；《处方管理办法》第六条：每张处方不得超过 5 种药品。',
    'Daily prescribing of too many drugs (rule base 1.0 GZ10000202004000); Prescription Administration Measures, art. 6: at most 5 drugs per prescription.',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH l AS (
  SELECT f.* FROM fee f
  JOIN (SELECT setl_id FROM setl WHERE cl_scene(med_type) IN ('outpatient', 'pharmacy')) s ON s.setl_id = f.setl_id
  WHERE regexp_matches(f.hilist_code, '^[XZ]')
),
codes AS (
  SELECT setl_id, hilist_code, min(fee_ocur_time) AS first_time
  FROM l GROUP BY setl_id, hilist_code HAVING sum(det_item_fee_sumamt) > 0
),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY setl_id ORDER BY first_time, hilist_code) AS rk,
    count(*) OVER (PARTITION BY setl_id) AS n_codes
  FROM codes
)
SELECT l.setl_id AS finding_key, l.psn_no, l.mdtrt_id, l.setl_id, l.fixmedins_code, l.bilg_dr_code AS dr_code,
  l.feedetl_sn, CASE WHEN r.rk > $max_kinds THEN 1 ELSE 2 END AS vola_item_type, l.det_item_fee_sumamt AS amount,
  '本次结算开具 ' || r.n_codes || ' 种药品，超过 ' || CAST($max_kinds AS INTEGER) || ' 种上限' AS vola_cont,
  'This settlement has ' || r.n_codes || ' drugs, over the limit of ' || CAST($max_kinds AS INTEGER) AS vola_cont_en
FROM l JOIN ranked r ON r.setl_id = l.setl_id AND r.hilist_code = l.hilist_code
WHERE r.n_codes > $max_kinds
`,
});
