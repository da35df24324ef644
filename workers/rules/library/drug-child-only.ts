import { defineRule } from '../rule-types';
import { msg } from '../../shared/msg';

/** 药品限儿童使用: a drug the catalogue pays for children only, billed for a person at or over the age limit. */
export const drugChildOnly = defineRule({
  id: 'GZ10000101007000',
  name: msg('药品限儿童使用', 'Drug restricted to children'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'line',
  needs: {
    fields: {
      fee: ['feedetl_sn', 'setl_id', 'psn_no', 'hilist_code', 'fee_ocur_time', 'det_item_fee_sumamt'],
      psn: ['psn_no', 'brdy'],
    },
    knowledge: [{ table: 'kb_restriction', kind: 'child' }],
  },
  parameters: [
    {
      name: 'default_age',
      label: msg(
        '知识库未写年龄时的儿童年龄上限（岁，不含）',
        'Child age limit when the knowledge row gives none (years, exclusive)',
      ),
      kind: 'integer',
      default: 18,
      min: 1,
      max: 18,
    },
  ],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》限儿童使用的药品，成人使用不予支付（规则库 1.0 GZ10000101007000）。',
    'The national drug catalogue pays for this drug for children only; adult use is not paid (rule base 1.0 GZ10000101007000).',
  ),
  origin: 'nhsa-1.0',
  sql: `
SELECT f.setl_id || '|' || f.hilist_code AS finding_key, f.psn_no, f.mdtrt_id, f.setl_id, f.fixmedins_code,
  f.bilg_dr_code AS dr_code, f.feedetl_sn, 1 AS vola_item_type, f.det_item_fee_sumamt AS amount,
  '药品“' || coalesce(f.hilist_name, f.hilist_code) || '”限' || lim.age || '岁以下儿童使用，参保人用药时'
    || cl_age(p.brdy, f.fee_ocur_time) || '岁' AS vola_cont,
  'Drug "' || coalesce(f.hilist_name, f.hilist_code) || '" is paid only under age ' || lim.age
    || '; the person was ' || cl_age(p.brdy, f.fee_ocur_time) AS vola_cont_en
FROM fee f
JOIN (SELECT code, coalesce(try_cast(max(param) AS INTEGER), $default_age) AS age
      FROM kb_restriction WHERE kind = 'child' GROUP BY code) lim ON lim.code = f.hilist_code
JOIN psn p ON p.psn_no = f.psn_no
WHERE regexp_matches(f.hilist_code, '^[XZ]') AND cl_age(p.brdy, f.fee_ocur_time) >= lim.age
`,
});
