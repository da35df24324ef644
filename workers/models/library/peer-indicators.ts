import { defineModel, type ModelIndicator, type ModelQuery } from '../../../core/models/model-types';
import { msg, type Msg } from '../../../core/shared/msg';
import { INSTITUTION_PEERS_SQL, robustZSql, Z_THRESHOLD_PARAMETER } from './peer-sql';

/** One ZB indicator: its column, label, and SQL over the institution aggregate `a` (NULL = unavailable). */
interface ZbIndicator {
  readonly key: string;
  readonly label: Msg;
  readonly format: 'share' | 'money';
  readonly description: Msg;
  readonly sql: string;
  /** Why it can be unavailable (said in the explanation when it is). */
  readonly unavailable?: Msg;
}

const share = (column: string): string => `coalesce(${column}, 0) / nullif(a.total, 0)`;

/**
 * The indicators. Shares are of the institution's fee lines by `fee.med_chrgitm_type` (national charge
 * types: 03 检查, 04 化验, 05 治疗, 08 卫生材料, 09 西药, 10 中药饮片, 11 中成药). The national code lists give
 * CT and MRI no charge type of their own, so they are exam lines (03) whose item name (`hilist_name`, else
 * `medins_list_name`) says so: `CT` or 计算机体层 (computed tomography), 磁共振 / `MRI` / `MRA`
 * (magnetic resonance). Without names they are unavailable, not zero.
 */
const ZB: readonly ZbIndicator[] = [
  {
    key: 'drug_share',
    label: msg('药品费占比', 'Drug share'),
    format: 'share',
    description: msg('西药、中成药、中药饮片（09/10/11）占费用', 'Drugs (09/10/11) as a share of fees'),
    sql: share('a.drug'),
  },
  {
    key: 'exam_share',
    label: msg('检查化验费占比', 'Exam and lab share'),
    format: 'share',
    description: msg('检查、化验（03/04）占费用', 'Exams and labs (03/04) as a share of fees'),
    sql: share('a.exam'),
  },
  {
    key: 'consumable_share',
    label: msg('卫生材料费占比', 'Consumable share'),
    format: 'share',
    description: msg('卫生材料（08）占费用', 'Consumables (08) as a share of fees'),
    sql: share('a.consumable'),
  },
  {
    key: 'treatment_share',
    label: msg('治疗费占比', 'Treatment share'),
    format: 'share',
    description: msg('治疗（05）占费用', 'Treatment (05) as a share of fees'),
    sql: share('a.treatment'),
  },
  {
    key: 'ct_share',
    label: msg('CT 费占比', 'CT share'),
    format: 'share',
    description: msg(
      '名称含 CT/计算机体层 的检查占费用',
      'Exams named CT / computed tomography as a share of fees',
    ),
    sql: `CASE WHEN a.named > 0 THEN ${share('a.ct')} END`,
    unavailable: msg(
      'CT/MRI 占比不可用（未映射项目名称）',
      'CT/MRI shares unavailable (item names not mapped)',
    ),
  },
  {
    key: 'mri_share',
    label: msg('MRI 费占比', 'MRI share'),
    format: 'share',
    description: msg(
      '名称含 磁共振/MRI 的检查占费用',
      'Exams named magnetic resonance / MRI as a share of fees',
    ),
    sql: `CASE WHEN a.named > 0 THEN ${share('a.mri')} END`,
  },
  {
    key: 'readmission_rate',
    label: msg('31 天再入院率', '31-day readmission rate'),
    format: 'share',
    description: msg(
      '出院后规定天数内在同一机构再次入院的住院占比',
      'Stays that began within the window after a discharge from the same institution',
    ),
    sql: `a.readmits / nullif(a.dated_stays, 0)`,
    unavailable: msg(
      '再入院率不可用（无住院或缺人员编号、日期、医疗类别）',
      'readmission unavailable (no stays, or person, dates or medical category not mapped)',
    ),
  },
  {
    key: 'cost_per_case',
    label: msg('次均费用', 'Cost per case'),
    format: 'money',
    description: msg(
      '住院（医疗类别 2x）每次费用明细合计的均值',
      'Mean fee total per inpatient stay (medical category 2x)',
    ),
    sql: `a.stay_total / nullif(a.stays, 0)`,
  },
];

/**
 * 同类机构指标 (NHSA ZB indicators): each institution's drug, exam/lab, consumable, treatment, CT and MRI
 * shares of its fees, its 31-day readmission rate and its cost per inpatient stay, each against its peer
 * group (`medins.peer_group`, else level × type) as a robust z-score and a percentile. Institutions with
 * fewer than `min_cases` settlements, and peer groups of fewer than `min_peers`, are not scored.
 *
 * score = Σ over indicators with z ≥ `z` of min(z, `cap`): the indicators far above peers, each capped so one
 * cannot carry the whole score. Unavailable indicators (NULL) contribute 0 and the explanation says so.
 * Inpatient stays are settlements whose `med_type` starts with 2 (national codes 21 普通住院, 22 外伤住院…);
 * a readmission is a stay that begins 0…`days` days after the same person's previous discharge there.
 */
export const peerIndicatorsModel = defineModel({
  id: 'peer-indicators',
  family: 'nhsa-bigdata',
  name: msg('同类机构指标对比', 'Peer indicators'),
  description: msg(
    '按国家医保局 ZB 指标（药品、检查化验、卫生材料、治疗、CT、MRI 费用占比，31 天再入院率，次均费用）将每家机构与同类机构对比，给出稳健 z 值和百分位；多项指标远高于同类的机构排在前面。',
    'Compares each institution with its peers on NHSA’s ZB indicators (drug, exam/lab, consumable, treatment, CT and MRI shares of fees, 31-day readmission, cost per case) as robust z-scores and percentiles; institutions far above peers on several indicators rank first.',
  ),
  entity: 'institution',
  needs: {
    fields: {
      setl: ['setl_id', 'fixmedins_code'],
      fee: ['setl_id', 'med_chrgitm_type', 'det_item_fee_sumamt'],
      medins: ['fixmedins_code'],
    },
  },
  parameters: [
    Z_THRESHOLD_PARAMETER,
    {
      name: 'cap',
      label: msg('单项 z 值上限', 'Cap on each z'),
      kind: 'number',
      default: 10,
      min: 1,
      max: 1000,
      reason: msg(
        '封顶后，单项极端值不能压过多项同时偏高的机构。',
        'Capped, one extreme indicator cannot outweigh an institution high on several.',
      ),
    },
    {
      name: 'min_cases',
      label: msg('机构最少结算数', 'Minimum settlements per institution'),
      kind: 'integer',
      default: 30,
      min: 1,
      max: 100000,
      reason: msg(
        '少于 30 次结算时，一两笔大额账单就能左右各项占比。',
        'Below 30 settlements one or two large bills sway every share.',
      ),
    },
    {
      name: 'min_peers',
      label: msg('同类组最少机构数', 'Minimum institutions per peer group'),
      kind: 'integer',
      default: 5,
      min: 3,
      max: 1000,
      reason: msg(
        '少于 5 家机构的中位数和 MAD 不足以说明什么是常态。',
        'The median and MAD of fewer than five institutions do not say what is usual.',
      ),
    },
    {
      name: 'days',
      label: msg('再入院窗口', 'Readmission window'),
      kind: 'integer',
      default: 31,
      min: 1,
      max: 365,
      unit: msg('天', 'days'),
      reason: msg(
        '国家医保局 ZB 指标以出院后 31 天内再入院计。',
        'NHSA’s ZB indicator counts readmission within 31 days.',
      ),
    },
  ],
  indicators: [
    {
      name: 'cases',
      label: msg('结算数', 'Settlements'),
      format: 'count',
      description: msg('机构的结算数', 'Settlements of the institution'),
    },
    {
      name: 'peer_group',
      label: msg('同类组', 'Peer group'),
      format: 'text',
      description: msg('同类组（peer_group，或级别 × 类型）', 'Peer group (peer_group, or level × type)'),
    },
    ...ZB.flatMap((i): ModelIndicator[] => [
      { name: i.key, label: i.label, format: i.format, description: i.description },
      {
        name: `${i.key}_z`,
        label: msg(`${i.label.zh}稳健 z`, `${i.label.en} robust z`),
        format: 'number',
        description: msg('(值 − 同类中位数) ÷ (1.4826 × MAD)', '(value − peer median) ÷ (1.4826 × MAD)'),
      },
      {
        name: `${i.key}_pct`,
        label: msg(`${i.label.zh}百分位`, `${i.label.en} percentile`),
        format: 'share',
        description: msg('在同类组中的百分位', 'Percent rank within the peer group'),
      },
    ]),
    {
      name: 'combined',
      label: msg('综合得分', 'Combined score'),
      format: 'number',
      description: msg('超过阈值的各项 z 值（封顶）之和', 'Sum of the capped z-scores over the threshold'),
    },
  ],
  basis: msg(
    '国家医保局智能审核和监控规则库框架（1.0 版）ZB 指标：药品、检查检验、耗材、治疗、CT、MRI 费用占比，31 天非计划再入院率，与同级同类机构对比。',
    'NHSA smart review framework 1.0, ZB indicators: drug, exam/lab, consumable, treatment, CT and MRI shares, 31-day unplanned readmission, against institutions of the same level and type.',
  ),
  chart: { kind: 'peer-dots', indicator: 'combined' },
  build: (p) => buildPeerIndicators(p),
});

function buildPeerIndicators(p: Readonly<Record<string, number | string>>): ModelQuery {
  const z = Number(p.z);
  const cap = Number(p.cap);
  const ct = `(name LIKE '%CT%' OR name LIKE '%计算机体层%' OR name ILIKE '%computed tomograph%')`;
  const mri = `(name LIKE '%磁共振%' OR name LIKE '%MRI%' OR name LIKE '%MRA%' OR name ILIKE '%magnetic resonance%')`;
  const lines = `
    SELECT trim(setl_id) AS setl_id, lpad(trim(med_chrgitm_type), 2, '0') AS t, CAST(det_item_fee_sumamt AS DOUBLE) AS amt,
      coalesce(nullif(trim(hilist_name), ''), nullif(trim(medins_list_name), '')) AS name
    FROM fee WHERE setl_id IS NOT NULL AND det_item_fee_sumamt IS NOT NULL`;
  const perSetl = `
    SELECT setl_id, sum(amt) AS total, count(name) AS named,
      sum(amt) FILTER (WHERE t IN ('09', '10', '11')) AS drug, sum(amt) FILTER (WHERE t IN ('03', '04')) AS exam,
      sum(amt) FILTER (WHERE t = '08') AS consumable, sum(amt) FILTER (WHERE t = '05') AS treatment,
      sum(amt) FILTER (WHERE t = '03' AND ${ct}) AS ct, sum(amt) FILTER (WHERE t = '03' AND ${mri}) AS mri
    FROM l GROUP BY setl_id`;
  const visits = `
    SELECT trim(setl_id) AS setl_id, trim(fixmedins_code) AS inst, psn_no,
      CAST(begndate AS DATE) AS b, CAST(enddate AS DATE) AS e, trim(med_type) LIKE '2%' AS stay
    FROM setl WHERE nullif(trim(fixmedins_code), '') IS NOT NULL AND setl_id IS NOT NULL`;
  const readmits = `
    SELECT setl_id,
      date_diff('day', lag(e) OVER (PARTITION BY inst, psn_no ORDER BY b, setl_id), b) BETWEEN 0 AND ${Number(p.days)} AS readmit
    FROM s WHERE stay AND psn_no IS NOT NULL AND b IS NOT NULL AND e IS NOT NULL`;
  const aggregate = `
    SELECT s.inst, count(*) AS cases, sum(ps.total) AS total, sum(ps.named) AS named, sum(ps.drug) AS drug,
      sum(ps.exam) AS exam, sum(ps.consumable) AS consumable, sum(ps.treatment) AS treatment, sum(ps.ct) AS ct,
      sum(ps.mri) AS mri, count(ra.setl_id) AS dated_stays, count(*) FILTER (WHERE ra.readmit) AS readmits,
      count(*) FILTER (WHERE s.stay) AS stays, sum(ps.total) FILTER (WHERE s.stay) AS stay_total
    FROM s JOIN ps USING (setl_id) LEFT JOIN ra USING (setl_id)
    GROUP BY s.inst HAVING count(*) >= ${Number(p.min_cases)}`;
  const long = ZB.map(
    (i) => `SELECT pe.peer, a.inst AS entity_id, '${i.key}' AS ind, CAST(${i.sql} AS DOUBLE) AS v, a.cases
      FROM a JOIN pe ON pe.fixmedins_code = a.inst`,
  ).join('\nUNION ALL ');
  const label = (lang: 'zh' | 'en') =>
    `CASE ind ${ZB.map((i) => `WHEN '${i.key}' THEN '${i.label[lang]}'`).join(' ')} END`;
  const valueText = `CASE WHEN ind = 'cost_per_case' THEN printf('¥%.2f', v) ELSE printf('%.1f%%', 100 * v) END`;
  const medText = `CASE WHEN ind = 'cost_per_case' THEN printf('¥%.2f', med) ELSE printf('%.1f%%', 100 * med) END`;
  const pivot = ZB.flatMap((i) => [
    `round(any_value(v) FILTER (WHERE ind = '${i.key}'), 4) AS ${i.key}`,
    `round(any_value(z) FILTER (WHERE ind = '${i.key}'), 2) AS ${i.key}_z`,
    `round(any_value(pct) FILTER (WHERE ind = '${i.key}'), 4) AS ${i.key}_pct`,
  ]).join(',\n    ');
  const unavailable = (lang: 'zh' | 'en') =>
    ZB.filter((i) => i.unavailable !== undefined)
      .map(
        (i) =>
          `CASE WHEN ${i.key} IS NULL THEN '${lang === 'zh' ? '；' : '; '}${i.unavailable?.[lang] ?? ''}' ELSE '' END`,
      )
      .join(' || ');
  return {
    sql: `
WITH l AS (${lines}), ps AS (${perSetl}), s AS (${visits}), ra AS (${readmits}), a AS (${aggregate}),
pe AS (${INSTITUTION_PEERS_SQL}),
zz AS (${robustZSql(`(${long})`, Number(p.min_peers))}),
w AS (
  SELECT entity_id, any_value(peer) AS peer, any_value(cases) AS cases, max(peers) AS peers,
    coalesce(sum(least(z, ${cap})) FILTER (WHERE z >= ${z}), 0) AS combined,
    string_agg(${label('zh')} || ' ' || ${valueText} || '（同类中位 ' || ${medText} || '，稳健 z ' || printf('%.1f', z) || '，第 ' || printf('%.0f', 100 * pct) || ' 百分位）', '，' ORDER BY z DESC, ind) FILTER (WHERE z >= ${z}) AS why_zh,
    string_agg(${label('en')} || ' ' || ${valueText} || ' (peer median ' || ${medText} || ', robust z ' || printf('%.1f', z) || ', percentile ' || printf('%.0f', 100 * pct) || ')', ', ' ORDER BY z DESC, ind) FILTER (WHERE z >= ${z}) AS why_en,
    ${pivot}
  FROM zz GROUP BY entity_id
)
SELECT 'institution' AS entity_type, entity_id, combined AS score, cases, peer AS peer_group,
  ${ZB.flatMap((i) => [i.key, `${i.key}_z`, `${i.key}_pct`]).join(', ')}, round(combined, 2) AS combined,
  printf('同类组 %s（%d 家）中高于同类：', peer, peers) || coalesce(why_zh, '无') || ${unavailable('zh')} AS explain_zh,
  printf('Above peers in %s (%d institutions): ', peer, peers) || coalesce(why_en, 'none') || ${unavailable('en')} AS explain_en
FROM w WHERE peers >= ${Number(p.min_peers)}`,
    links: `
WITH s AS (${visits})
SELECT inst AS entity_id, setl_id FROM s`,
  };
}
