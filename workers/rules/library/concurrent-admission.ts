import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';

/**
 * 同时住院: two inpatient stays of one person at different institutions that share at least one night
 * (the later admission is before the earlier discharge; discharge on the other's admission day is a
 * transfer, not an overlap). One person cannot lie in two hospitals: one stay is nominal or fake. The
 * later-admitted stay (ties: the larger setl_id) is violating as a whole settlement (`medfee_sumamt`);
 * the stays it overlaps are related (amount 0). One finding per violating stay.
 */
export const concurrentAdmission = defineRule({
  id: 'CL-BHV-001',
  name: msg('同时住院', 'Concurrent admissions'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('虚假住院', 'Fake hospitalisation'),
  scenes: ['inpatient'],
  window: 'period',
  needs: {
    fields: {
      // medfee_sumamt is the finding's amount when present (NULL: amount not known), not a check.
      setl: ['setl_id', 'psn_no', 'fixmedins_code', 'med_type', 'begndate', 'enddate'],
    },
  },
  parameters: [],
  basis: msg(
    '《医疗保障基金使用监督管理条例》第三十八条（挂床住院）、第四十条（诱导、协助他人冒名或者虚假就医）；国家医保局“虚假住院”大数据模型：同一参保人同期在不同机构住院。',
    'Regulation on the Use of Medical Security Funds, art. 38 (phantom stays) and art. 40 (impersonated or fake care); NHSA fake-hospitalisation model: one person in hospital at two institutions at once.',
  ),
  origin: 'regulation',
  sql: `
WITH st AS (
  SELECT setl_id, mdtrt_id, psn_no, fixmedins_code, atddr_no, medfee_sumamt,
    CAST(begndate AS DATE) AS b, CAST(enddate AS DATE) AS e
  FROM setl
  WHERE cl_scene(med_type) = 'inpatient' AND psn_no IS NOT NULL AND fixmedins_code IS NOT NULL
    AND begndate IS NOT NULL AND enddate IS NOT NULL
),
pair AS (
  SELECT l.setl_id AS finding_key, o.setl_id AS other_id, o.fixmedins_code AS other_inst, o.b AS ob, o.e AS oe,
    date_diff('day', greatest(l.b, o.b), least(l.e, o.e)) AS nights
  FROM st l
  JOIN st o ON o.psn_no = l.psn_no AND o.fixmedins_code <> l.fixmedins_code
    AND (o.b < l.b OR (o.b = l.b AND o.setl_id < l.setl_id))
  WHERE greatest(l.b, o.b) < least(l.e, o.e)
),
f AS (
  SELECT finding_key,
    string_agg(other_inst || ' 的住院（结算 ' || other_id || '，' || ob || ' 至 ' || oe || '）重叠 ' || nights || ' 晚',
      '；' ORDER BY ob, other_id) AS zh,
    string_agg('the stay at ' || other_inst || ' (settlement ' || other_id || ', ' || ob || ' to ' || oe
      || ') by ' || nights || ' night(s)', '; ' ORDER BY ob, other_id) AS en
  FROM pair GROUP BY finding_key
),
rows AS (
  SELECT finding_key, finding_key AS setl_id, 1 AS vola_item_type FROM f
  UNION ALL
  SELECT finding_key, other_id, 2 FROM pair
)
SELECT r.finding_key, s.psn_no, s.mdtrt_id, s.setl_id, s.fixmedins_code, s.atddr_no AS dr_code, NULL AS feedetl_sn,
  r.vola_item_type, CASE WHEN r.vola_item_type = 1 THEN s.medfee_sumamt ELSE 0 END AS amount,
  '在机构 ' || v.fixmedins_code || ' 的住院（' || v.b || ' 至 ' || v.e || '）与在 ' || f.zh AS vola_cont,
  'The stay at ' || v.fixmedins_code || ' (' || v.b || ' to ' || v.e || ') overlaps ' || f.en AS vola_cont_en
FROM rows r
JOIN f USING (finding_key)
JOIN st v ON v.setl_id = r.finding_key
JOIN st s ON s.setl_id = r.setl_id
`,
});
