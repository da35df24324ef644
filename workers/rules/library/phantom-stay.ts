import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { qtySql } from './fee-line-sql';

// Percentages as text without trailing zeros (`20`, `12.5`).
const SHARE = qtySql('round(100.0 * a.treat_days / st.los, 1)');
const THRESHOLD = qtySql('$min_treatment_share');

/**
 * 挂床住院: a stay billed as a stay (bed, nursing or examination lines present) in which hardly any day
 * carries treatment. Indicator: treatment days ÷ length of stay, where a treatment day is a calendar
 * day with at least one line of a treatment charge type (default 05 治疗, 06 手术, 09 西药, 10 中药饮片,
 * 11 中成药) and the length of stay is discharge minus admission day (at least 1). Stays of at least
 * `min_days` days with a share below `min_treatment_share` % are flagged (suspicious: the ward is
 * heard). The message also reports domain practice's 48-hour signal — no substantive treatment on the
 * admission day or the day after — as supporting evidence, not as a condition. Whole-settlement finding,
 * amount `medfee_sumamt`. Charge types are national codes (01…14); one-digit codes are read as 0x.
 */
export const phantomStay = defineRule({
  id: 'CL-BHV-003',
  name: msg('挂床住院', 'Phantom stay'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '可疑',
  behaviour: msg('挂床住院', 'Phantom stay'),
  scenes: ['inpatient'],
  window: 'visit',
  needs: {
    fields: {
      setl: ['setl_id', 'med_type', 'begndate', 'enddate', 'medfee_sumamt'],
      fee: ['setl_id', 'fee_ocur_time', 'med_chrgitm_type'],
    },
  },
  parameters: [
    {
      name: 'min_days',
      label: msg('最短住院天数（含）', 'Shortest stay considered (days, inclusive)'),
      kind: 'integer',
      default: 3,
      min: 1,
      max: 365,
      unit: msg('天', 'days'),
    },
    {
      name: 'min_treatment_share',
      label: msg(
        '有治疗类费用天数占比下限（%，低于即计）',
        'Least share of days with treatment (%, below is flagged)',
      ),
      kind: 'number',
      default: 30,
      min: 0,
      max: 100,
      unit: msg('%', '%'),
    },
    {
      name: 'treatment_types',
      label: msg('治疗类收费项目类别', 'Charge types that count as treatment'),
      kind: 'text',
      default: '05,06,09,10,11',
    },
    {
      name: 'stay_types',
      label: msg(
        '表明在院的收费项目类别（床位、护理、检查化验）',
        'Charge types that show a stay (bed, nursing, exams)',
      ),
      kind: 'text',
      default: '01,02,03,04,07',
    },
  ],
  basis: msg(
    '《医疗保障基金使用监督管理条例》第三十八条（挂床住院）；挂床住院监测信号：住院期间无实质性治疗、入院 48 小时内无实质性检查治疗。',
    'Regulation on the Use of Medical Security Funds, art. 38 (phantom stays); phantom-stay signals: no substantive treatment during the stay, none within 48 hours of admission.',
  ),
  origin: 'regulation',
  sql: `
WITH st AS (
  SELECT setl_id, mdtrt_id, psn_no, fixmedins_code, atddr_no, medfee_sumamt, CAST(begndate AS DATE) AS b,
    CAST(enddate AS DATE) AS e, greatest(date_diff('day', CAST(begndate AS DATE), CAST(enddate AS DATE)), 1) AS los
  FROM setl
  WHERE cl_scene(med_type) = 'inpatient' AND begndate IS NOT NULL AND enddate IS NOT NULL
    AND greatest(date_diff('day', CAST(begndate AS DATE), CAST(enddate AS DATE)), 1) >= $min_days
),
ln AS (
  SELECT setl_id, CAST(fee_ocur_time AS DATE) AS d,
    CASE WHEN regexp_matches(trim(med_chrgitm_type), '^[0-9]$') THEN '0' || trim(med_chrgitm_type)
      ELSE trim(med_chrgitm_type) END AS t
  FROM fee WHERE setl_id IS NOT NULL AND med_chrgitm_type IS NOT NULL
),
cls AS (
  SELECT t, cl_in_list(t, $treatment_types) AS treat, cl_in_list(t, $stay_types) AS shows_stay
  FROM (SELECT DISTINCT t FROM ln)
),
agg AS (
  SELECT ln.setl_id, count(DISTINCT ln.d) FILTER (WHERE cls.treat) AS treat_days,
    min(ln.d) FILTER (WHERE cls.treat) AS first_treat, bool_or(cls.shows_stay) AS shows_stay
  FROM ln JOIN cls USING (t) GROUP BY ln.setl_id
)
SELECT st.setl_id AS finding_key, st.psn_no, st.mdtrt_id, st.setl_id, st.fixmedins_code, st.atddr_no AS dr_code,
  NULL AS feedetl_sn, 1 AS vola_item_type, st.medfee_sumamt AS amount,
  '住院 ' || st.los || ' 天（' || st.b || ' 至 ' || st.e || '），仅 ' || a.treat_days
    || ' 天有治疗、手术或药品类费用（' || ${SHARE} || '%，低于 '
    || ${THRESHOLD} || '%），但有床位、护理或检查费用'
    || CASE WHEN a.first_treat IS NULL OR a.first_treat > st.b + 1 THEN '；入院当日及次日无治疗类费用（48 小时内无实质治疗）'
      ELSE '' END AS vola_cont,
  'Stay of ' || st.los || ' days (' || st.b || ' to ' || st.e || ') with treatment, surgery or drugs on only '
    || a.treat_days || ' day(s) (' || ${SHARE} || '%, below '
    || ${THRESHOLD} || '%) while bed, nursing or examination charges were billed'
    || CASE WHEN a.first_treat IS NULL OR a.first_treat > st.b + 1
      THEN '; no treatment on the admission day or the day after (48-hour signal)' ELSE '' END AS vola_cont_en
FROM st JOIN agg a USING (setl_id)
WHERE a.shows_stay AND 100.0 * a.treat_days < $min_treatment_share * st.los
`,
});
