/**
 * The SQL the two 虚假住院团伙 models share (`fake-admission-ring` per institution,
 * `fake-admission-ring-people` per person).
 *
 * Inpatient stays (医疗类别 2x or 住院) at one institution are co-admissions when their admission dates lie
 * within `window_days` of each other. Two people are partners at an institution when they were admitted
 * together on at least `min_times` of the first person's stays. A person with at least `min_partners`
 * partners there is a member of an admission group, and their co-admitted stays are the group's stays.
 * Per member and institution the indicators are: stays admitted together, partners, mean and spread
 * (population standard deviation) of the length of stay, and the share of the bill that is substantive
 * treatment (治疗, 手术, 卫材, drugs) over those stays.
 *
 * Member score = stays admitted together × signals, where signals = short stays (mean ≤ `max_los` days:
 * 1) + uniform stays (spread ≤ `max_los_sd` days: 1) + little treatment (share ≤ `max_treat_share`: 2;
 * unknown when the stays have no fee lines, and then not counted). Little treatment weighs double: it is
 * the sign that the stay was not real care, while short uniform stays alone also fit planned short
 * admissions. A group treated as usual with ordinary stays scores 0.
 */
import type { ModelParameterDef, ModelParameterValue } from '../../../core/models/model-types';
import type { RuleNeeds } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { isTreatmentSql, num, sceneSql } from './behaviour-sql';

/** What both ring models read: inpatient settlements with their dates, and their fee lines by charge type. */
export const RING_NEEDS: RuleNeeds = {
  fields: {
    setl: ['setl_id', 'psn_no', 'fixmedins_code', 'med_type', 'begndate', 'enddate'],
    fee: ['setl_id', 'med_chrgitm_type', 'det_item_fee_sumamt'],
  },
};

/** The parameters both ring models take. */
export const RING_PARAMETERS: readonly ModelParameterDef[] = [
  {
    name: 'window_days',
    label: msg('同批入院的日期差（天）', 'Days apart still admitted together'),
    kind: 'integer',
    default: 1,
    min: 0,
    max: 7,
    unit: msg('天', 'days'),
    reason: msg(
      '国家医保局虚假住院模型以“同一批人同日入院”为信号；允许前后 1 天，以免跨零点或分批办理漏掉同一团伙',
      "NHSA's fake-admission model looks for the same people admitted on the same day; ±1 day keeps a group admitted around midnight or in two batches together",
    ),
  },
  {
    name: 'min_times',
    label: msg('两人同批入院的最少次数', 'Times two people are admitted together, at least'),
    kind: 'integer',
    default: 3,
    min: 2,
    max: 50,
    reason: msg(
      '一次同日入院常见，两次可由巧合或同期复诊造成；三次及以上同批入院在同一机构难以用巧合解释',
      'One shared admission day is common and two can be chance or a shared follow-up schedule; three or more at one institution are hard to explain by chance',
    ),
  },
  {
    name: 'min_partners',
    label: msg('同批入院的同伴数，至少', 'Partners admitted together, at least'),
    kind: 'integer',
    default: 2,
    min: 1,
    max: 50,
    reason: msg(
      '团伙至少 3 人（本人加 2 名同伴）；只有 1 名同伴的常是夫妻、亲属一同住院',
      'A group is at least three people (the person and two partners); a single partner is often a spouse or relative admitted together',
    ),
  },
  {
    name: 'max_los',
    label: msg('“住院短”的平均住院日上限', 'Mean stay counted as short, at most'),
    kind: 'number',
    default: 5,
    min: 1,
    max: 30,
    unit: msg('天', 'days'),
    reason: msg(
      '全国平均住院日约 8–9 天；虚假住院为避免暴露而住得短（通报案例多为 3–5 天）',
      'The national mean length of stay is about 8–9 days; fake admissions are kept short to avoid notice (reported cases: 3–5 days)',
    ),
  },
  {
    name: 'max_los_sd',
    label: msg('“住院天数一致”的标准差上限', 'Spread of stays counted as uniform, at most'),
    kind: 'number',
    default: 1,
    min: 0,
    max: 10,
    unit: msg('天', 'days'),
    reason: msg(
      '真实病程长短不一；每次都住同样天数（标准差 ≤ 1 天）是按套路安排的迹象',
      'Real illnesses last different times; the same length every time (spread ≤ 1 day) points at a script',
    ),
  },
  {
    name: 'max_treat_share',
    label: msg('“几乎无实质治疗”的治疗费占比上限', 'Treatment share counted as little, at most'),
    kind: 'number',
    default: 0.2,
    min: 0,
    max: 1,
    reason: msg(
      '挂床/虚假住院的信号是检查占比高而无治疗（检查 ≥ 80%）；治疗、手术、卫材和药品合计不超过 20% 即视为几乎无实质治疗',
      'Phantom and fake stays show examinations (≥ 80%) and no treatment; treatment, surgery, consumables and drugs at most 20% of the bill count as little substantive treatment',
    ),
  },
];

/**
 * CTEs (without `WITH`) ending in `members` (psn_no, inst, partners, shared_stays, mean_los, los_sd,
 * treat_share, short_stay, uniform_stay, little_treat, signals, member_score) and `ring_stays` (setl_id,
 * psn_no, inst, begndate, los) for the members' co-admitted stays.
 */
export function ringCtes(p: Readonly<Record<string, ModelParameterValue>>): string {
  const w = num(p.window_days);
  return `
st AS (
  SELECT setl_id, psn_no, fixmedins_code AS inst, CAST(begndate AS DATE) AS d,
    greatest(coalesce(date_diff('day', CAST(begndate AS DATE), CAST(enddate AS DATE)), 0), 0) AS los
  FROM setl
  WHERE ${sceneSql('med_type')} = 'inpatient' AND psn_no IS NOT NULL AND fixmedins_code IS NOT NULL
    AND begndate IS NOT NULL AND setl_id IS NOT NULL
),
co AS (
  SELECT a.setl_id, a.psn_no, a.inst, b.psn_no AS partner
  FROM st a JOIN st b ON b.inst = a.inst AND b.d BETWEEN a.d - ${w} AND a.d + ${w} AND b.psn_no <> a.psn_no
),
pairs AS (
  SELECT psn_no, inst, partner FROM co GROUP BY psn_no, inst, partner
  HAVING count(DISTINCT setl_id) >= ${num(p.min_times)}
),
grp AS (
  SELECT psn_no, inst, count(*) AS partners FROM pairs GROUP BY psn_no, inst
  HAVING count(*) >= ${num(p.min_partners)}
),
ring_stays AS (
  SELECT DISTINCT st.setl_id, st.psn_no, st.inst, st.d AS begndate, st.los
  FROM co JOIN pairs USING (psn_no, inst, partner) JOIN grp USING (psn_no, inst) JOIN st USING (setl_id)
),
treat AS (
  SELECT f.setl_id, sum(f.det_item_fee_sumamt) AS total,
    coalesce(sum(f.det_item_fee_sumamt) FILTER (WHERE ${isTreatmentSql('f.med_chrgitm_type')}), 0) AS treated
  FROM fee f WHERE f.setl_id IN (SELECT setl_id FROM ring_stays) GROUP BY f.setl_id
),
member_ind AS (
  SELECT r.psn_no, r.inst, any_value(g.partners) AS partners, count(*) AS shared_stays,
    avg(r.los)::DOUBLE AS mean_los, stddev_pop(r.los)::DOUBLE AS los_sd,
    (sum(t.treated) / nullif(sum(t.total), 0))::DOUBLE AS treat_share
  FROM ring_stays r JOIN grp g USING (psn_no, inst) LEFT JOIN treat t USING (setl_id)
  GROUP BY r.psn_no, r.inst
),
members AS (
  SELECT *, short_stay::INTEGER + uniform_stay::INTEGER + 2 * little_treat::INTEGER AS signals,
    shared_stays * (short_stay::INTEGER + uniform_stay::INTEGER + 2 * little_treat::INTEGER) AS member_score
  FROM (
    SELECT *, mean_los <= ${num(p.max_los)} AS short_stay, los_sd <= ${num(p.max_los_sd)} AS uniform_stay,
      coalesce(treat_share <= ${num(p.max_treat_share)}, false) AS little_treat
    FROM member_ind
  )
)`;
}

/** The treatment share in words (`4%`, or unknown when the stays have no fee lines), Chinese and English. */
export function treatShareText(col: string): { zh: string; en: string } {
  return {
    zh: `coalesce(printf('治疗费占比 %.0f%%', 100 * ${col}), '无费用明细，治疗费占比未知')`,
    en: `coalesce(printf('treatment %.0f%% of the bill', 100 * ${col}), 'no fee lines, treatment share unknown')`,
  };
}
