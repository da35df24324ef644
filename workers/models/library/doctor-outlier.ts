/**
 * 重点药品监测 per doctor, with a drug-level view. Outpatient drug lines (医疗类别 1x or 门/急诊; charge
 * types 09–11 or a drug label) with a billing doctor. For each doctor and drug, x = the drug's
 * amount per prescription (per outpatient settlement in which the doctor billed it): the quantity a
 * doctor gives at a time, which does not depend on how many patients they see. Peers: the doctors
 * of the same department (`fee.bilg_dept_code`, optional) and facility level (`setl.medins_lv`, optional)
 * who prescribe the drug (all departments of the level when fewer than `min_peers` others of the
 * department do; the explanation says which); a group still smaller than `min_peers` + 1 gives no score,
 * and only a doctor with at least `min_prescriptions` prescriptions of the drug is judged. Robust z =
 * (x − median) / (1.4826 × MAD); when MAD = 0, the mean absolute deviation × 1.2533 stands in; when that is 0 too there
 * is no z (no signal). Ratio = x ÷ the mean of the other doctors in the group.
 *
 * A doctor × drug is an outlier when z ≥ `min_z` and ratio ≥ `min_ratio`. Doctor score = Σ over their
 * outlier drugs of min(z, 20) (capped so one extreme drug does not hide the count); 0 without an outlier.
 * The extra table `<name>_drugs` ranks drugs by fund spend (all drug lines) with their largest
 * month-on-month growth and how many outlier doctors prescribe them.
 */
import {
  defineModel,
  type ModelAvailableFields,
  type ModelParameterValue,
} from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';
import { hasField, isDrugSql, num, sceneSql } from './behaviour-sql';

function build(p: Readonly<Record<string, ModelParameterValue>>, available?: ModelAvailableFields) {
  const dept = hasField(available, 'fee', 'bilg_dept_code') ? `trim(f.bilg_dept_code)` : 'NULL::VARCHAR';
  const level = hasField(available, 'setl', 'medins_lv')
    ? `trim(CAST(s.medins_lv AS VARCHAR))`
    : 'NULL::VARCHAR';
  const ctes = `WITH op AS (
  SELECT f.feedetl_sn, f.setl_id, s.psn_no, trim(f.bilg_dr_code) AS dr, ${dept} AS dept, ${level} AS lv,
    trim(f.hilist_code) AS drug, f.hilist_name, f.det_item_fee_sumamt::DOUBLE AS amt,
    ${isDrugSql('f.med_chrgitm_type')} AS is_drug, CAST(coalesce(f.fee_ocur_time, s.begndate) AS DATE) AS d
  FROM fee f JOIN setl s ON s.setl_id = f.setl_id
  WHERE ${sceneSql('s.med_type')} = 'outpatient' AND f.bilg_dr_code IS NOT NULL AND trim(f.bilg_dr_code) <> ''
),
doc AS (
  SELECT dr, coalesce(mode(dept), '') AS dept, coalesce(mode(lv), '') AS lv
  FROM op GROUP BY dr
),
dd AS (
  SELECT op.dr, op.drug, any_value(op.hilist_name) AS drug_name, sum(op.amt) AS amount,
    sum(op.amt) / count(DISTINCT op.setl_id) AS x, count(DISTINCT op.setl_id) AS prescriptions, any_value(doc.dept) AS dept,
    any_value(doc.lv) AS lv
  FROM op JOIN doc USING (dr) WHERE op.is_drug AND op.drug IS NOT NULL AND op.amt > 0 GROUP BY op.dr, op.drug
),
g1 AS (
  SELECT *, count(*) OVER dg AS n_d, median(x) OVER dg AS med_d, sum(x) OVER dg AS total_d,
    count(*) OVER lg AS n_l, median(x) OVER lg AS med_l, sum(x) OVER lg AS total_l
  FROM dd
  WINDOW dg AS (PARTITION BY dept, lv, drug), lg AS (PARTITION BY lv, drug)
),
g2 AS (
  SELECT *, median(abs(x - med_d)) OVER dg AS mad_d, avg(abs(x - total_d / n_d)) OVER dg AS meanad_d,
    median(abs(x - med_l)) OVER lg AS mad_l, avg(abs(x - total_l / n_l)) OVER lg AS meanad_l
  FROM g1 WINDOW dg AS (PARTITION BY dept, lv, drug), lg AS (PARTITION BY lv, drug)
),
peer AS (
  SELECT *, CASE WHEN n_d >= ${num(p.min_peers)} + 1 THEN 'department' ELSE 'level' END AS scope,
    CASE WHEN n_d >= ${num(p.min_peers)} + 1 THEN n_d ELSE n_l END AS n,
    CASE WHEN n_d >= ${num(p.min_peers)} + 1 THEN med_d ELSE med_l END AS med,
    CASE WHEN n_d >= ${num(p.min_peers)} + 1 THEN total_d ELSE total_l END AS total,
    CASE WHEN n_d >= ${num(p.min_peers)} + 1 THEN mad_d ELSE mad_l END AS mad,
    CASE WHEN n_d >= ${num(p.min_peers)} + 1 THEN meanad_d ELSE meanad_l END AS meanad
  FROM g2
),
z AS (
  SELECT *, CASE WHEN mad > 0 THEN (x - med) / (1.4826 * mad) WHEN meanad > 0 THEN (x - med) / (1.2533 * meanad)
    END AS robust_z, x / nullif((total - x) / (n - 1), 0) AS ratio
  FROM peer WHERE n >= ${num(p.min_peers)} + 1 AND prescriptions >= ${num(p.min_prescriptions)}
),
outl AS (SELECT * FROM z WHERE robust_z >= ${num(p.min_z)} AND ratio >= ${num(p.min_ratio)})`;
  return {
    sql: `${ctes},
top AS (
  SELECT dr, count(*) AS outlier_drugs, sum(least(robust_z, 20)) AS score, arg_max(drug, robust_z) AS drug
  FROM outl GROUP BY dr
)
SELECT 'doctor' AS entity_type, t.dr AS entity_id, t.score::DOUBLE AS score, t.outlier_drugs, o.drug AS top_drug,
  nullif(o.dept, '') AS dept, o.scope AS peer_scope, o.prescriptions, o.x AS per_prescription, o.med AS peer_median, o.ratio::DOUBLE AS ratio,
  o.robust_z::DOUBLE AS robust_z, o.amount,
  printf('%d 种药品远超同科室同级医生；最突出的 %s 每张处方 %.2f 元，为同行平均的 %.1f 倍（同行中位数 %.2f 元，稳健 z = %.1f，%s同行 %d 人，该医生开具 %d 次），共 %.2f 元',
    t.outlier_drugs, coalesce(o.drug_name || '（' || o.drug || '）', o.drug), o.x, o.ratio, o.med, o.robust_z,
    CASE o.scope WHEN 'department' THEN '同科室同级' ELSE '同级各科室（本科室同行不足）' END, o.n - 1, o.prescriptions, o.amount) AS explain_zh,
  printf('%d drugs far above doctors of the same department and level; the most, %s, %.2f yuan a prescription, %.1f times the peers'' mean (peer median %.2f yuan, robust z = %.1f, %d peers %s, %d prescriptions by the doctor), %.2f yuan in all',
    t.outlier_drugs, coalesce(o.drug_name || ' (' || o.drug || ')', o.drug), o.x, o.ratio, o.med, o.robust_z, o.n - 1,
    CASE o.scope WHEN 'department' THEN 'of the same department and level' ELSE 'of the same level, all departments (too few in the department)' END,
    o.prescriptions, o.amount) AS explain_en
FROM top t JOIN outl o ON o.dr = t.dr AND o.drug = t.drug`,
    links: `${ctes}
SELECT op.dr AS entity_id, op.setl_id, op.feedetl_sn, op.drug AS hilist_code, op.psn_no, op.d AS begndate
FROM op JOIN outl o ON o.dr = op.dr AND o.drug = op.drug WHERE op.is_drug ORDER BY entity_id, begndate, feedetl_sn`,
    extras: [
      {
        suffix: 'drugs',
        sql: `${ctes},
spend AS (
  SELECT trim(f.hilist_code) AS drug, any_value(f.hilist_name) AS drug_name, sum(f.det_item_fee_sumamt) AS amount,
    date_trunc('month', CAST(f.fee_ocur_time AS DATE)) AS m
  FROM fee f WHERE ${isDrugSql('f.med_chrgitm_type')} AND f.hilist_code IS NOT NULL GROUP BY ALL
),
growth AS (
  SELECT drug, m, amount / nullif(lag(amount) OVER (PARTITION BY drug ORDER BY m), 0) - 1 AS mom FROM spend
  WHERE m IS NOT NULL
),
per_drug AS (
  SELECT drug, any_value(drug_name) AS drug_name, sum(amount) AS amount FROM spend GROUP BY drug
)
SELECT CAST(row_number() OVER (ORDER BY d.amount DESC, d.drug) AS INTEGER) AS spend_rank, d.drug AS hilist_code,
  d.drug_name AS hilist_name, d.amount, (d.amount / sum(d.amount) OVER ())::DOUBLE AS spend_share,
  (SELECT max(mom) FROM growth g WHERE g.drug = d.drug)::DOUBLE AS max_mom_growth,
  (SELECT arg_max(m, mom) FROM growth g WHERE g.drug = d.drug AND mom IS NOT NULL) AS growth_month,
  (SELECT count(*) FROM outl o WHERE o.drug = d.drug) AS outlier_doctors
FROM per_drug d ORDER BY spend_rank`,
      },
    ],
  };
}

/** 重点药品监测: doctors whose amount of a drug is far above their department's and level's, and a drug view. */
export const DOCTOR_OUTLIER = defineModel({
  id: 'doctor-outlier',
  family: 'nhsa-bigdata',
  name: msg('重点药品监测（医生）', 'Key-drug monitoring (doctors)'),
  description: msg(
    '找出某药品每张处方金额远超同科室、同级别同行的医生（稳健 z 与同行平均倍数），并列出基金支出最多、环比增长异常的药品；按医生排序',
    'Finds doctors whose amount of a drug per prescription is far above peers of the same department and level (robust z and times the peers’ mean), and lists the drugs with the largest fund spend and abnormal month-on-month growth; ranks doctors',
  ),
  entity: 'doctor',
  needs: {
    fields: {
      setl: ['setl_id', 'med_type'],
      fee: [
        'setl_id',
        'bilg_dr_code',
        'hilist_code',
        'med_chrgitm_type',
        'det_item_fee_sumamt',
        'fee_ocur_time',
      ],
    },
  },
  parameters: [
    {
      name: 'min_z',
      label: msg('稳健 z 下限', 'Robust z, at least'),
      kind: 'number',
      default: 3.5,
      min: 1,
      max: 100,
      reason: msg(
        'Iglewicz 与 Hoaglin 建议修正 z 分数（中位数/MAD）大于 3.5 视为离群',
        'Iglewicz and Hoaglin recommend a modified z-score (median/MAD) above 3.5 as an outlier',
      ),
    },
    {
      name: 'min_ratio',
      label: msg('同行平均的倍数下限', 'Times the peers’ mean, at least'),
      kind: 'number',
      default: 5,
      min: 1,
      max: 10000,
      reason: msg(
        '国家医保局通报的个案达全国平均的 200 倍以上；同科室同级别内 5 倍已非剂量差异可以解释，且与稳健 z 同时满足才计',
        "NHSA's cited case was over 200 times the national mean; within one department and level, 5 times is beyond dose differences, and it counts only together with the robust z",
      ),
    },
    {
      name: 'min_prescriptions',
      label: msg('医生开具该药的次数下限', 'Prescriptions of the drug by the doctor, at least'),
      kind: 'integer',
      default: 3,
      min: 1,
      max: 100000,
      reason: msg(
        '只开过一两次时，单次金额可能是一次合理的大包装或长处方，不评判',
        'With one or two prescriptions a single large pack or long course may explain the amount, so the doctor is not judged',
      ),
    },
    {
      name: 'min_peers',
      label: msg('同行人数下限', 'Peers, at least'),
      kind: 'integer',
      default: 4,
      min: 2,
      max: 1000,
      reason: msg(
        '中位数和 MAD 至少需要约 5 个值（本人加 4 名同行）才有意义；同行更少时不评判',
        'The median and MAD need about five values (the doctor and four peers) to mean anything; with fewer the doctor is not judged',
      ),
    },
  ],
  indicators: [
    {
      name: 'outlier_drugs',
      label: msg('离群药品数', 'Outlier drugs'),
      format: 'count',
      description: msg('远超同行的药品数', 'Drugs far above peers'),
    },
    {
      name: 'top_drug',
      label: msg('最突出药品', 'Top drug'),
      format: 'text',
      description: msg('稳健 z 最高的药品编码', 'The drug with the highest robust z'),
    },
    {
      name: 'dept',
      label: msg('科室', 'Department'),
      format: 'text',
      description: msg(
        '医生的开单科室（未提供时为空，同行为同级全部医生）',
        'The billing department (empty when not given: peers are all doctors of the level)',
      ),
    },
    {
      name: 'peer_scope',
      label: msg('同行范围', 'Peers'),
      format: 'text',
      description: msg(
        'department：同科室同级；level：本科室开该药的同行不足时为同级各科室',
        'department: same department and level; level: all departments of the level, when too few in the department prescribe the drug',
      ),
    },
    {
      name: 'prescriptions',
      label: msg('开具次数', 'Prescriptions'),
      format: 'count',
      description: msg(
        '医生在门诊开具该药的次数（结算数）',
        'Outpatient settlements in which the doctor billed the drug',
      ),
    },
    {
      name: 'per_prescription',
      label: msg('每张处方金额', 'Per prescription'),
      format: 'money',
      description: msg(
        '该药每张处方（每次门诊）的金额',
        'The drug’s amount per prescription (outpatient settlement)',
      ),
    },
    {
      name: 'peer_median',
      label: msg('同行中位数', 'Peer median'),
      format: 'money',
      description: msg('同行每张处方金额的中位数', 'The peers’ median amount per prescription'),
    },
    {
      name: 'ratio',
      label: msg('同行平均倍数', 'Times the peers’ mean'),
      format: 'number',
      description: msg('每张处方金额 ÷ 其他同行的平均', 'Amount per prescription ÷ the other peers’ mean'),
    },
    {
      name: 'robust_z',
      label: msg('稳健 z', 'Robust z'),
      format: 'number',
      description: msg('(x − 中位数) / (1.4826 × MAD)', '(x − median) / (1.4826 × MAD)'),
    },
    {
      name: 'amount',
      label: msg('金额', 'Amount'),
      format: 'money',
      description: msg('该医生该药的门诊金额合计', 'The doctor’s outpatient amount of the drug'),
    },
  ],
  basis: msg(
    '国家医保局“重点药品监测分析”大数据模型：基金支出大或增长异常的药品；个别医生某药用量远超同行（通报达全国平均 200 倍以上）',
    "NHSA's key-drug monitoring big-data model: drugs with large fund use or abnormal growth; a doctor's amount of a drug far above peers (a cited case over 200 times the national mean)",
  ),
  chart: { kind: 'peer-dots', indicator: 'ratio' },
  build,
});
