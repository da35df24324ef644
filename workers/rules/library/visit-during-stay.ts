import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';

/**
 * 住院期间门诊或购药: an outpatient or pharmacy settlement of a person dated strictly inside one of
 * their inpatient stays (after the admission day, before the discharge day; visits on either day are
 * allowed, as care on admission or discharge day is ordinary). Either the patient was not in the ward
 * (挂床住院, 冒名) or inpatient costs were moved to outpatient settlements. The outpatient or pharmacy
 * settlement is violating (whole settlement, `medfee_sumamt`); the stays it falls in are related.
 */
export const visitDuringStay = defineRule({
  id: 'CL-BHV-002',
  name: msg('住院期间门诊或购药', 'Outpatient or pharmacy care during a stay'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('挂床住院', 'Phantom stay'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'visit',
  needs: {
    fields: {
      setl: ['setl_id', 'psn_no', 'fixmedins_code', 'med_type', 'begndate', 'enddate', 'medfee_sumamt'],
    },
  },
  parameters: [],
  basis: msg(
    '《医疗保障基金使用监督管理条例》第三十八条（挂床住院、分解项目收费）、第四十条（冒名或者虚假就医、购药）：参保人住院期间发生门诊或药店购药结算。',
    'Regulation on the Use of Medical Security Funds, art. 38 (phantom stays, unbundled charges) and art. 40 (impersonated or fake care and purchases): outpatient or pharmacy settlements while the person is an inpatient.',
  ),
  origin: 'regulation',
  sql: `
WITH st AS (
  SELECT setl_id, psn_no, fixmedins_code, CAST(begndate AS DATE) AS b, CAST(enddate AS DATE) AS e
  FROM setl
  WHERE cl_scene(med_type) = 'inpatient' AND psn_no IS NOT NULL AND begndate IS NOT NULL AND enddate IS NOT NULL
),
vis AS (
  SELECT setl_id, psn_no, fixmedins_code, cl_scene(med_type) AS scene,
    CAST(begndate AS DATE) AS d
  FROM setl
  WHERE cl_scene(med_type) IN ('outpatient', 'pharmacy') AND psn_no IS NOT NULL AND begndate IS NOT NULL
),
pair AS (
  SELECT v.setl_id AS finding_key, st.setl_id AS stay_id, st.fixmedins_code AS stay_inst, st.b, st.e
  FROM vis v JOIN st ON st.psn_no = v.psn_no AND v.d > st.b AND v.d < st.e
),
f AS (
  SELECT finding_key,
    string_agg(coalesce(stay_inst, '—') || ' 住院期间（结算 ' || stay_id || '，' || b || ' 至 ' || e || '）', '、'
      ORDER BY b, stay_id) AS zh,
    string_agg('the stay at ' || coalesce(stay_inst, '—') || ' (settlement ' || stay_id || ', ' || b || ' to ' || e || ')', ', '
      ORDER BY b, stay_id) AS en
  FROM pair GROUP BY finding_key
),
m AS (
  SELECT f.finding_key,
    '参保人在 ' || f.zh || '，于 ' || v.d || ' 在机构 ' || coalesce(v.fixmedins_code, '—') || ' 发生'
      || CASE v.scene WHEN 'pharmacy' THEN '购药' ELSE '门诊' END || '结算' AS zh,
    CASE v.scene WHEN 'pharmacy' THEN 'A pharmacy' ELSE 'An outpatient' END || ' settlement at ' || coalesce(v.fixmedins_code, '—') || ' on ' || v.d || ' falls inside ' || f.en AS en
  FROM f JOIN vis v ON v.setl_id = f.finding_key
),
r AS (
  SELECT finding_key, finding_key AS setl_id, 1 AS vola_item_type FROM f
  UNION ALL
  SELECT finding_key, stay_id, 2 FROM pair
)
SELECT r.finding_key, s.psn_no, s.mdtrt_id, s.setl_id, s.fixmedins_code, s.atddr_no AS dr_code, NULL AS feedetl_sn,
  r.vola_item_type, CASE WHEN r.vola_item_type = 1 THEN s.medfee_sumamt ELSE 0 END AS amount,
  m.zh AS vola_cont, m.en AS vola_cont_en
FROM r JOIN m USING (finding_key) JOIN setl s ON s.setl_id = r.setl_id
`,
});
