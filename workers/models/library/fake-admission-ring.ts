/**
 * 虚假住院团伙 per institution. A member's score is described in `fake-admission-ring-sql.ts`: stays
 * admitted together × the count of signals that hold (short stays, uniform stays, little treatment).
 *
 * Institution score = Σ member scores × (1 + min(over-capacity days, 30) / 30): days on which more
 * inpatients were in the institution than its approved beds (`medins.open_beds`, optional) strengthen a
 * ring's signal up to twice; alone they are a bed-management question, not this model's. When the
 * approved beds are not mapped the capacity indicator is NULL, counts nothing, and the explanation says so.
 */
import {
  defineModel,
  type ModelAvailableFields,
  type ModelParameterValue,
} from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';
import { hasField } from './behaviour-sql';
import { RING_NEEDS, RING_PARAMETERS, ringCtes, treatShareText } from './fake-admission-ring-sql';

/** The capacity CTE for the institutions in `ig`, or NULLs when approved beds are not available. */
function capacitySql(available: ModelAvailableFields | undefined): string {
  if (!hasField(available, 'medins', 'open_beds') || !hasField(available, 'medins', 'fixmedins_code')) {
    return `cap AS (SELECT inst, NULL::BIGINT AS over_days, NULL::BIGINT AS open_beds, NULL::BIGINT AS peak FROM ig)`;
  }
  return `occ AS (
  SELECT inst, day, count(*) AS occupied FROM (
    SELECT inst, d + CAST(unnest(range(greatest(los, 1))) AS INTEGER) AS day FROM st
    WHERE inst IN (SELECT inst FROM ig)
  ) GROUP BY inst, day
),
beds AS (
  SELECT fixmedins_code AS inst, max(open_beds)::BIGINT AS open_beds FROM medins
  WHERE open_beds > 0 GROUP BY fixmedins_code
),
cap AS (
  SELECT ig.inst, CASE WHEN b.open_beds IS NULL THEN NULL
      ELSE count(o.day) FILTER (WHERE o.occupied > b.open_beds) END AS over_days,
    b.open_beds, max(o.occupied) AS peak
  FROM ig LEFT JOIN beds b USING (inst) LEFT JOIN occ o USING (inst) GROUP BY ig.inst, b.open_beds
)`;
}

function build(p: Readonly<Record<string, ModelParameterValue>>, available?: ModelAvailableFields) {
  const share = treatShareText('ig.treat_share');
  const ctes = `WITH ${ringCtes(p)},
scored AS (SELECT * FROM members WHERE member_score > 0),
gs AS (SELECT r.* FROM ring_stays r JOIN scored USING (psn_no, inst)),
gt AS (
  SELECT gs.inst, sum(t.treated) / nullif(sum(t.total), 0) AS treat_share
  FROM gs JOIN treat t USING (setl_id) GROUP BY gs.inst
),
ig AS (
  SELECT s.inst, count(*) AS members, sum(s.member_score)::DOUBLE AS ring_score,
    (SELECT count(*) FROM gs WHERE gs.inst = s.inst) AS group_stays,
    (SELECT count(DISTINCT gs.begndate) FROM gs WHERE gs.inst = s.inst) AS admission_days,
    (SELECT avg(gs.los) FROM gs WHERE gs.inst = s.inst)::DOUBLE AS mean_los,
    any_value(gt.treat_share)::DOUBLE AS treat_share
  FROM scored s LEFT JOIN gt USING (inst) GROUP BY s.inst
),
${capacitySql(available)}`;
  return {
    sql: `${ctes}
SELECT 'institution' AS entity_type, ig.inst AS entity_id,
  ig.ring_score * (1 + least(coalesce(cap.over_days, 0), 30) / 30.0) AS score,
  ig.members, ig.group_stays, ig.admission_days, ig.mean_los, ig.treat_share,
  cap.over_days AS over_capacity_days,
  printf('同一批 %d 人在 %d 个入院日同批入院（%d 次住院），平均住院 %.1f 天，', ig.members, ig.admission_days,
    ig.group_stays, ig.mean_los) || ${share.zh} || CASE
    WHEN cap.open_beds IS NULL THEN '；未提供核定床位数，未检查超床'
    WHEN cap.over_days > 0 THEN printf('；%d 天在院人数超过核定床位 %d 张（最多 %d 人）', cap.over_days, cap.open_beds, cap.peak)
    ELSE printf('；在院人数未超过核定床位 %d 张', cap.open_beds) END AS explain_zh,
  printf('%d people admitted together on %d days (%d stays), mean stay %.1f days, ', ig.members,
    ig.admission_days, ig.group_stays, ig.mean_los) || ${share.en} || CASE
    WHEN cap.open_beds IS NULL THEN '; approved beds not given, capacity not checked'
    WHEN cap.over_days > 0 THEN printf('; inpatients above the %d approved beds on %d days (at most %d)', cap.open_beds, cap.over_days, cap.peak)
    ELSE printf('; inpatients within the %d approved beds', cap.open_beds) END AS explain_en
FROM ig LEFT JOIN cap USING (inst)`,
    links: `${ctes}
SELECT gs.inst AS entity_id, gs.setl_id, gs.psn_no, gs.begndate FROM gs ORDER BY entity_id, begndate, psn_no`,
  };
}

/** 虚假住院团伙 (institutions): groups admitted together repeatedly, short uniform stays, little treatment, beds over capacity. */
export const FAKE_ADMISSION_RING = defineModel({
  id: 'fake-admission-ring',
  family: 'nhsa-bigdata',
  name: msg('虚假住院团伙（机构）', 'Fake admission rings (institutions)'),
  description: msg(
    '找出同一批人多次同日（±1 天）在同一机构入院、住院短且天数一致、几乎没有实质治疗的团伙，并核对在院人数是否超过核定床位；按机构排序',
    'Finds groups of the same people admitted together (same day ± 1) again and again at one institution, with short uniform stays and little substantive treatment, and checks inpatients against approved beds; ranks institutions',
  ),
  entity: 'institution',
  needs: RING_NEEDS,
  parameters: RING_PARAMETERS,
  indicators: [
    {
      name: 'members',
      label: msg('团伙人数', 'Members'),
      format: 'count',
      description: msg(
        '多次同批入院且有可疑信号的人数',
        'People admitted together repeatedly who show a signal',
      ),
    },
    {
      name: 'group_stays',
      label: msg('同批住院次数', 'Stays admitted together'),
      format: 'count',
      description: msg('这些人同批入院的住院次数', 'Their stays admitted together'),
    },
    {
      name: 'admission_days',
      label: msg('同批入院日数', 'Admission days'),
      format: 'count',
      description: msg('同批入院发生在多少个不同日期', 'On how many different days they were admitted'),
    },
    {
      name: 'mean_los',
      label: msg('平均住院日', 'Mean stay'),
      format: 'days',
      description: msg(
        '这些住院的平均天数：虚假住院住得短',
        'Mean length of these stays: fake stays are short',
      ),
    },
    {
      name: 'treat_share',
      label: msg('治疗费占比', 'Treatment share'),
      format: 'share',
      description: msg(
        '治疗、手术、卫材和药品占费用的比例：几乎无实质治疗是虚假住院的信号',
        'Treatment, surgery, consumables and drugs as a share of the bill: little substantive treatment signals a fake stay',
      ),
    },
    {
      name: 'over_capacity_days',
      label: msg('超核定床位天数', 'Days over approved beds'),
      format: 'count',
      description: msg(
        '在院人数超过核定床位的天数（未提供核定床位时为空）',
        'Days with more inpatients than approved beds (empty when approved beds are not given)',
      ),
    },
  ],
  basis: msg(
    '国家医保局“虚假住院”大数据模型（2023 年 6 月通报）：同一批人集中入院、住院短且一致、无实质治疗、床位数超核定床位',
    "NHSA's fake-hospitalisation big-data model (briefing of June 2023): the same people admitted in groups, short uniform stays, no substantive treatment, beds over approved capacity",
  ),
  chart: { kind: 'people-dates' },
  build,
});
