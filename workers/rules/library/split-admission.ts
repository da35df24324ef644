import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';

/**
 * 分解住院: a readmission to the same institution within N days of discharge for a related condition
 * (same ICD-10 category), planned chemotherapy/radiotherapy cycles excluded.
 */
export const splitAdmission = defineRule({
  id: 'GZ10000204001000',
  name: msg('分解住院', 'Split admission'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('分解住院', 'Split admission'),
  scenes: ['inpatient'],
  window: 'days',
  needs: {
    fields: {
      setl: [
        'setl_id',
        'psn_no',
        'fixmedins_code',
        'med_type',
        'begndate',
        'enddate',
        'dise_codg',
        // medfee_sumamt is the finding's amount when present (NULL: amount not known), not a check.
      ],
    },
  },
  parameters: [
    {
      name: 'window_days',
      label: msg('出院后再入院间隔（天，含）', 'Days from discharge to readmission (inclusive)'),
      kind: 'integer',
      default: 15,
      min: 0,
      max: 90,
      unit: msg('天', 'days'),
    },
    {
      name: 'category_length',
      label: msg('视为同一病种的诊断编码前几位', 'Diagnosis code characters that make the same condition'),
      kind: 'integer',
      default: 3,
      min: 1,
      max: 7,
    },
    {
      name: 'excluded_diagnoses',
      label: msg(
        '不计入的诊断编码前缀（如计划性放化疗）',
        'Diagnosis prefixes not counted (e.g. planned chemo/radiotherapy)',
      ),
      kind: 'text',
      default: 'Z51',
    },
  ],
  basis: msg(
    '《医疗保障基金使用监督管理条例》第三十八条：分解住院；规则库 1.0 GZ10000204001000：同一医疗机构相邻两次住院间隔异常。',
    'Regulation on the Use of Medical Security Funds, art. 38: split admission; rule base 1.0 GZ10000204001000: abnormally short interval between two stays at the same institution.',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH stays AS (
  SELECT setl_id, mdtrt_id, psn_no, fixmedins_code, atddr_no, dise_codg, medfee_sumamt,
    CAST(begndate AS DATE) AS b, CAST(enddate AS DATE) AS e
  FROM setl
  WHERE cl_scene(med_type) = 'inpatient' AND begndate IS NOT NULL AND enddate IS NOT NULL
    AND dise_codg IS NOT NULL AND psn_no IS NOT NULL
)
SELECT s.setl_id AS finding_key, s.psn_no, s.mdtrt_id, s.setl_id, s.fixmedins_code, s.atddr_no AS dr_code,
  NULL AS feedetl_sn, 1 AS vola_item_type, s.medfee_sumamt AS amount,
  '出院 ' || date_diff('day', max(p.e), s.b) || ' 天后以相关诊断 ' || s.dise_codg || ' 再次入住同一机构（前次结算 '
    || max_by(p.setl_id, p.e) || '）' AS vola_cont,
  'Readmitted to the same institution ' || date_diff('day', max(p.e), s.b) || ' days after discharge with related diagnosis '
    || s.dise_codg || ' (previous settlement ' || max_by(p.setl_id, p.e) || ')' AS vola_cont_en
FROM stays s
JOIN stays p ON p.psn_no = s.psn_no AND p.fixmedins_code = s.fixmedins_code AND p.setl_id <> s.setl_id
  AND p.e <= s.b AND p.b < s.b
WHERE date_diff('day', p.e, s.b) <= $window_days
  AND left(p.dise_codg, CAST($category_length AS INTEGER)) = left(s.dise_codg, CAST($category_length AS INTEGER))
  AND NOT cl_has_prefix(s.dise_codg, $excluded_diagnoses)
GROUP BY s.setl_id, s.psn_no, s.mdtrt_id, s.fixmedins_code, s.atddr_no, s.medfee_sumamt, s.b, s.dise_codg
`,
});
