import type { RuleNeeds } from '../../../core/rules/rule-types';
import { AppErrorException } from '../../../core/shared/errors';
import { msg, type Msg } from '../../../core/shared/msg';
import { defineModel, type ModelEntity, type ModelParameterValue } from '../../../core/models/model-types';

/** What `summarize` groups by: where the key lives in settlements and in fee lines. */
interface SummaryKey {
  readonly label: Msg;
  /** The scored entity a key value is (drillable keys), or `group`. */
  readonly entity: ModelEntity;
  /** The `setl` field holding it (absent: settlements have no single value of it, e.g. an item). */
  readonly setl?: string;
  /**
   * The `fee` field holding it; `via-setl`: a settlement field, read for each line through its
   * `setl_id` (a fee line's visit type is its settlement's).
   */
  readonly fee: string | 'via-setl';
  /** Month keys are a date field read as `YYYY-MM`. */
  readonly isMonth?: boolean;
}

const KEYS: Readonly<Record<string, SummaryKey>> = {
  institution: {
    label: msg('机构', 'institution'),
    entity: 'institution',
    setl: 'fixmedins_code',
    fee: 'fixmedins_code',
  },
  person: { label: msg('参保人', 'person'), entity: 'person', setl: 'psn_no', fee: 'psn_no' },
  doctor: { label: msg('医生', 'doctor'), entity: 'doctor', setl: 'atddr_no', fee: 'bilg_dr_code' },
  department: {
    label: msg('科室', 'department'),
    entity: 'group',
    setl: 'adm_dept_codg',
    fee: 'bilg_dept_code',
  },
  item: { label: msg('医保目录项目', 'item'), entity: 'group', fee: 'hilist_code' },
  charge_type: { label: msg('收费项目类别', 'charge category'), entity: 'group', fee: 'med_chrgitm_type' },
  med_type: { label: msg('医疗类别', 'visit type'), entity: 'group', setl: 'med_type', fee: 'via-setl' },
  insutype: { label: msg('险种', 'insurance type'), entity: 'group', setl: 'insutype', fee: 'via-setl' },
  diagnosis: { label: msg('主诊断', 'main diagnosis'), entity: 'group', setl: 'dise_codg', fee: 'via-setl' },
  month: {
    label: msg('月份', 'month'),
    entity: 'group',
    setl: 'begndate',
    fee: 'fee_ocur_time',
    isMonth: true,
  },
};

/** What `summarize` counts: settlements or fee lines, with the amount and the words for one row. */
const SOURCES = {
  setl: { amount: 'medfee_sumamt', key: 'setl_id', zh: '笔结算', en: 'settlements' },
  fee: { amount: 'det_item_fee_sumamt', key: 'feedetl_sn', zh: '条费用明细', en: 'fee lines' },
} as const;

type Source = keyof typeof SOURCES;

function keyOf(parameters: Readonly<Record<string, ModelParameterValue>>): SummaryKey {
  return KEYS[String(parameters.by)] as SummaryKey;
}

function sourceOf(parameters: Readonly<Record<string, ModelParameterValue>>): Source {
  return parameters.of === 'fee' ? 'fee' : 'setl';
}

/** The fields a summary by `key` over `of` reads. */
function summaryNeeds(key: SummaryKey, of: Source): RuleNeeds {
  const { amount, key: rowKey } = SOURCES[of];
  if (of === 'setl') return { fields: { setl: [rowKey, amount, 'psn_no', key.setl as string] } };
  if (key.fee === 'via-setl')
    return {
      fields: { fee: [rowKey, amount, 'psn_no', 'setl_id'], setl: ['setl_id', key.setl as string] },
    };
  return { fields: { fee: [rowKey, amount, 'psn_no', key.fee] } };
}

/** A settlement-level key (an item, a charge category) cannot group settlements: refused with the fix. */
function refuseSettlementsBy(by: string, key: SummaryKey): never {
  throw new AppErrorException({
    kind: 'notebook',
    code: 'model.bad-parameter',
    message: msg(
      `模型 summarize：一笔结算包含多个${key.label.zh}，不能按 by: ${by} 汇总结算。请改用 of: fee（按费用明细汇总），或换一个 by。`,
      `Model summarize: a settlement holds many ${key.label.en} values, so settlements cannot be summarised by ${by}. Use of: fee (summarise fee lines) or another by.`,
    ),
  });
}

const money = (sql: string) => `'¥' || format('{:,.2f}', ${sql})`;

/**
 * `summarize`: counts, sums, mean, minimum, maximum and distinct people per value of a chosen key over
 * settlements or fee lines — the auditor's first look at where the money is (ACL/IDEA "Summarize"). Every
 * group is kept (none is "suspicious"); rank 1 holds the most money. Rows whose key is empty form one
 * group with an empty id, and rows without an amount are counted (`no_amount`), so the counts add up to
 * the rows and the sums to the total.
 */
export const summarize = defineModel({
  id: 'summarize',
  family: 'analytics',
  name: msg('汇总', 'Summarize'),
  description: msg(
    '按所选维度（机构、参保人、医生、科室、项目、医疗类别、月份等）汇总结算或费用明细：笔数、金额合计、均值、最小值、最大值、人数和金额占比，按金额从高到低排列。',
    'Summarises settlements or fee lines by a chosen key (institution, person, doctor, department, item, visit type, month…): count, total, mean, minimum, maximum, people and share of the amount, largest total first.',
  ),
  entity: 'group',
  needs: summaryNeeds(KEYS.institution as SummaryKey, 'setl'),
  needsFor: (p) => summaryNeeds(keyOf(p), sourceOf(p)),
  parameters: [
    {
      name: 'by',
      label: msg('汇总维度', 'Group by'),
      kind: 'choice',
      default: 'institution',
      choices: Object.keys(KEYS),
      reason: msg(
        '监管核查通常先看各定点机构的费用规模，再下钻到科室、医生和项目。',
        'Supervisors usually start from each institution’s spend, then drill into departments, doctors and items.',
      ),
    },
    {
      name: 'of',
      label: msg('汇总对象', 'Summarise'),
      kind: 'choice',
      default: 'setl',
      choices: ['setl', 'fee'],
      reason: msg(
        '结算表在各类数据提取中最常见；按项目或收费类别汇总时改用费用明细（fee）。',
        'Settlements are in almost every extract; use fee lines (fee) to summarise by item or charge category.',
      ),
    },
  ],
  indicators: [
    {
      name: 'records',
      label: msg('笔数', 'Rows'),
      format: 'count',
      description: msg('该组的结算笔数或费用明细条数。', 'Settlements or fee lines in the group.'),
    },
    {
      name: 'amount',
      label: msg('金额合计', 'Total'),
      format: 'money',
      description: msg(
        '医疗费总额（结算）或明细项目费用总额（费用明细）之和。',
        'Sum of the total medical cost (settlements) or the line amount (fee lines).',
      ),
    },
    {
      name: 'amount_share',
      label: msg('金额占比', 'Share of total'),
      format: 'share',
      description: msg('该组金额占全部金额的比例。', 'The group’s part of the whole amount.'),
    },
    {
      name: 'mean_amount',
      label: msg('均值', 'Mean'),
      format: 'money',
      description: msg(
        '有金额的行的平均金额（保留到分）。',
        'Mean amount of the rows with an amount (to the cent).',
      ),
    },
    {
      name: 'min_amount',
      label: msg('最小值', 'Minimum'),
      format: 'money',
      description: msg('最小的一笔金额。', 'The smallest amount.'),
    },
    {
      name: 'max_amount',
      label: msg('最大值', 'Maximum'),
      format: 'money',
      description: msg('最大的一笔金额。', 'The largest amount.'),
    },
    {
      name: 'people',
      label: msg('人数', 'People'),
      format: 'count',
      description: msg('该组涉及的不同参保人数。', 'Distinct insured people in the group.'),
    },
    {
      name: 'no_amount',
      label: msg('无金额行数', 'Rows without amount'),
      format: 'count',
      description: msg(
        '金额为空的行数：计入笔数，不计入合计，避免悄悄丢行。',
        'Rows with no amount: counted in the rows, not in the total, so none is silently dropped.',
      ),
    },
  ],
  basis: msg(
    '审计分析通用的“汇总”（Summarize/分类汇总）方法，如 ACL Analytics 与 IDEA 的汇总功能；国家医保局飞行检查以机构、科室、医生、项目维度的费用汇总作为疑点筛查起点。',
    'The auditor’s standard Summarize (as in ACL Analytics and IDEA); NHSA inspections start screening from spend summarised by institution, department, doctor and item.',
  ),
  chart: { kind: 'score-bars' },
  keepAll: true,
  build: (parameters) => {
    const by = String(parameters.by);
    const key = keyOf(parameters);
    const of = sourceOf(parameters);
    if (of === 'setl' && key.setl === undefined) refuseSettlementsBy(by, key);
    const source = SOURCES[of];
    const field = of === 'setl' ? (key.setl as string) : key.fee;
    const viaSetl = of === 'fee' && field === 'via-setl';
    const column = viaSetl ? `v.k` : `r.${field}`;
    const keyed = key.isMonth === true ? `strftime(${column}, '%Y-%m')` : `CAST(${column} AS VARCHAR)`;
    const from = viaSetl
      ? `fee r LEFT JOIN (SELECT setl_id, any_value(${key.setl as string}) AS k FROM setl GROUP BY setl_id) v
           ON v.setl_id = r.setl_id`
      : `${of} r`;
    const rows = `SELECT coalesce(${keyed}, '') AS k, r.${source.amount} AS amt, r.psn_no AS psn,
        r.setl_id AS setl_id FROM ${from}`;
    const emptyZh = `CASE WHEN k = '' THEN '（空）' ELSE k END`;
    const emptyEn = `CASE WHEN k = '' THEN '(empty)' ELSE k END`;
    const share = `CASE WHEN amount_share IS NULL THEN '' ELSE '（占 ' || format('{:.1f}', 100 * amount_share) || '%）' END`;
    const shareEn = `CASE WHEN amount_share IS NULL THEN '' ELSE ' (' || format('{:.1f}', 100 * amount_share) || '%)' END`;
    const sql = `
      WITH src AS (${rows}),
      g AS (
        SELECT k, count(*) AS records, sum(amt) AS amount, avg(amt) AS mean_raw, min(amt) AS min_amount,
          max(amt) AS max_amount, count(DISTINCT psn) AS people, count(*) - count(amt) AS no_amount
        FROM src GROUP BY k
      ),
      t AS (SELECT sum(amt) AS total FROM src),
      s AS (
        SELECT g.*, CASE WHEN t.total <> 0 THEN CAST(g.amount AS DOUBLE) / CAST(t.total AS DOUBLE) END
          AS amount_share
        FROM g, t
      )
      SELECT '${key.entity}' AS entity_type, k AS entity_id, CAST(coalesce(amount, 0) AS DOUBLE) AS score,
        records, CAST(amount AS DECIMAL(18, 2)) AS amount, amount_share,
        CAST(mean_raw AS DECIMAL(18, 2)) AS mean_amount, CAST(min_amount AS DECIMAL(18, 2)) AS min_amount,
        CAST(max_amount AS DECIMAL(18, 2)) AS max_amount, people, no_amount,
        '${key.label.zh} ' || ${emptyZh} || '：' || records || ' ${source.zh}，合计 ' ||
          ${money('coalesce(amount, 0)')} || ${share} || '，涉及 ' || people || ' 人' ||
          CASE WHEN no_amount > 0 THEN '，其中 ' || no_amount || ' 行无金额' ELSE '' END AS explain_zh,
        '${key.label.en} ' || ${emptyEn} || ': ' || records || ' ${source.en}, total ' ||
          ${money('coalesce(amount, 0)')} || ${shareEn} || ', ' || people || ' people' ||
          CASE WHEN no_amount > 0 THEN ', ' || no_amount || ' without an amount' ELSE '' END AS explain_en
      FROM s`;
    const links = `SELECT DISTINCT k AS entity_id, setl_id FROM (${rows}) WHERE setl_id IS NOT NULL`;
    return { sql, links };
  },
});
