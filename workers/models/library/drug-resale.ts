/**
 * 医保药品倒卖 per person. Purchases are drug lines (charge types 09–11 or a drug label) of at least
 * `min_price` a unit at pharmacies and outpatient visits. Two behaviours, each scored when it holds:
 *
 * - Resale: in some 30-day window the person bought one drug from at least `min_sources` sources (an
 *   institution, and at a hospital each prescribing doctor) and at least `min_dose_ratio` times the
 *   plausible quantity, taken as the median over the drug's buyers of their largest 30-day quantity
 *   (drugs with fewer than `min_buyers` buyers have no plausible quantity and no resale score).
 *   Points = sources + min(dose ratio, 20).
 * - Lent card (a middleman's): the person's purchases of one drug at one institution fall within
 *   `window_minutes` of other people's purchases of the same drug there, with at least `min_co_buyers`
 *   such people on at least 2 different days each. Points = co-buyers + days.
 *
 * Score = the points of the person's highest-scoring drug (resale + lent card); 0 when neither holds.
 */
import { defineModel, type ModelParameterValue } from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';
import { isDrugSql, num, sceneSql } from './behaviour-sql';

function build(p: Readonly<Record<string, ModelParameterValue>>) {
  const w = num(p.window_minutes);
  const ctes = `WITH buy AS (
  SELECT f.setl_id, s.psn_no, s.fixmedins_code AS inst,
    s.fixmedins_code || '|' || coalesce(trim(f.bilg_dr_code), '') AS source, trim(f.hilist_code) AS drug,
    CAST(f.fee_ocur_time AS TIMESTAMP) AS t, f.cnt::DOUBLE AS cnt
  FROM fee f JOIN setl s ON s.setl_id = f.setl_id
  WHERE ${isDrugSql('f.med_chrgitm_type')} AND f.pric >= ${num(p.min_price)} AND f.cnt > 0
    AND f.hilist_code IS NOT NULL AND f.fee_ocur_time IS NOT NULL AND s.psn_no IS NOT NULL
    AND s.fixmedins_code IS NOT NULL AND ${sceneSql('s.med_type')} IN ('pharmacy', 'outpatient')
),
roll AS (
  SELECT psn_no, drug, count(DISTINCT source) OVER w AS sources, sum(cnt) OVER w AS qty FROM buy
  WINDOW w AS (PARTITION BY psn_no, drug ORDER BY t RANGE BETWEEN INTERVAL 29 DAY PRECEDING AND CURRENT ROW)
),
pd AS (SELECT psn_no, drug, max(sources) AS sources, max(qty) AS qty FROM roll GROUP BY psn_no, drug),
dose AS (
  SELECT drug, median(qty) AS plausible FROM pd GROUP BY drug HAVING count(*) >= ${num(p.min_buyers)}
),
resale AS (
  SELECT pd.*, pd.qty / nullif(dose.plausible, 0) AS dose_ratio FROM pd LEFT JOIN dose USING (drug)
),
co AS (
  SELECT a.psn_no, a.drug, b.psn_no AS other, CAST(a.t AS DATE) AS d
  FROM buy a JOIN buy b ON b.inst = a.inst AND b.drug = a.drug AND b.psn_no <> a.psn_no
    AND b.t BETWEEN a.t - INTERVAL (${w}) MINUTE AND a.t + INTERVAL (${w}) MINUTE
),
cop AS (
  SELECT psn_no, drug, other, count(DISTINCT d) AS days FROM co GROUP BY ALL HAVING count(DISTINCT d) >= 2
),
card AS (
  SELECT co.psn_no, co.drug, count(DISTINCT co.other) AS co_buyers, count(DISTINCT co.d) AS card_days
  FROM co JOIN cop USING (psn_no, drug, other) GROUP BY co.psn_no, co.drug
  HAVING count(DISTINCT co.other) >= ${num(p.min_co_buyers)}
),
pts AS (
  SELECT coalesce(r.psn_no, c.psn_no) AS psn_no, coalesce(r.drug, c.drug) AS drug, r.sources, r.qty,
    r.dose_ratio::DOUBLE AS dose_ratio, c.co_buyers, c.card_days,
    coalesce(r.sources >= ${num(p.min_sources)} AND r.dose_ratio >= ${num(p.min_dose_ratio)}, false) AS is_resale,
    c.co_buyers IS NOT NULL AS is_card
  FROM (SELECT * FROM resale WHERE sources >= ${num(p.min_sources)} AND dose_ratio >= ${num(p.min_dose_ratio)}) r
  FULL JOIN card c USING (psn_no, drug)
),
scored AS (
  SELECT *, CASE WHEN is_resale THEN sources + least(dose_ratio, 20) ELSE 0 END
    + CASE WHEN is_card THEN co_buyers + card_days ELSE 0 END AS points
  FROM pts
),
best AS (
  SELECT psn_no, arg_max(drug, points) AS drug FROM scored WHERE points > 0 GROUP BY psn_no
)`;
  return {
    sql: `${ctes}
SELECT 'person' AS entity_type, s.psn_no AS entity_id, s.points::DOUBLE AS score, s.drug,
  CASE WHEN s.is_resale THEN s.sources END AS sources, CASE WHEN s.is_resale THEN s.qty END AS qty_30d,
  CASE WHEN s.is_resale THEN s.dose_ratio END AS dose_ratio, s.co_buyers, s.card_days,
  concat_ws('；',
    CASE WHEN s.is_resale THEN printf('药品 %s：30 天内从 %d 个来源购买 %.0f 单位，为常见用量的 %.1f 倍',
      s.drug, s.sources, s.qty, s.dose_ratio) END,
    CASE WHEN s.is_card THEN printf('药品 %s：与 %d 人在同一机构 %s 分钟内先后购买，共 %d 天',
      s.drug, s.co_buyers, '${w}', s.card_days) END) AS explain_zh,
  concat_ws('; ',
    CASE WHEN s.is_resale THEN printf('drug %s: %.0f units from %d sources within 30 days, %.1f times the usual quantity',
      s.drug, s.qty, s.sources, s.dose_ratio) END,
    CASE WHEN s.is_card THEN printf('drug %s: bought within %s minutes of %d other people at one institution, on %d days',
      s.drug, '${w}', s.co_buyers, s.card_days) END) AS explain_en
FROM scored s JOIN best USING (psn_no, drug)`,
    links: `${ctes}
SELECT DISTINCT b.psn_no AS entity_id, b.setl_id, b.psn_no, CAST(b.t AS DATE) AS begndate
FROM buy b JOIN best USING (psn_no, drug) ORDER BY entity_id, begndate, setl_id`,
  };
}

/** 医保药品倒卖: one person buying one high-value drug from many sources beyond a plausible dose; lent cards. */
export const DRUG_RESALE = defineModel({
  id: 'drug-resale',
  family: 'nhsa-bigdata',
  name: msg('医保药品倒卖', 'Insured drug resale'),
  description: msg(
    '找出 30 天内从多家机构、药店或医生处购买同一高值药品且远超合理用量的人，以及其医保卡被“中间人”集中使用的人（多次与同一批人在同一机构短时间内先后购买同一药品）；按人员排序',
    'Finds people who buy one high-value drug from many institutions, pharmacies or doctors within 30 days far beyond a plausible dose, and people whose cards a middleman uses (buying the same drug at one institution within minutes of the same other people, on several days); ranks people',
  ),
  entity: 'person',
  needs: {
    fields: {
      setl: ['setl_id', 'psn_no', 'fixmedins_code', 'med_type'],
      fee: ['setl_id', 'hilist_code', 'med_chrgitm_type', 'pric', 'cnt', 'fee_ocur_time'],
    },
  },
  parameters: [
    {
      name: 'min_price',
      label: msg('高值药品的单价下限', 'Unit price of a high-value drug, at least'),
      kind: 'number',
      default: 50,
      min: 0,
      max: 100000,
      unit: msg('元', 'yuan'),
      reason: msg(
        '倒卖的获利来自高值药品（通报案例多为单价数十元以上的慢病、肿瘤和降糖药）；低价药不值得倒卖',
        'Resale pays with high-value drugs (reported cases: chronic-disease, cancer and diabetes drugs of tens of yuan a unit and more); cheap drugs are not worth reselling',
      ),
    },
    {
      name: 'min_sources',
      label: msg('30 天内来源数下限', 'Sources within 30 days, at least'),
      kind: 'integer',
      default: 3,
      min: 2,
      max: 50,
      reason: msg(
        '慢病患者通常固定在一两家机构取药；30 天内从 3 个及以上来源购买同一药品是“跨机构、跨科室重复开药”的信号（2025 百日行动）',
        'Chronic patients buy at one or two places; the same drug from three or more sources within 30 days is the cross-institution repeat buying the 2025 campaign targets',
      ),
    },
    {
      name: 'min_dose_ratio',
      label: msg('超出常见用量的倍数', 'Times the usual quantity, at least'),
      kind: 'number',
      default: 3,
      min: 1,
      max: 100,
      reason: msg(
        '以同药购买者 30 天用量的中位数为常见用量；3 倍以上已远超任何合理剂量调整（通报案例为三个月购买十五年用量）',
        "The usual quantity is the median buyer's 30-day quantity of the drug; three times that is beyond any plausible dose change (a reported case bought 15 years' supply in three months)",
      ),
    },
    {
      name: 'min_buyers',
      label: msg('计算常见用量的最少购买人数', 'Buyers needed for a usual quantity'),
      kind: 'integer',
      default: 5,
      min: 3,
      max: 1000,
      reason: msg(
        '购买者太少时中位数不可靠，不评判用量',
        'With too few buyers the median is unreliable, so the quantity is not judged',
      ),
    },
    {
      name: 'window_minutes',
      label: msg('“先后购买”的时间窗（分钟）', 'Minutes counted as bought together'),
      kind: 'integer',
      default: 60,
      min: 5,
      max: 1440,
      unit: msg('分钟', 'minutes'),
      reason: msg(
        '中间人持多张卡在同一药店连续刷卡，通常在一小时内完成',
        'A middleman swipes several cards at one pharmacy in a row, usually within an hour',
      ),
    },
    {
      name: 'min_co_buyers',
      label: msg('同批购买的人数下限', 'People bought together with, at least'),
      kind: 'integer',
      default: 3,
      min: 1,
      max: 50,
      reason: msg(
        '家人同去购药常见（一两人）；与 3 人以上多次同批购买同一高值药是集中使用多张医保卡的迹象',
        'Family members buy together (one or two); buying one high-value drug with three or more others repeatedly points at many cards used together',
      ),
    },
  ],
  indicators: [
    {
      name: 'drug',
      label: msg('药品', 'Drug'),
      format: 'text',
      description: msg('得分最高的药品编码', 'The drug code that scores highest'),
    },
    {
      name: 'sources',
      label: msg('30 天来源数', 'Sources in 30 days'),
      format: 'count',
      description: msg(
        '30 天内购买该药的机构（医院按开方医生区分）数',
        'Institutions (at hospitals, each prescribing doctor) the drug came from within 30 days',
      ),
    },
    {
      name: 'qty_30d',
      label: msg('30 天购买量', 'Quantity in 30 days'),
      format: 'number',
      description: msg('30 天内购买该药的最大数量', 'The largest quantity of the drug bought within 30 days'),
    },
    {
      name: 'dose_ratio',
      label: msg('用量倍数', 'Times the usual quantity'),
      format: 'number',
      description: msg('30 天购买量 ÷ 同药购买者的中位数', '30-day quantity ÷ the median buyer’s'),
    },
    {
      name: 'co_buyers',
      label: msg('同批购买人数', 'Bought together with'),
      format: 'count',
      description: msg(
        '多日与其在同一机构短时间内先后购买同一药品的人数',
        'People who bought the same drug at the same institution within minutes of them on several days',
      ),
    },
    {
      name: 'card_days',
      label: msg('同批购买天数', 'Days bought together'),
      format: 'count',
      description: msg('这样的同批购买发生的天数', 'Days on which they bought together'),
    },
  ],
  basis: msg(
    '国家医保局“医保药品倒卖”大数据模型：同一人在多家药店或医生处购买同一高值药品远超合理用量，“中间人”关联多名这样的参保人；2025 年百日行动的跨机构重复购药',
    "NHSA's drug-resale big-data model: one person buying the same high-value drug at many pharmacies or doctors beyond any plausible dose, middlemen linking many such people; the 2025 campaign's repeat purchases across institutions",
  ),
  chart: { kind: 'score-bars' },
  build,
});
