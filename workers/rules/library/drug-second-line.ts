import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';

/**
 * 药品限二线使用: a second-line drug (kb_restriction `second_line`) billed for a person with no earlier use of
 * a first-line drug in the `lookback_days` calendar days before it (a prior use exactly `lookback_days`
 * days earlier still counts).
 *
 * First-line drugs are those whose code starts with one of the prefixes in the restriction's `param`
 * (comma list; several rows for one code are pooled). When `param` is empty, any other drug code of the same
 * catalogue class (code characters 2–5, e.g. `L01E` of `XL01EL…`) counts as first line. "Earlier" means a
 * strictly earlier `fee_ocur_time` of the same person, at any institution in the data: a same-day switch
 * recorded at date precision only does not count. Each second-line line without such a prior use is
 * violating at its whole line amount; one finding per settlement and drug.
 *
 * Severity is 高度可疑 although the catalogue restriction is a clear policy: the first-line treatment may
 * predate the extract or be documented only in the medical record.
 */
export const drugSecondLine = defineRule({
  id: 'GZ10000101005000',
  name: msg('药品限二线使用', 'Second-line drug'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '高度可疑',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'days',
  needs: {
    fields: {
      fee: [...FEE_FINDING_FIELDS, 'fee_ocur_time'],
    },
    knowledge: [{ table: 'kb_restriction', kind: 'second_line' }],
  },
  parameters: [
    {
      name: 'lookback_days',
      label: msg('回溯一线用药的天数', 'Days to look back for a first-line drug'),
      kind: 'integer',
      default: 365,
      min: 1,
      max: 3650,
      unit: msg('天', 'days'),
    },
  ],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》限二线使用的药品，须有一线药品使用无效或不能耐受的证据（规则库 1.0 GZ10000101005000）。',
    'The national drug catalogue pays for this drug as second-line treatment only, after first-line drugs failed or were not tolerated (rule base 1.0 GZ10000101005000).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH k AS (
  SELECT code, string_agg(nullif(trim(param), ''), ',') AS firsts
  FROM kb_restriction WHERE kind = 'second_line' GROUP BY code
),
sl AS (
  SELECT f.*, k.firsts FROM fee f JOIN k ON k.code = f.hilist_code
  WHERE regexp_matches(f.hilist_code, '^[XZ]') AND f.psn_no IS NOT NULL AND f.fee_ocur_time IS NOT NULL
),
-- First-line codes per second-line code, matched once per distinct code rather than per fee line.
used AS (SELECT DISTINCT hilist_code AS code FROM fee WHERE regexp_matches(hilist_code, '^[XZ]')),
firsts AS (
  SELECT k.code AS sl_code, u.code AS first_code FROM k, used u
  WHERE k.firsts IS NOT NULL AND u.code <> k.code AND cl_has_prefix(u.code, k.firsts)
  UNION ALL
  SELECT k.code, u.code FROM k JOIN used u ON substr(u.code, 2, 4) = substr(k.code, 2, 4)
  WHERE k.firsts IS NULL AND u.code <> k.code
),
pairs AS (SELECT DISTINCT psn_no, hilist_code AS sl_code FROM sl),
prior AS (
  SELECT p.psn_no, p.sl_code, f.fee_ocur_time AS t
  FROM fee f JOIN firsts fc ON fc.first_code = f.hilist_code
  JOIN pairs p ON p.psn_no = f.psn_no AND p.sl_code = fc.sl_code
  WHERE f.fee_ocur_time IS NOT NULL
),
checked AS (
  SELECT sl.*, pr.t AS prior_time
  FROM sl ASOF LEFT JOIN prior pr
    ON pr.psn_no = sl.psn_no AND pr.sl_code = sl.hilist_code AND sl.fee_ocur_time > pr.t
)
SELECT setl_id || '|' || hilist_code AS finding_key, psn_no, mdtrt_id, setl_id, fixmedins_code,
  bilg_dr_code AS dr_code, feedetl_sn, 1 AS vola_item_type, det_item_fee_sumamt AS amount,
  '限二线使用的药品“' || coalesce(hilist_name, hilist_code) || '”于 ' || CAST(fee_ocur_time AS DATE) || ' 使用，此前 '
    || CAST($lookback_days AS INTEGER) || ' 天内无一线药品（'
    || coalesce(firsts, '同类 ' || substr(hilist_code, 2, 4)) || '）使用记录' AS vola_cont,
  'Second-line drug "' || coalesce(hilist_name, hilist_code) || '" used on ' || CAST(fee_ocur_time AS DATE)
    || ' with no first-line drug (' || coalesce(firsts, 'class ' || substr(hilist_code, 2, 4)) || ') in the '
    || CAST($lookback_days AS INTEGER) || ' days before' AS vola_cont_en
FROM checked
WHERE prior_time IS NULL
  OR date_diff('day', CAST(prior_time AS DATE), CAST(fee_ocur_time AS DATE)) > $lookback_days
`,
});
