import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';

/**
 * 频繁住院: a person admitted more than `max_admissions` times in one natural year (by admission day).
 * A stay is a person's inpatient settlements at one institution with one admission day, so a stay
 * settled in parts (中途结算) counts once. Stays whose main diagnosis starts with an excluded prefix
 * (default Z51, planned chemo/radiotherapy cycles, which legitimately recur every few weeks) are not
 * counted. One finding per person and year: the stays after the limit are violating (whole settlements,
 * `medfee_sumamt`), the earlier ones related (amount 0).
 */
export const frequentAdmission = defineRule({
  id: 'GZ10000204004000',
  name: msg('频繁住院', 'Frequent admissions'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '可疑',
  behaviour: msg('频繁住院', 'Frequent admissions'),
  scenes: ['inpatient'],
  window: 'year',
  needs: {
    fields: {
      setl: ['setl_id', 'psn_no', 'fixmedins_code', 'med_type', 'begndate', 'dise_codg', 'medfee_sumamt'],
    },
  },
  parameters: [
    {
      name: 'max_admissions',
      label: msg('每自然年允许的最多住院次数（超过即计）', 'Most admissions allowed per calendar year'),
      kind: 'integer',
      default: 4,
      min: 1,
      max: 100,
      unit: msg('次', 'stays'),
    },
    {
      name: 'excluded_diagnoses',
      label: msg(
        '不计入的主诊断编码前缀（如计划性放化疗）',
        'Main diagnosis prefixes not counted (e.g. planned chemo)',
      ),
      kind: 'text',
      default: 'Z51',
    },
  ],
  basis: msg(
    '规则库 1.0 GZ10000204004000（频繁住院）：对参保人单位时间内多次发生住院行为进行监管；《医疗保障基金使用监督管理条例》第三十八条（分解住院、挂床住院）。',
    'Rule base 1.0 GZ10000204004000 (frequent admissions): repeated admissions of an insured person within a period; Regulation on the Use of Medical Security Funds, art. 38 (split and phantom admissions).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH s AS (
  SELECT setl_id, mdtrt_id, psn_no, fixmedins_code, atddr_no, coalesce(fixmedins_code, '') AS inst, medfee_sumamt,
    CAST(begndate AS DATE) AS d
  FROM setl
  WHERE cl_scene(med_type) = 'inpatient' AND psn_no IS NOT NULL AND begndate IS NOT NULL
    AND NOT cl_has_prefix(upper(trim(coalesce(dise_codg, ''))), upper($excluded_diagnoses))
),
a AS (
  SELECT psn_no, inst, d, year(d) AS y,
    row_number() OVER (PARTITION BY psn_no, year(d) ORDER BY d, inst) AS k,
    count(*) OVER (PARTITION BY psn_no, year(d)) AS n
  FROM s GROUP BY psn_no, inst, d
)
SELECT s.psn_no || '|' || a.y AS finding_key, s.psn_no, s.mdtrt_id, s.setl_id, s.fixmedins_code,
  s.atddr_no AS dr_code, NULL AS feedetl_sn, CASE WHEN a.k > $max_admissions THEN 1 ELSE 2 END AS vola_item_type,
  CASE WHEN a.k > $max_admissions THEN s.medfee_sumamt ELSE 0 END AS amount,
  '参保人 ' || s.psn_no || ' 在 ' || a.y || ' 年住院 ' || a.n || ' 次（上限 ' || CAST($max_admissions AS INTEGER)
    || ' 次），第 ' || (CAST($max_admissions AS INTEGER) + 1) || ' 次起的 '
    || (a.n - CAST($max_admissions AS INTEGER)) || ' 次住院超出' AS vola_cont,
  'Person ' || s.psn_no || ' was admitted ' || a.n || ' times in ' || a.y || ' (limit '
    || CAST($max_admissions AS INTEGER) || '); the ' || (a.n - CAST($max_admissions AS INTEGER))
    || ' stays from admission ' || (CAST($max_admissions AS INTEGER) + 1) || ' on are beyond it' AS vola_cont_en
FROM a JOIN s ON s.psn_no = a.psn_no AND s.inst = a.inst AND s.d = a.d
WHERE a.n > $max_admissions
`,
});
