import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';

/**
 * 药品限适应症: a drug paid only for listed indications (kb_restriction `indication`, `param` = comma list of
 * ICD-10 prefixes, several rows for one code pooled) billed in a settlement whose main diagnosis
 * (`setl.dise_codg`) starts with none of them. Codes and prefixes are compared upper-case without dots, so
 * `I63.9` matches `I63900`.
 *
 * Only the main diagnosis is read, even when the `dise` table of secondary diagnoses is loaded: an
 * indication recorded as a secondary diagnosis is not seen, hence severity 高度可疑. Settlements without a
 * main diagnosis, and restriction rows with an empty `param`, are not judged. Each line is violating at its
 * whole amount; one finding per settlement and drug.
 */
export const drugIndication = defineRule({
  id: 'GZ10000101008000',
  name: msg('药品限适应症', 'Drug restricted to indications'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '高度可疑',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'visit',
  needs: {
    fields: {
      fee: FEE_FINDING_FIELDS,
      setl: ['setl_id', 'dise_codg'],
    },
    knowledge: [{ table: 'kb_restriction', kind: 'indication' }],
  },
  parameters: [],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》限定支付适应症的药品，主诊断不符合限定适应症时不予支付（规则库 1.0 GZ10000101008000；仅核对结算主诊断）。',
    'The national drug catalogue pays for this drug only for the listed indications; the main diagnosis does not match (rule base 1.0 GZ10000101008000; only the main diagnosis is checked).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH k0 AS (
  SELECT code, array_to_string(list_filter(list_transform(string_split(string_agg(param, ','), ','), p -> trim(p)),
    p -> p <> ''), ',') AS shown
  FROM kb_restriction WHERE kind = 'indication' GROUP BY code
),
k AS (SELECT code, shown, replace(upper(shown), '.', '') AS prefixes FROM k0 WHERE shown <> '')
SELECT f.setl_id || '|' || f.hilist_code AS finding_key, f.psn_no, f.mdtrt_id, f.setl_id, f.fixmedins_code,
  f.bilg_dr_code AS dr_code, f.feedetl_sn, 1 AS vola_item_type, f.det_item_fee_sumamt AS amount,
  '药品“' || coalesce(f.hilist_name, f.hilist_code) || '”限适应症 ' || k.shown || ' 使用，本次结算主诊断为 '
    || s.dise_codg AS vola_cont,
  'Drug "' || coalesce(f.hilist_name, f.hilist_code) || '" is paid only for ' || k.shown
    || '; the main diagnosis is ' || s.dise_codg AS vola_cont_en
FROM fee f
JOIN k ON k.code = f.hilist_code
JOIN setl s ON s.setl_id = f.setl_id
WHERE regexp_matches(f.hilist_code, '^[XZ]') AND trim(coalesce(s.dise_codg, '')) <> ''
  AND NOT cl_has_prefix(replace(upper(trim(s.dise_codg)), '.', ''), k.prefixes)
`,
});
