import { defineModel } from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';

/**
 * 异地就医 (cross-region care): an institution whose patients insured elsewhere (`setl.insu_admdvs` ≠
 * `setl.mdtrt_admdvs`) cost far more per case, or stay far longer, than its local patients of the same
 * diagnosis group. Entity: the institution (its drill-down lists the non-local settlements compared).
 *
 * Like is compared with like: a cell is one institution × medical category (`med_type`) × diagnosis group
 * (the DRG group when coded, else the DIP group, else the 3-character ICD-10 category of `dise_codg`). A
 * cell with at least `min_cases` local settlements gives the usual (median) cost and mean stay there; each
 * non-local settlement of such a cell is compared with it (indirect standardisation: non-local cases are
 * few per cell, so the local side carries the reference). A patient's repeat visits (a chronic patient's
 * monthly visits) are one patient's pattern, not the institution's: each non-local patient counts once,
 * with the median of their own ratios. An institution with at least `min_cases` compared non-local
 * patients (`psn_no`; without it each settlement counts as a patient) gets:
 *   cost_ratio = median over its non-local patients of (their median of cost ÷ the local median cost of
 *                the visit's cell)
 *   los_ratio  = Σ non-local stay days ÷ Σ the local mean stay of their cells (cells whose local stays
 *                last 0 days, i.e. outpatient, left out)
 *   score      = (max(cost_ratio, 1) − 1 + max(los_ratio, 1) − 1) × ln(1 + non-local cases),
 *                when cost_ratio or los_ratio reaches `ratio`; else 0.
 * Settlements lacking either region, a diagnosis group or the total are not compared (no guess).
 */
export const crossRegionModel = defineModel({
  id: 'cross-region',
  family: 'nhsa-bigdata',
  name: msg('异地就医费用异常', 'Cross-region care cost'),
  description: msg(
    '同一机构、同一病组内，异地参保患者（参保地 ≠ 就医地）的次均费用和平均住院日与本地患者对比；比值达到阈值且两侧病例足够的机构排在前面。',
    'Within one institution and diagnosis group, compares the cost per case and length of stay of patients insured elsewhere (insurance region ≠ care region) with local patients; institutions whose ratio reaches the threshold, with enough cases on both sides, rank first.',
  ),
  entity: 'institution',
  needs: {
    fields: {
      setl: ['setl_id', 'fixmedins_code', 'insu_admdvs', 'mdtrt_admdvs', 'medfee_sumamt', 'dise_codg'],
    },
  },
  parameters: [
    {
      name: 'ratio',
      label: msg('费用或住院日比值阈值', 'Cost or stay ratio threshold'),
      kind: 'number',
      default: 1.5,
      min: 1,
      max: 20,
      unit: msg('倍', '×'),
      reason: msg(
        '异地转诊患者病情往往略重，同病组内多出三成左右仍属合理；超过一半已难用病情解释（国家医保局：异地患者次均费用远高于本地患者）。',
        'Referred patients are often somewhat sicker, so some third more within one diagnosis group is plausible; more than half again is hard to explain by case mix (NHSA: non-local per-visit cost far above local patients).',
      ),
    },
    {
      name: 'min_cases',
      label: msg('每侧最少病例数', 'Minimum cases on each side'),
      kind: 'integer',
      default: 5,
      min: 1,
      max: 1000,
      reason: msg(
        '少于 5 例的中位数取决于一两位患者的账单，不足以代表该机构该病组的常规费用。',
        'A median over fewer than 5 cases is one or two patients’ bills, not the usual cost of that group at that institution.',
      ),
    },
  ],
  indicators: [
    {
      name: 'nonlocal_patients',
      label: msg('异地患者数', 'Non-local patients'),
      format: 'count',
      description: msg('参与对比的异地参保患者人数', 'Non-local patients in the compared groups'),
    },
    {
      name: 'nonlocal_cases',
      label: msg('异地病例数', 'Non-local cases'),
      format: 'count',
      description: msg('参与对比的异地参保病例数', 'Non-local cases in the compared groups'),
    },
    {
      name: 'local_cases',
      label: msg('本地病例数', 'Local cases'),
      format: 'count',
      description: msg('这些病组的本地对照病例数', 'Local cases of those groups at the institution'),
    },
    {
      name: 'groups',
      label: msg('对比病组数', 'Groups compared'),
      format: 'count',
      description: msg(
        '有异地病例且本地病例足够的病组数',
        'Groups with non-local cases and enough local cases',
      ),
    },
    {
      name: 'nonlocal_cost',
      label: msg('异地次均费用', 'Non-local cost per case'),
      format: 'money',
      description: msg('参与对比的异地病例的平均费用', 'Mean cost of the compared non-local cases'),
    },
    {
      name: 'local_cost',
      label: msg('本地次均费用', 'Local cost per case'),
      format: 'money',
      description: msg(
        '这些异地病例所在病组本地费用中位数的平均',
        'Mean of the local median cost of those cases’ groups',
      ),
    },
    {
      name: 'cost_ratio',
      label: msg('费用比', 'Cost ratio'),
      format: 'number',
      description: msg(
        '各异地病例费用 ÷ 同机构同病组本地中位费用，取中位数',
        'Median over non-local cases of cost ÷ the local median cost of the same group at the institution',
      ),
    },
    {
      name: 'los_ratio',
      label: msg('住院日比', 'Stay ratio'),
      format: 'number',
      description: msg(
        '异地平均住院日 ÷ 本地平均住院日（无住院日数据时为空）',
        'Non-local ÷ local mean length of stay (empty without stay dates)',
      ),
    },
    {
      name: 'top_group',
      label: msg('差距最大病组', 'Group with the largest gap'),
      format: 'text',
      description: msg('异地多出费用最多的病组', 'The group where non-local cases cost the most extra'),
    },
  ],
  basis: msg(
    '国家医保局大数据模型“异地就医”：同一机构异地参保患者次均费用远高于本地患者。',
    'NHSA big-data model 异地就医: per-visit cost of non-local patients far above local patients at the same provider.',
  ),
  chart: { kind: 'peer-dots', indicator: 'cost_ratio' },
  build: (p) => {
    const ratio = Number(p.ratio);
    const minCases = Number(p.min_cases);
    const visits = `
      SELECT setl_id, coalesce(nullif(trim(psn_no), ''), setl_id) AS person, trim(fixmedins_code) AS inst, coalesce(nullif(trim(med_type), ''), '?') AS mt,
        coalesce(nullif(trim(drg_code), ''), nullif(trim(dip_code), ''), nullif(left(trim(dise_codg), 3), '')) AS dg,
        trim(insu_admdvs) <> trim(mdtrt_admdvs) AS non_local,
        CAST(medfee_sumamt AS DOUBLE) AS cost,
        greatest(date_diff('day', CAST(begndate AS DATE), CAST(enddate AS DATE)), 0) AS los
      FROM setl
      WHERE nullif(trim(fixmedins_code), '') IS NOT NULL AND nullif(trim(insu_admdvs), '') IS NOT NULL
        AND nullif(trim(mdtrt_admdvs), '') IS NOT NULL AND medfee_sumamt IS NOT NULL`;
    const cells = `
      SELECT inst, mt, dg, count(*) AS n_l, median(cost) AS med_l, avg(los) AS los_l
      FROM v WHERE dg IS NOT NULL AND NOT non_local GROUP BY inst, mt, dg HAVING count(*) >= ${minCases}`;
    const compared = `
      SELECT v.setl_id, v.person, v.inst, v.mt, v.dg, v.cost, v.los, c.n_l, c.med_l, c.los_l,
        median(v.cost / nullif(c.med_l, 0)) OVER (PARTITION BY v.inst, v.person) AS person_ratio,
        row_number() OVER (PARTITION BY v.inst, v.person ORDER BY v.setl_id) AS nth
      FROM v JOIN c USING (inst, mt, dg) WHERE v.non_local`;
    const groups = `
      SELECT inst, mt, dg, any_value(n_l) AS n_l, sum(cost - med_l) AS excess FROM nv GROUP BY inst, mt, dg`;
    const institutions = `
      SELECT nv.inst, count(*) AS n_nl, count(DISTINCT nv.person) AS patients, any_value(g.n_l_sum) AS n_l,
        any_value(g.groups) AS groups, avg(nv.cost) AS cost_nl, avg(nv.med_l) AS cost_l,
        median(nv.person_ratio) FILTER (WHERE nv.nth = 1) AS cost_ratio,
        sum(nv.los) FILTER (WHERE nv.los_l > 0) / sum(nv.los_l) FILTER (WHERE nv.los_l > 0) AS los_ratio,
        any_value(g.top_group) AS top_group
      FROM nv JOIN (
        SELECT inst, sum(n_l) AS n_l_sum, count(*) AS groups, arg_max(dg, excess) AS top_group FROM g GROUP BY inst
      ) g USING (inst)
      GROUP BY nv.inst HAVING count(DISTINCT nv.person) >= ${minCases}`;
    const excess = `(greatest(coalesce(cost_ratio, 1), 1) - 1 + greatest(coalesce(los_ratio, 1), 1) - 1)`;
    const reaches = `(coalesce(cost_ratio, 0) >= ${ratio} OR coalesce(los_ratio, 0) >= ${ratio})`;
    const losZh = `coalesce(printf('%.2f 倍', los_ratio), '不可用（无可比住院日）')`;
    const losEn = `coalesce(printf('%.2f×', los_ratio), 'unavailable (no comparable stays)')`;
    return {
      sql: `
WITH v AS (${visits}), c AS (${cells}), nv AS (${compared}), g AS (${groups}), r AS (${institutions})
SELECT 'institution' AS entity_type, inst AS entity_id,
  CASE WHEN ${reaches} THEN ${excess} * ln(1 + n_nl) ELSE 0 END AS score,
  CAST(patients AS BIGINT) AS nonlocal_patients, CAST(n_nl AS BIGINT) AS nonlocal_cases, CAST(n_l AS BIGINT) AS local_cases, CAST(groups AS BIGINT) AS groups, round(cost_nl, 2) AS nonlocal_cost,
  round(cost_l, 2) AS local_cost, round(cost_ratio, 4) AS cost_ratio, round(los_ratio, 4) AS los_ratio, top_group,
  printf('异地患者 %d 人 %d 例（%d 个病组，本地对照 %d 例）：次均费用 ¥%.2f，同病组本地中位费用 ¥%.2f，费用比中位数 %.2f 倍；平均住院日比 %s；差距最大的病组 %s',
    patients, n_nl, groups, n_l, cost_nl, cost_l, coalesce(cost_ratio, 0), ${losZh}, top_group) AS explain_zh,
  printf('%d non-local patients, %d cases (%d groups, %d local cases to compare): cost per case ¥%.2f against a local median of ¥%.2f in the same groups, median cost ratio %.2f×; stay ratio %s; largest gap in group %s',
    patients, n_nl, groups, n_l, cost_nl, cost_l, coalesce(cost_ratio, 0), ${losEn}, top_group) AS explain_en
FROM r`,
      links: `
WITH v AS (${visits}), c AS (${cells}), nv AS (${compared})
SELECT inst AS entity_id, setl_id FROM nv`,
    };
  },
});
